// Working a ticket to its close in real Chromium with the built extension, against a real API:
// a WhatsApp guest complaint is claimed from the popup, its close is refused with every missing
// part named, a second agent of the same team sees it in the team queue and not in "mine".
import { expect, test, type Page } from '@playwright/test';
import { createAgent, saveToken } from '../../server/repositories/tenant-repository.ts';
import { generateToken } from '../../server/services/api-tokens.ts';
import type { TicketListResponse } from '../../shared/api-contract.ts';
import { launchExtensionBrowser, removeProfile, type ExtensionBrowser } from './support/extension-browser.ts';
import { startTestApi, type TestApi } from './support/api-server.ts';
import { FIXTURE_PAGES, openFixture } from './support/fixture-pages.ts';
import { connectExtension, fixtureCall } from './support/konuk-steps.ts';

let api: TestApi;
let browser: ExtensionBrowser;

test.beforeEach(async () => {
  api = await startTestApi();
  browser = await launchExtensionBrowser();
});

test.afterEach(async () => {
  await browser.close();
  removeProfile(browser.userDataDir);
  await api.close();
});

async function openPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

async function agentToken(
  name: string,
  role: 'frontline' | 'coordinator',
): Promise<{ id: string; token: string }> {
  const agent = await createAgent(api.db, { hotelId: api.hotelId, name, role });
  const token = generateToken();
  await saveToken(api.db, agent.id, token, `e2e ${name}`);
  return { id: agent.id, token };
}

test('a WhatsApp complaint is claimed from the popup; a close lacking its parts is refused in words; the team sees it', async () => {
  await connectExtension(browser, api.url, api.token);
  const whatsapp = await openFixture(browser.context, FIXTURE_PAGES.whatsapp);
  await fixtureCall(whatsapp, 'receive', 'The room is dirty and the shower is broken, this is unacceptable!');
  await expect(whatsapp.locator('[data-konuk-badge][data-logged="synced"]').last()).toBeVisible({
    timeout: 30_000,
  });
  const { tickets } = await api.request<TicketListResponse>('/v1/tickets');
  const ticket = tickets[0]!;

  // The popup: the new ticket is nobody's; the agent claims it there.
  const popup = await openPage('popup.html');
  await popup.getByTestId('queue-tab-unassigned').click();
  const row = popup.locator(`[data-testid="queue-claim"][data-record-number="${ticket.recordNumber}"]`);
  await expect(row).toBeVisible({ timeout: 20_000 });
  await row.click();
  await popup.getByTestId('queue-tab-mine').click();
  await expect(
    popup.locator(`[data-testid="queue-row"][data-record-number="${ticket.recordNumber}"]`),
  ).toBeVisible();
  await expect(popup.getByTestId('open-workspace')).toBeVisible();

  // The side panel at 360 px: the ticket, its owner, and a close refused with every missing part.
  const panel = await openPage('sidepanel.html');
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.getByTestId('panel-record-number').fill(ticket.recordNumber);
  await panel.getByTestId('panel-record-number').press('Enter');
  const workspace = panel.getByTestId('workspace');
  await expect(panel.getByTestId('ws-owner')).toContainText('Ayşe Frontline');
  await panel.getByTestId('ws-close').click();
  await panel.getByTestId('ws-close-submit').click();
  await expect(panel.getByTestId('ws-missing')).toBeVisible();
  const parts = await panel
    .getByTestId('ws-missing-part')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-part')));
  expect(parts).toEqual(expect.arrayContaining(['closing_message', 'root_cause']));
  await expect(workspace).toHaveAttribute('data-status', 'open');
  const scrollsSideways = await panel.evaluate(() => document.documentElement.scrollWidth > 360);
  expect(scrollsSideways).toBe(false);

  // A second agent of the ticket's team: in "my team", not in "mine".
  const coordinator = await agentToken('Deniz Coordinator', 'coordinator');
  const second = await agentToken('Mehmet Frontline', 'frontline');
  const team = ticket.team ?? 'front_office';
  const put = await fetch(`${api.url}/v1/teams/${team}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${coordinator.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: team, members: [{ agentId: second.id, lead: false }] }),
  });
  expect(put.status).toBeLessThan(300);
  await connectExtension(browser, api.url, second.token);
  const secondPopup = await openPage('popup.html');
  // Nothing is theirs, so the popup opens on their team's queue, where the ticket waits.
  await expect(secondPopup.getByTestId('work-queue')).toHaveAttribute('data-queue', 'team', {
    timeout: 20_000,
  });
  await expect(
    secondPopup.locator(`[data-testid="queue-row"][data-record-number="${ticket.recordNumber}"]`),
  ).toBeVisible({ timeout: 20_000 });
  await secondPopup.getByTestId('queue-tab-mine').click();
  await expect(secondPopup.getByTestId('queue-tab-empty')).toBeVisible({ timeout: 20_000 });
  await expect(secondPopup.getByTestId('queue-row')).toHaveCount(0);
});
