// The first hour of an IT person and an agent: saving settings says whether they work, the
// popup tells "unreachable" from "refused", and no screen says every message is answered while
// some wait, are refused, or were never synced.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { saveSettings } from '../../../background/settings.ts';
import { createPageApi } from '../../../components/page-api.ts';
import { OptionsForm } from '../../../components/options-form.tsx';
import { TicketQueue } from '../../../components/ticket-queue.tsx';
import { dispatch, extensionPageSender, startHarness, type Harness } from '../background/background-kit.ts';
import { TOKEN } from '../background/fake-api.ts';
import { FakeTemplatesApi } from '../suggestions/fake-templates-api.ts';
import { click, englishMessage, renderPage, type, unmount, useEnglish } from './page-kit.ts';

let root: HTMLElement | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  useEnglish();
  fakeBrowser.permissions.request = (async () => true) as never;
});

afterEach(async () => {
  if (root) await unmount(root);
  root = null;
});

const byTestId = (testId: string) => root!.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

async function settled(testId: string): Promise<string> {
  await vi.waitFor(() => expect(byTestId(testId)?.dataset.tone).toMatch(/^(ok|error)$/));
  return byTestId(testId)!.textContent!;
}

describe('saving settings checks them', () => {
  let h: Harness;

  beforeEach(async () => {
    fakeBrowser.runtime.sendMessage = ((message: unknown) =>
      dispatch(message, extensionPageSender())) as never;
    h = await startHarness({ configured: false, api: new FakeTemplatesApi() });
    root = await renderPage(<OptionsForm api={createPageApi(h.db)} />);
    await vi.waitFor(() => expect((byTestId('token') as HTMLInputElement).disabled).toBe(false));
  });
  afterEach(async () => {
    await h.stop();
  });

  it('says a mistyped token was refused instead of a green "Saved."', async () => {
    await type(byTestId('token') as HTMLInputElement, 'konuk_demo_typo');
    await click(byTestId('save')!);

    expect(await settled('save-result')).toBe(englishMessage('options_saved_refused'));
    expect(byTestId('save-result')!.dataset.tone).toBe('error');
  });

  it('says plainly that it could not check when the server does not answer', async () => {
    h.api.mode = 'down';
    await type(byTestId('token') as HTMLInputElement, TOKEN);
    await click(byTestId('save')!);

    expect(await settled('save-result')).toBe(
      englishMessage('options_saved_unchecked', englishMessage('error_unreachable')),
    );
  });

  it('shows the agent’s editable templates once the connection works, without a reload', async () => {
    await vi.waitFor(() => expect(byTestId('templates-starter')).not.toBeNull());
    expect(byTestId('my-template-add')).toBeNull();

    await type(byTestId('token') as HTMLInputElement, TOKEN);
    await click(byTestId('save')!);

    expect(await settled('save-result')).toBe(
      englishMessage('options_saved_connected', 'Ayşe', 'Hotel Belek'),
    );
    await vi.waitFor(() => expect(byTestId('my-template-add')).not.toBeNull());
    expect(byTestId('templates-starter')).toBeNull();
  });
});

describe('the popup tells what stands between the messages and the server', () => {
  let db: KonukDb;

  beforeEach(async () => {
    fakeBrowser.runtime.sendMessage = (async () => ({ ok: true })) as never;
    db = openKonukDb(`konuk-honest-popup-${crypto.randomUUID()}`);
    await saveSettings(db, { apiUrl: 'http://127.0.0.1:8787', token: 'agent-token' });
  });
  afterEach(() => db.close());

  async function openPopup(): Promise<string> {
    root = await renderPage(<TicketQueue api={createPageApi(db)} />);
    await vi.waitFor(() => expect(byTestId('queue-empty')).not.toBeNull());
    return root.textContent!;
  }

  it('says the token was refused, not that the server cannot be reached', async () => {
    await db.meta.put({ key: 'lastSyncError', value: { code: 'unauthorized' } });
    const text = await openPopup();

    expect(byTestId('sync-error')!.textContent).toBe(englishMessage('queue_sync_unauthorized'));
    expect(text).not.toContain(englishMessage('queue_sync_unreachable'));
    expect(text).not.toContain(englishMessage('queue_empty'));
  });

  it('says the server cannot be reached when it does not answer', async () => {
    await db.meta.put({ key: 'lastSyncError', value: { code: 'unreachable' } });
    await openPopup();
    expect(byTestId('sync-error')!.textContent).toBe(englishMessage('queue_sync_unreachable'));
  });

  it('never says every message is answered while messages wait, are refused or were never synced', async () => {
    expect(await openPopup()).not.toContain(englishMessage('queue_empty'));
    await unmount(root!);

    await db.meta.put({ key: 'lastSyncAt', value: '2026-12-01T09:00:00.000Z' });
    await db.outbox.add({ key: 'w', state: 'queued', attempts: 0, queuedAt: '', error: null });
    expect(await openPopup()).not.toContain(englishMessage('queue_empty'));
    await unmount(root!);

    await db.outbox.clear();
    await db.outbox.add({ key: 'p', state: 'parked', attempts: 1, queuedAt: '', error: 'refused' });
    expect(await openPopup()).not.toContain(englishMessage('queue_empty'));
    await unmount(root!);

    await db.outbox.clear();
    expect(await openPopup()).toContain(englishMessage('queue_empty'));
  });
});
