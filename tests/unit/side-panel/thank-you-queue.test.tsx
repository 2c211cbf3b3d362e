// The work queue's thank-you tab and the reservation list upload (issue 9): guests due a thank-you
// with the channel and the filled template; "Mark sent" takes one off; an upload shows what it
// stored and which lines it left out.
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { ReservationsSection } from '../../../components/settings-reservations.tsx';
import { WorkQueue } from '../../../components/work-queue.tsx';
import type { ThankYouDueItem } from '../../../shared/reservation-contract.ts';
import { click, renderPage, unmount, useEnglish } from '../components/page-kit.ts';
import { fakePageApi, type FakePageApi } from './fake-page-api.ts';

let db: KonukDb;
let api: FakePageApi;
let root: HTMLElement | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  useEnglish();
  db = openKonukDb(`konuk-thanks-${crypto.randomUUID()}`);
  api = fakePageApi(db);
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
  db.close();
});

const $ = (testId: string) => root!.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const $$ = (testId: string) => [...root!.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];

function due(over: Partial<ThankYouDueItem>): ThankYouDueItem {
  return {
    stayKey: 'reservation:R-1',
    guestName: 'Jürgen Müller',
    reservationNumber: 'R-1',
    checkIn: '2026-07-01',
    checkOut: '2026-07-03',
    language: 'de',
    channel: 'whatsapp',
    conversationId: null,
    conversationUrl: null,
    contact: '+491712345678',
    recordNumber: null,
    template: { id: 'de-post-stay', language: 'de', text: 'Guten Tag Jürgen Müller, <b>danke</b>' },
    ...over,
  };
}

it('lists guests due a thank-you with the channel and the filled template; "Mark sent" takes one off', async () => {
  api.thankYouItems.push(
    due({}),
    due({
      stayKey: 'reservation:R-55',
      guestName: 'Mehmet Kaya',
      channel: 'booking',
      contact: null,
      conversationUrl: 'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/c/55',
      recordNumber: 'K-0042',
      language: 'tr',
      template: { id: 'tr-post-stay', language: 'tr', text: 'Sayın Mehmet Kaya, teşekkürler' },
    }),
  );
  root = await renderPage(<WorkQueue api={api} role="frontline" now={Date.now()} onOpen={() => {}} />);
  await click($('queue-tab-thank_you')!);
  await vi.waitFor(() => expect($$('thank-you-row')).toHaveLength(2));

  const [first, second] = $$('thank-you-row');
  expect(first!.textContent).toContain('Jürgen Müller');
  expect(first!.textContent).toContain('checked out Jul 3, 2026');
  expect(first!.textContent).toContain('WhatsApp · +491712345678');
  // Guest-facing text is shown as text, never as markup.
  expect(first!.querySelector('[data-testid="thank-you-text"]')!.textContent).toBe(
    'Guten Tag Jürgen Müller, <b>danke</b>',
  );
  expect(first!.querySelector('b')).toBeNull();
  expect(first!.querySelector('[data-testid="thank-you-open"]')).toBeNull();
  expect(second!.textContent).toContain('K-0042');
  expect(second!.querySelector('[data-testid="thank-you-open"]')).not.toBeNull();
  expect($$('queue-row')).toEqual([]);

  await click(first!.querySelector('[data-testid="thank-you-sent"]')!);
  await vi.waitFor(() =>
    expect($$('thank-you-row').map((row) => row.dataset.stayKey)).toEqual(['reservation:R-55']),
  );
  await click($('thank-you-sent')!);
  await vi.waitFor(() => expect($('queue-tab-empty')?.textContent).toMatch(/Nobody checked out/));
});

it('uploads the reservation list and shows what was stored and which lines were left out', async () => {
  api.role = 'coordinator';
  Object.assign(api.importAnswer, {
    created: 2,
    updated: 1,
    problems: [{ line: 4, reasons: ['the departure is before the arrival'] }],
  });
  root = await renderPage(<ReservationsSection api={api} />);
  const input = $('reservations-file') as HTMLInputElement;
  const csv = 'Rezervasyon No;Misafir;Giriş;Çıkış\nR-1;Ayşe;01.07.2026;03.07.2026\n';
  Object.defineProperty(input, 'files', { value: [new File([csv], 'list.csv', { type: 'text/csv' })] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });

  await vi.waitFor(() => expect($('reservations-result')).not.toBeNull());
  expect(api.uploads).toEqual([csv]);
  expect($('reservations-result')!.textContent).toContain('2 new reservations, 1 updated.');
  expect($$('reservations-problem').map((li) => li.textContent)).toEqual([
    'Line 4: the departure is before the arrival',
  ]);
});
