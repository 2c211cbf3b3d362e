import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { createAgent, saveToken } from '../../server/repositories/tenant-repository.ts';
import { generateToken } from '../../server/services/api-tokens.ts';
import { launchExtensionBrowser, removeProfile } from './support/extension-browser.ts';
import { startTestApi } from './support/api-server.ts';
import { connectExtension } from './support/konuk-steps.ts';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
test('axe coordinator dashboard with data', async () => {
  const api = await startTestApi();
  const now = Date.now();
  const at = (m: number) => new Date(now - m * 60000).toISOString();
  const messages = [
    { channel: 'whatsapp', conversationId: 'c1', platformMessageId: 'a', direction: 'inbound', sentAt: at(300), capturedAt: at(300), text: 'The air conditioning is broken' },
    { channel: 'whatsapp', conversationId: 'c1', platformMessageId: 'b', direction: 'outbound', sentAt: at(290), capturedAt: at(290), text: 'On our way' },
    { channel: 'email', conversationId: 'e1', platformMessageId: 'a', direction: 'inbound', sentAt: at(200), capturedAt: at(200), text: 'Invoice please' },
    { channel: 'google', conversationId: 'g1', platformMessageId: 'a', direction: 'inbound', sentAt: at(100), capturedAt: at(100), text: 'Bad stay', visibility: 'public', publicSource: 'google_review', rating: { value: 2, outOf: 5 } },
  ];
  await api.request('/v1/messages/batch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages }) });
  const browser = await launchExtensionBrowser();
  const c = await createAgent(api.db, { hotelId: api.hotelId, name: 'Deniz', role: 'coordinator' });
  const token = generateToken(); await saveToken(api.db, c.id, token, 'x');
  await connectExtension(browser, api.url, token);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  const out: string[] = [];
  for (const section of ['overview','weekly','people','csat','rootCauses','sprint','quality','public']) {
    await page.getByTestId(`section-${section}`).click();
    await page.waitForTimeout(1500);
    if (section === 'overview') { await page.locator('[data-testid="channel-row"] [data-cell="tickets"] button').first().click(); await page.waitForTimeout(1000); }
    await page.evaluate(AXE_SOURCE);
    const r = await page.evaluate(() => (window as unknown as { axe: { run(c: unknown): Promise<AxeResults> } }).axe.run(document));
    for (const v of r.violations) out.push(`${section}: ${v.id} ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0,3).join(',')}`);
    out.push(`${section}: ${await page.locator('main').evaluate((m) => m.textContent!.length)} chars`);
  }
  console.log(out.join('\n'));
  await page.screenshot({ path: '/tmp/dash-weekly.png', fullPage: true });
  await browser.close(); removeProfile(browser.userDataDir); await api.close();
  expect(out.filter((l) => !l.endsWith('chars'))).toEqual([]);
});
