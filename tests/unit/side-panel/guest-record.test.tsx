// The selected ticket's guest record: every contact and why it was linked; coordinators merge
// another guest in by a record number of theirs and separate a contact again; frontline agents
// see the record but cannot change it.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { GuestRecord } from '../../../components/guest-record.tsx';
import { click, renderPage, type, unmount, useEnglish } from '../components/page-kit.ts';
import { act } from 'preact/test-utils';
import { addGuest, fakePageApi, link, type FakePageApi } from './fake-page-api.ts';

let db: KonukDb;
let api: FakePageApi;
let root: HTMLElement | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  useEnglish();
  db = openKonukDb(`konuk-guest-${crypto.randomUUID()}`);
  api = fakePageApi(db);
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
  db.close();
});

const all = (id: string) => [...root!.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const one = (id: string) => root!.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;

async function show(recordNumber: string, canEdit: boolean, guestId?: string) {
  root = await renderPage(<GuestRecord api={api} ticket={{ recordNumber, guestId }} canEdit={canEdit} />);
  await vi.waitFor(() => expect(all('guest-link').length).toBeGreaterThan(0));
}

describe('a guest record in the side panel', () => {
  it('lists each contact with why it was linked, and the guest’s tickets', async () => {
    const anna = addGuest(api, 'Anna Müller', [
      link('booking', 'first_contact', null),
      link('whatsapp', 'reservation', '4411223344'),
      link('phone', 'phone', '+905321234567'),
      link('email', 'email', 'anna@example.de'),
    ]);
    await show(anna.tickets[0]!.recordNumber, false);
    expect(one('guest-name').textContent).toBe('Anna Müller');
    expect(all('guest-link-why').map((why) => why.textContent)).toEqual([
      'First contact of this guest',
      'Same reservation number: 4411223344',
      'Same phone number: +905321234567',
      'Same e-mail address: anna@example.de',
    ]);
    expect(all('guest-ticket').map((t) => t.dataset.recordNumber)).toEqual(
      anna.tickets.map((t) => t.recordNumber),
    );
    expect(root!.querySelector('[data-testid="guest-merge"], [data-testid="guest-unmerge"]')).toBeNull();
  });

  it('finds the guest of a ticket cached before guests existed, by its record number', async () => {
    const anna = addGuest(api, 'Anna Müller', [link('booking', 'first_contact', null)]);
    await show(anna.tickets[0]!.recordNumber, false, undefined);
    expect(one('guest-record').dataset.guestId).toBe(anna.guest.id);
  });

  it('lets a coordinator merge another guest in by one of their record numbers', async () => {
    api.role = 'coordinator';
    const anna = addGuest(api, 'Anna Müller', [link('booking', 'first_contact', null)]);
    const other = addGuest(api, 'A. Mueller', [link('instagram', 'first_contact', null)]);
    await show(anna.tickets[0]!.recordNumber, true, anna.guest.id);
    await type(one('guest-merge-record'), other.tickets[0]!.recordNumber.toLowerCase());
    await act(async () => {
      root!.querySelector('form.merge')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await vi.waitFor(() => expect(all('guest-link')).toHaveLength(2));
    expect(api.merges).toEqual([[anna.guest.id, other.guest.id]]);
    expect(all('guest-link')[1]!.dataset.reason).toBe('manual');
    expect(one('guest-line').textContent).toContain('is merged into this record');
  });

  it('refuses to merge a guest with itself', async () => {
    const anna = addGuest(api, 'Anna Müller', [
      link('booking', 'first_contact', null),
      link('phone', 'phone', '+905321234567'),
    ]);
    await show(anna.tickets[0]!.recordNumber, true, anna.guest.id);
    await type(one('guest-merge-record'), anna.tickets[1]!.recordNumber);
    await act(async () => {
      root!.querySelector('form.merge')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await vi.waitFor(() =>
      expect(one('guest-line').textContent).toBe('That record already belongs to this guest.'),
    );
    expect(api.merges).toEqual([]);
  });

  it('lets a coordinator separate a contact linked by mistake', async () => {
    api.role = 'coordinator';
    const anna = addGuest(api, 'Anna Müller', [
      link('booking', 'first_contact', null),
      link('phone', 'phone', '+905321234567'),
    ]);
    await show(anna.tickets[0]!.recordNumber, true, anna.guest.id);
    await click(all('guest-unmerge')[1]!);
    await vi.waitFor(() => expect(all('guest-link')).toHaveLength(1));
    expect(one('guest-line').textContent).toBe('The Phone contact is now a guest record of its own.');
  });

  it('shows the API’s refusal when the agent is not a coordinator after all', async () => {
    const anna = addGuest(api, 'Anna Müller', [
      link('booking', 'first_contact', null),
      link('phone', 'phone', '+905321234567'),
    ]);
    await show(anna.tickets[0]!.recordNumber, true, anna.guest.id);
    await click(all('guest-unmerge')[1]!);
    await vi.waitFor(() =>
      expect(one('guest-line').textContent).toBe('Only coordinators and supervisors can see this.'),
    );
    expect(all('guest-link')).toHaveLength(2);
  });

  it('says plainly when the server does not know the ticket', async () => {
    root = await renderPage(<GuestRecord api={api} ticket={{ recordNumber: 'K-9999' }} canEdit={false} />);
    await vi.waitFor(() => expect(one('guest-line').textContent).toBe('Not found on the server.'));
  });
});
