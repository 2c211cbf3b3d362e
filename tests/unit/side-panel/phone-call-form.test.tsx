// The agent on the phone types what the guest said and gets the record number to read out; when
// Konuk cannot reach the server the call is kept and the number shows up once it can.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'preact/test-utils';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { listPhoneCalls } from '../../../background/phone-calls.ts';
import { PhoneCallForm } from '../../../components/phone-call-form.tsx';
import { renderPage, type, unmount, useEnglish } from '../components/page-kit.ts';
import { fakePageApi, type FakePageApi } from './fake-page-api.ts';

let db: KonukDb;
let api: FakePageApi;
let root: HTMLElement | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  useEnglish();
  db = openKonukDb(`konuk-panel-${crypto.randomUUID()}`);
  api = fakePageApi(db);
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
  db.close();
});

const field = (id: string) => root!.querySelector(`[data-testid="${id}"]`)!;

async function fillAndSubmit(values: Record<string, string>) {
  root = await renderPage(<PhoneCallForm api={api} />);
  for (const [id, value] of Object.entries(values)) await type(field(id), value);
  await act(async () => {
    field('call-form').dispatchEvent(new Event('submit', { cancelable: true }));
  });
}

describe('logging a phone call from the side panel', () => {
  it('shows the record number to read to the guest, and clears the form for the next call', async () => {
    await fillAndSubmit({
      'call-guest-name': 'Oleg Petrov',
      'call-phone': '0532 123 45 67',
      'call-reservation': '4411223344',
      'call-text': 'Can you book an airport transfer for Friday?',
    });
    await vi.waitFor(() => expect(field('call-record-number').textContent).toContain('K-7001'));
    expect(field('call-record-number').textContent).toContain('read it to the guest');
    expect((field('call-guest-name') as HTMLInputElement).value).toBe('');
    const [stored] = await listPhoneCalls(db);
    expect(stored!.call).toMatchObject({
      channel: 'phone',
      guestName: 'Oleg Petrov',
      guestPhone: '0532 123 45 67',
      reservationNumber: '4411223344',
      text: 'Can you book an airport transfer for Friday?',
    });
  });

  it('keeps the call when the server cannot be reached and shows its number once it is delivered', async () => {
    api.online = false;
    await fillAndSubmit({
      'call-guest-name': 'Anna Müller',
      'call-text': 'Our flight is late, we arrive at 2 am.',
    });
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="call-queued"]')).not.toBeNull());
    expect(field('call-queued').textContent).toContain('as soon as Konuk reaches the server');
    api.online = true;
    await act(() => api.deliverWaiting());
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="call-record-number"]')).not.toBeNull());
    expect(field('call-record-number').getAttribute('data-record-number')).toBe('K-7001');
  });

  it('shows the phone number as Konuk will store it, and refuses one it cannot read', async () => {
    root = await renderPage(<PhoneCallForm api={api} />);
    await type(field('call-phone'), '0532 123 45 67');
    expect(root.querySelector('.hint')?.textContent).toBe('+905321234567');
    await type(field('call-guest-name'), 'Anna');
    await type(field('call-text'), 'Hello');
    await type(field('call-phone'), 'call me maybe');
    await act(async () => {
      field('call-form').dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(field('call-error').textContent).toContain('cannot read this as a phone number');
    expect(await listPhoneCalls(db)).toEqual([]);
  });

  it('asks for the guest name and what the guest said before anything is logged', async () => {
    await fillAndSubmit({ 'call-guest-name': 'Anna' });
    expect(field('call-error').textContent).toBe('Fill in the guest name and what the guest said.');
    expect(await listPhoneCalls(db)).toEqual([]);
  });

  it('puts the chosen topic on the call’s ticket', async () => {
    root = await renderPage(<PhoneCallForm api={api} />);
    await type(field('call-guest-name'), 'Hans');
    await type(field('call-text'), 'I want to cancel my booking.');
    await act(() => {
      const select = field('call-topic') as HTMLSelectElement;
      select.value = 'cancellation';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {
      field('call-form').dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="call-record-number"]')).not.toBeNull());
    expect(api.tickets.get('K-7001')?.topic).toBe('cancellation');
    expect((await db.tickets.where('recordNumber').equals('K-7001').first())?.ticket.topic).toBe(
      'cancellation',
    );
  });

  it('never puts what the guest said into the page as markup', async () => {
    await fillAndSubmit({
      'call-guest-name': '<img src=x onerror="window.__konukXss=1">',
      'call-text': '<b>hi</b>',
    });
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="call-record-number"]')).not.toBeNull());
    expect(root!.querySelector('img, b')).toBeNull();
  });
});
