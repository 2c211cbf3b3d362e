import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../../background/settings.ts';
import { createPageApi } from '../../../components/page-api.ts';
import { OptionsForm } from '../../../components/options-form.tsx';
import { dispatch, extensionPageSender, startHarness, type Harness } from '../background/background-kit.ts';
import { API_URL, TOKEN } from '../background/fake-api.ts';
import { click, englishMessage, renderPage, type, unmount, useEnglish } from './page-kit.ts';

let h: Harness;
let root: HTMLElement;
const requestPermission = vi.fn(async (_request: unknown) => true);

beforeEach(async () => {
  fakeBrowser.reset();
  useEnglish();
  // The page talks to the real background router, as an extension page does.
  fakeBrowser.runtime.sendMessage = ((message: unknown) => dispatch(message, extensionPageSender())) as never;
  requestPermission.mockReset();
  requestPermission.mockResolvedValue(true);
  fakeBrowser.permissions.request = requestPermission as never;
  h = await startHarness({ configured: false });
  root = await renderPage(<OptionsForm api={createPageApi(h.db)} />);
  await vi.waitFor(() => expect(field('api-url').disabled).toBe(false));
});

afterEach(async () => {
  await unmount(root);
  await h.stop();
});

function field(testId: string): HTMLInputElement {
  return root.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
}

async function resultOf(testId: string): Promise<string> {
  // "Testing…" is shown while the worker answers; the result replaces it.
  await vi.waitFor(() => expect(field(testId)?.dataset.tone).toMatch(/^(ok|error)$/));
  return field(testId).textContent!;
}

describe('options page', () => {
  it('starts from the build’s server address with no token', () => {
    expect(field('api-url').value).toBe(API_URL);
    expect(field('token').value).toBe('');
  });

  it('saves the address and token where the worker reads them', async () => {
    await type(field('token'), TOKEN);
    await click(field('save'));

    expect(await resultOf('save-result')).toBe(
      englishMessage('options_saved_connected', 'Ayşe', 'Hotel Belek'),
    );
    expect(await loadSettings(h.db)).toEqual({ apiUrl: API_URL, token: TOKEN });
    expect(requestPermission).not.toHaveBeenCalled();
  });

  it('asks for access to a server on another origin, and says so when it is refused', async () => {
    requestPermission.mockResolvedValue(false);
    await type(field('api-url'), 'https://konuk.hotel-belek.example/api');
    await type(field('token'), TOKEN);
    await click(field('save'));

    expect(await resultOf('save-result')).toBe(
      englishMessage('options_permission_denied', 'https://konuk.hotel-belek.example'),
    );
    expect(requestPermission).toHaveBeenCalledWith({ origins: ['https://konuk.hotel-belek.example/*'] });
  });

  it('refuses an address that is not a web address', async () => {
    await type(field('api-url'), 'ftp://files.example');
    await click(field('save'));

    expect(await resultOf('save-result')).toBe(englishMessage('options_invalid_url'));
    expect((await loadSettings(h.db)).apiUrl).toBe(API_URL);
  });

  it('reports a working connection with the agent and hotel names', async () => {
    await type(field('token'), TOKEN);
    await click(field('test-connection'));

    expect(await resultOf('connection-result')).toBe(
      englishMessage('options_test_ok', 'Ayşe', 'Hotel Belek'),
    );
  });

  it('says clearly why a connection failed', async () => {
    await type(field('token'), 'wrong');
    await click(field('test-connection'));
    expect(await resultOf('connection-result')).toBe(
      englishMessage('options_test_fail', englishMessage('error_unauthorized')),
    );

    h.api.mode = 'down';
    await type(field('token'), TOKEN);
    await click(field('test-connection'));
    expect(await resultOf('connection-result')).toBe(
      englishMessage('options_test_fail', englishMessage('error_unreachable')),
    );
  });
});
