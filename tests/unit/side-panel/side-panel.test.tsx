// The side panel as a whole: coordinators get the dashboard and the merge controls, frontline
// agents do not; a ticket picked from the recent ones shows its guest record.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { storeTickets } from '../../../background/store-tickets.ts';
import { SidePanel } from '../../../components/side-panel.tsx';
import { click, renderPage, unmount, useEnglish } from '../components/page-kit.ts';
import { addGuest, fakePageApi, link, type FakePageApi } from './fake-page-api.ts';

let db: KonukDb;
let api: FakePageApi;
let root: HTMLElement | null = null;

beforeEach(async () => {
  fakeBrowser.reset();
  useEnglish();
  db = openKonukDb(`konuk-side-${crypto.randomUUID()}`);
  api = fakePageApi(db);
  const anna = addGuest(api, 'Anna Müller', [
    link('booking', 'first_contact', null),
    link('phone', 'phone', '+905321234567'),
  ]);
  await db.transaction('rw', db.tickets, () => storeTickets(db, anna.tickets));
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
  db.close();
});

async function openPanel() {
  root = await renderPage(<SidePanel api={api} />);
  await vi.waitFor(() => expect(root!.querySelectorAll('[data-testid="panel-ticket"]')).toHaveLength(2));
}

describe('the side panel', () => {
  it('shows a recent ticket’s guest record when the agent picks it', async () => {
    await openPanel();
    await click(root!.querySelector('[data-testid="panel-ticket"]')!);
    await vi.waitFor(() => expect(root!.querySelectorAll('[data-testid="guest-link"]')).toHaveLength(2));
    expect(root!.querySelector('[data-testid="guest-name"]')!.textContent).toBe('Anna Müller');
  });

  it('gives a frontline agent no dashboard link and no merge controls', async () => {
    await openPanel();
    await click(root!.querySelector('[data-testid="panel-ticket"]')!);
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="guest-link"]')).not.toBeNull());
    expect(
      root!.querySelector(
        '[data-testid="open-dashboard"], [data-testid="guest-merge"], [data-testid="guest-unmerge"]',
      ),
    ).toBeNull();
  });

  it('gives a coordinator the dashboard and the merge controls', async () => {
    api.role = 'coordinator';
    await openPanel();
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="open-dashboard"]')).not.toBeNull());
    await click(root!.querySelector('[data-testid="panel-ticket"]')!);
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="guest-merge"]')).not.toBeNull());
    expect(root!.querySelectorAll('[data-testid="guest-unmerge"]')).toHaveLength(2);
  });
});
