// Reply suggestions in real Chromium with the built extension and a real API: the panel opens on
// a guest message, the chosen template lands in the platform's own reply box as if typed (the
// page enables its Send button), and the message the agent sends is captured like any other.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchExtensionBrowser, removeProfile, type ExtensionBrowser } from './support/extension-browser.ts';
import { startTestApi, type TestApi } from './support/api-server.ts';
import { FIXTURE_PAGES, openFixture } from './support/fixture-pages.ts';
import { badges, connectExtension, expectAllBadgesSynced } from './support/konuk-steps.ts';

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

function panel(page: Page): Locator {
  return page.getByTestId('suggestion-panel');
}

/** The record number the API gave the open conversation's ticket. */
async function recordNumberOf(page: Page): Promise<string> {
  const number = await badges(page).first().getAttribute('data-record-number');
  expect(number).toMatch(/^K-\d{4,}$/);
  return number!;
}

async function outboundTexts(): Promise<string[]> {
  const rows = await api.db.query<{ text: string }>(
    `select text from messages where direction = 'outbound' order by sent_at`,
  );
  return rows.map((row) => row.text);
}

test('WhatsApp: a hotel template from the panel is typed into the reply box, WhatsApp enables Send, and the sent reply is logged', async () => {
  // The hotel's own wording, edited on the server by its coordinator before the agent starts.
  const templates = await api.request<{ templates: { id: string; title: string; body: string }[] }>(
    '/v1/templates',
  );
  const acknowledgement = templates.templates.find((t) => t.id === 'en-acknowledgement')!;
  await api.request(
    '/v1/templates/en-acknowledgement',
    {
      method: 'PUT',
      body: JSON.stringify({
        ...acknowledgement,
        title: 'Transfer and first reply',
        body: 'Dear {{guest_name}}, your request is logged as {{record_number}} and {{agent_name}} of {{hotel_name}} is on it.',
      }),
    },
    api.coordinatorToken,
  );
  await connectExtension(browser, api.url, api.token);
  const page = await openFixture(browser.context, FIXTURE_PAGES.whatsapp);
  await expectAllBadgesSynced(page, await badges(page).count());
  const recordNumber = await recordNumberOf(page);

  const send = page.locator('#main footer button[data-tab="11"]');
  await expect(send).toBeDisabled();
  await page.locator('[data-id="3EB0B3A9D1C2E4F5A6B78C9D"] [data-konuk-reply] button').click();
  await expect(panel(page)).toBeVisible();
  await panel(page).locator('[data-template-id="en-acknowledgement"]').click();
  await expect(panel(page).getByTestId('suggestion-preview')).toHaveText(
    `Dear Sarah Collins, your request is logged as ${recordNumber} and Ayşe Frontline of E2E Resort Side is on it.`,
  );
  await panel(page).getByTestId('suggestion-insert').click();
  await expect(panel(page)).toHaveCount(0);

  // WhatsApp's own input handling took the text: its Send button is enabled. Konuk sent nothing.
  await expect(send).toBeEnabled();
  expect(await outboundTexts()).toHaveLength(1);
  await send.click();
  const expected = `Dear Sarah Collins, your request is logged as ${recordNumber} and Ayşe Frontline of E2E Resort Side is on it.`;
  await expect(page.locator('#main [role=row]').last()).toContainText(expected);
  await expect.poll(outboundTexts, { timeout: 30_000 }).toContain(expected);
});

test('WhatsApp: Alt+Shift+K opens the panel for the newest guest message, blanks are marked and can be filled', async () => {
  await connectExtension(browser, api.url, api.token);
  const page = await openFixture(browser.context, FIXTURE_PAGES.whatsapp);
  await expectAllBadgesSynced(page, await badges(page).count());
  await page.evaluate(() =>
    (window as unknown as { konukFixture: { receive(text: string): string } }).konukFixture.receive(
      'The air conditioning in room 3124 is broken and it is very hot. This is unacceptable!',
    ),
  );
  await expectAllBadgesSynced(page, await badges(page).count());

  await page.locator('#main [data-testid="conversation-panel-messages"]').click();
  await page.keyboard.press('Alt+Shift+KeyK');
  await expect(panel(page)).toBeVisible();
  // The chat's ticket has been open for weeks (the fixture's history), so the interim update may
  // rank first; the complaint's own recovery template is offered beside it.
  const recovery = panel(page).locator(
    '[data-testid="suggestion"][data-template-id="en-complaint-recovery"]',
  );
  await expect(recovery).toBeVisible();
  await recovery.click();
  const blanks = panel(page).locator('mark.unfilled');
  await expect(blanks).toHaveText([
    '{{issue_summary}}',
    '{{cause}}',
    '{{fix_summary}}',
    '{{fix_time}}',
    '{{compensation}}',
  ]);
  await panel(page)
    .locator('[data-testid="variable-input"][data-variable="cause"]')
    .fill('a failed compressor');
  await expect(blanks).toHaveCount(4);
  await panel(page).getByTestId('suggestion-insert').click();

  const send = page.locator('#main footer button[data-tab="11"]');
  await expect(send).toBeEnabled();
  await send.click();
  await expect
    .poll(async () => (await outboundTexts()).join('\n'), { timeout: 30_000 })
    .toContain('What happened: a failed compressor');
});

test('Gmail: a German suggestion goes into the reply editor, Gmail enables Send, and the sent mail is logged on the ticket', async () => {
  await connectExtension(browser, api.url, api.token);
  const page = await openFixture(browser.context, FIXTURE_PAGES.gmail);
  await expectAllBadgesSynced(page, await badges(page).count());
  const recordNumber = await recordNumberOf(page);

  await page.locator('[data-konuk-reply] button').last().click();
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByTestId('suggestion').first()).toHaveAttribute('data-template-id', /^de-/);
  await panel(page).locator('[data-template-id="de-acknowledgement"]').click();
  await panel(page).getByTestId('suggestion-insert').click();

  const send = page.locator('[role="button"][data-tooltip^="Send"]');
  await expect(send).toHaveAttribute('aria-disabled', 'false');
  await send.click();
  await expect(page.locator('div.a3s').last()).toContainText(`Vorgangsnummer ${recordNumber}`);
  await expect
    .poll(async () => (await outboundTexts()).join('\n'), { timeout: 30_000 })
    .toContain(
      `Guten Tag Hans Müller, vielen Dank für Ihre Nachricht. Wir haben sie unter der Vorgangsnummer ${recordNumber}`,
    );
  const onTicket = await api.count(
    `select count(*) as n from messages m join tickets t on t.id = m.ticket_id
      where m.direction = 'outbound' and t.record_number = $1 and m.text like $2`,
    [recordNumber, `%Vorgangsnummer ${recordNumber}%`],
  );
  expect(onTicket).toBe(1);
});
