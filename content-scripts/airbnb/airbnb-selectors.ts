// What the Airbnb host inbox (https://www.airbnb.<tld>/hosting/messages/<threadId>) looks like to
// Konuk, as data: a hotel's API can serve a newer pack without a new release. Each list is newest
// first. Source: ../shared/PLATFORMS.md, "Airbnb host inbox" (medium confidence, late 2026); the
// reservation side panel and the account avatar are guesses.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';
import { ReservationPanelSelectors } from '../adapter-kit/reservation-panel-selectors.ts';

const Words = z.array(z.string().min(1)).min(1);

export const AirbnbSelectors = z.object({
  /** Capture group 1 is the thread id. */
  threadIdPatterns: Words,
  /** The open thread's message list. */
  messageList: SelectorList,
  /** One message: a group whose aria-label carries date, sender, text and time. */
  message: SelectorList,
  labelAttribute: z.string().min(1),
  /** Label prefixes to drop ("Most Recent Message. " moves to each newest message). */
  labelPrefixes: z.array(z.string().min(1)),
  /** "<sender> sent <text>": the verb after the sender, with its spaces. */
  sentVerbs: Words,
  /** "<text>. Sent <time>": the marker before the time, searched from the end. */
  sentAtMarkers: Words,
  /** A machine-readable time inside the group, for labels that print none (older packs lack it). */
  time: z.array(z.string().min(1)).default(['time[datetime]']),
  timeAttributes: z.array(z.string().min(1)).default(['datetime']),
  /** Senders that are Airbnb itself (system notices, "Airbnb service says …"): not guest contact. */
  platformSenders: Words,
  /** The signed-in host's own name, from the account menu. */
  hostName: z.array(z.string().min(1)),
  hostNameAttributes: z.array(z.string().min(1)),
  /** Co-hosts and team members appear as "Name (Company)". */
  teamMemberPattern: z.string().min(1),
  /** The thread's title: the guest's name (or the group's). */
  threadTitle: z.array(z.string().min(1)),
  reservation: ReservationPanelSelectors,
  composer: SelectorList,
});
export type AirbnbSelectors = z.infer<typeof AirbnbSelectors>;

export const AIRBNB_SELECTORS: AirbnbSelectors = AirbnbSelectors.parse({
  // 2026-11 /hosting/messages/<id>; the 2023 inbox used /hosting/inbox/folder/<folder>/thread/<id>.
  threadIdPatterns: ['^/hosting/messages/(\\d+)', '^/hosting/inbox/(?:folder/[^/]+/)?thread/(\\d+)'],
  messageList: ['[data-testid="message-list"]'],
  message: [
    '[data-testid="message-list"] > div[role="group"][aria-label]',
    '[data-testid="message-list"] div[role="group"][aria-label]',
  ],
  labelAttribute: 'aria-label',
  // The label's words per UI language, newest first: en (en-US and en-GB share them), then tr and
  // de (2026-12 guesses from Airbnb's other UI strings; unknown words still parse by the label's
  // grammar, see airbnb-message-label.ts).
  labelPrefixes: ['Most Recent Message. ', 'En Son Mesaj. ', 'En yeni mesaj. ', 'Neueste Nachricht. '],
  sentVerbs: [
    ' sent ',
    ' şunu gönderdi: ',
    ' gönderdi: ',
    ' gönderdi ',
    ' hat Folgendes gesendet: ',
    ' hat gesendet: ',
    ' hat gesendet ',
    ' sendete ',
  ],
  sentAtMarkers: [
    '. Sent ',
    '. Gönderildi: ',
    '. Gönderilme: ',
    '. Gönderildi ',
    '. Gesendet am ',
    '. Gesendet: ',
    '. Gesendet ',
  ],
  time: ['time[datetime]'],
  timeAttributes: ['datetime'],
  platformSenders: ['Airbnb service', 'Airbnb-Service', 'Airbnb hizmeti', 'Airbnb'],
  // Guess: the avatar in the account menu button carries the host's first name as alt text.
  hostName: ['[data-testid="cypress-headernav-profile"] img[alt]'],
  hostNameAttributes: ['alt'],
  teamMemberPattern: '^(.+?) \\((.+)\\)$',
  threadTitle: ['[data-testid="thread-header-title"]', 'main h1'],
  // The reservation side panel next to the thread, facts as label/value rows. 2026-11 guess first;
  // `#thread_details_panel` and the "Reservation details" section are reported by 2026 sources
  // (shared/real-pages/README.md), their labels localised.
  reservation: {
    panel: [
      '[data-testid="reservation-sidebar"]',
      '#thread_details_panel',
      'section[aria-label="Reservation details"]',
      'section[aria-label="Rezervasyon ayrıntıları"]',
      'section[aria-label="Reservierungsdetails"]',
      'aside[aria-label="Reservation details"]',
    ],
    guestName: { selectors: ['[data-testid="reservation-guest-name"]'] },
    reservationNumber: {
      selectors: [],
      labels: ['Confirmation code', 'Onay kodu', 'Bestätigungscode'],
      // Airbnb confirmation codes: HM and eight capitals or digits.
      pattern: '\\bHM[A-Z0-9]{8}\\b',
      scanPanel: true,
    },
    checkIn: { selectors: [], labels: ['Check-in', 'Giriş', 'Ankunft'] },
    checkOut: { selectors: [], labels: ['Checkout', 'Check-out', 'Çıkış', 'Abreise'] },
  },
  composer: [
    '#message_input[role="textbox"]',
    'div[role="textbox"][contenteditable]',
    'textarea[name="message"]',
  ],
});
