// The side panel in real Chromium against a real API: a phone call logged by hand gets its record
// number at once, the API holds it as a phone ticket linked to the guest by phone number, and a
// coordinator's dashboard counts it.
import { expect, test, type Page } from '@playwright/test';
import { createAgent, saveToken } from '../../server/repositories/tenant-repository.ts';
import { generateToken } from '../../server/services/api-tokens.ts';
import type { TicketDetailResponse } from '../../shared/api-contract.ts';
import { launchExtensionBrowser, removeProfile, type ExtensionBrowser } from './support/extension-browser.ts';
import { startTestApi, type TestApi } from './support/api-server.ts';
import { connectExtension } from './support/konuk-steps.ts';

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

async function openSidePanel(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  return page;
}

async function logCall(panel: Page, guestName: string, phone: string, text: string): Promise<string> {
  await panel.getByTestId('call-guest-name').fill(guestName);
  await panel.getByTestId('call-phone').fill(phone);
  await panel.getByTestId('call-text').fill(text);
  await panel.getByTestId('call-reply').fill('We will arrange the transfer and confirm by WhatsApp.');
  await panel.getByTestId('call-submit').click();
  const result = panel.getByTestId('call-record-number');
  await expect(result).toHaveAttribute('data-record-number', /^K-\d{4,}$/);
  return (await result.getAttribute('data-record-number'))!;
}

test('logging a phone call gives a record number to read to the guest', async () => {
  await connectExtension(browser, api.url, api.token);
  const panel = await openSidePanel();
  const recordNumber = await logCall(panel, 'Oleg Petrov', '0532 123 45 67', 'Можно ли заказать трансфер?');
  await expect(panel.getByTestId('call-record-number')).toContainText(recordNumber);

  const detail = await api.request<TicketDetailResponse>(`/v1/tickets/${recordNumber}`);
  expect(detail.ticket).toMatchObject({
    channel: 'phone',
    guestName: 'Oleg Petrov',
    guestHandle: '+905321234567',
  });
  expect(detail.messages.map((m) => m.direction)).toEqual(['inbound', 'outbound']);

  // The call's guest record: linked by the phone number the agent typed.
  await panel.getByTestId('call-show-guest').click();
  await expect(panel.getByTestId('guest-name')).toHaveText('Oleg Petrov');
  await expect(panel.getByTestId('guest-link').first()).toBeVisible();
});

test('a coordinator sees the logged call in the dashboard and drills down to it', async () => {
  const coordinator = await createAgent(api.db, {
    hotelId: api.hotelId,
    name: 'Deniz Coordinator',
    role: 'coordinator',
  });
  const token = generateToken();
  await saveToken(api.db, coordinator.id, token, 'e2e coordinator');
  await connectExtension(browser, api.url, token);
  const panel = await openSidePanel();
  const recordNumber = await logCall(
    panel,
    'Anna Müller',
    '+49 170 1234567',
    'Wir kommen spät an, gegen 2 Uhr.',
  );

  const opened = browser.context.waitForEvent('page');
  await panel.getByTestId('open-dashboard').click();
  const dashboard = await opened;
  const phone = dashboard.locator('[data-testid="channel-row"][data-channel="phone"]');
  await expect(phone.locator('[data-cell="seen"]')).toHaveText('1');
  await expect(phone.locator('[data-cell="logged"]')).toHaveText('1');
  await expect(phone.locator('[data-cell="tickets"]')).toHaveText('1');
  await expect(dashboard.getByTestId('figure-tickets').locator('b')).toHaveText('1');

  // The phone row's tickets open the list behind the figure: the call just logged, by its guest.
  await phone.locator('[data-cell="tickets"] button').click();
  const list = dashboard.getByTestId('drill-down');
  await expect(list.getByTestId('drill-total')).toHaveText('1 tickets');
  const row = list.getByTestId('drill-ticket-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('drill-open')).toHaveAttribute('data-record-number', recordNumber);
  await expect(row).toContainText('Anna Müller');

  // The weekly series reads the same week of the hotel's calendar.
  await dashboard.getByTestId('section-weekly').click();
  await expect(dashboard.getByTestId('chart-weekly-volume').locator('svg[role="img"]')).toBeVisible();
  await expect(dashboard.locator('[data-testid="weekly-channel-row"] [data-cell="tickets"]')).toHaveText('1');
});
