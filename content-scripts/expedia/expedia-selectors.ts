// What Expedia Partner Central conversations
// (https://apps.expediapartnercentral.com/lodging/conversations/...) look like to Konuk, as data:
// a hotel's API can serve a newer pack without a new release. Each list is newest first.
// Source: ../shared/PLATFORMS.md, "Expedia Partner Central": only the cid URL parameter and the
// same-origin JSON (messages[] with messageId, body, createDateTimeISOString, creatorRole) are
// described; every DOM selector below is a 2026-11 guess meant to be replaced.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';
import { ReservationPanelSelectors } from '../adapter-kit/reservation-panel-selectors.ts';

const Names = z.array(z.string().min(1));

export const ExpediaSelectors = z.object({
  conversationIdParams: Names,
  /** Capture group 1 is the conversation id, for URLs that carry it in the path. */
  conversationIdPatterns: Names,
  urlParams: Names,
  /** The page's own JSON for one conversation; `{cid}` is replaced by the encoded id. */
  conversationApiPath: z.string().startsWith('/').includes('{cid}'),
  /**
   * Page URL parameters sent on with the JSON request, as the page's own client does (a pack
   * written before this field existed still parses).
   */
  conversationApiParams: Names.default(['htid', 'cpcePartnerId']),
  /** creatorRole values: the guest, the property, and Expedia itself (not guest contact). */
  guestRoles: Names,
  propertyRoles: Names,
  platformRoles: Names,
  conversationTitle: Names,
  messageList: SelectorList,
  message: SelectorList,
  messageIdAttributes: Names,
  roleAttributes: Names,
  senderName: Names,
  text: SelectorList,
  time: Names,
  timeAttributes: Names,
  reservation: ReservationPanelSelectors,
  composer: SelectorList,
});
export type ExpediaSelectors = z.infer<typeof ExpediaSelectors>;

export const EXPEDIA_SELECTORS: ExpediaSelectors = ExpediaSelectors.parse({
  conversationIdParams: ['cid'],
  conversationIdPatterns: ['^/lodging/conversations/(?:conversation/)?([A-Za-z0-9-]{8,})/?$'],
  urlParams: ['htid', 'cid'],
  conversationApiPath: '/lodging/conversations/api/conversations/{cid}',
  // 2026 sources (shared/real-pages/README.md): another client of the JSON sends these two.
  conversationApiParams: ['htid', 'cpcePartnerId'],
  guestRoles: ['TRAVELER'],
  propertyRoles: ['PARTNER', 'SUPPLIER', 'HOTEL', 'PROPERTY', 'LODGING_PARTNER'],
  platformRoles: ['SYSTEM', 'EXPEDIA', 'AGENT', 'VIRTUAL_AGENT'],
  // Guess (2026-11): Expedia's UI toolkit marks elements with data-stid.
  conversationTitle: ['[data-stid="conversation-header-title"]'],
  messageList: ['[data-stid="conversation-messages"]', '[role="log"]'],
  message: ['[data-stid="conversation-message"]', '[role="log"] > article'],
  messageIdAttributes: ['data-message-id'],
  roleAttributes: ['data-creator-role'],
  senderName: ['[data-stid="message-author"]'],
  text: ['[data-stid="message-body"]'],
  time: ['time'],
  timeAttributes: ['datetime'],
  reservation: {
    panel: ['[data-stid="reservation-summary"]', 'aside[aria-label="Reservation details"]'],
    guestName: { selectors: ['[data-stid="reservation-guest-name"]'], labels: ['Guest name'] },
    reservationNumber: {
      selectors: ['[data-stid="reservation-id"]'],
      labels: ['Reservation ID', 'Itinerary number', 'Confirmation number'],
      pattern: '\\d{8,14}',
    },
    checkIn: { selectors: [], labels: ['Check-in'] },
    checkOut: { selectors: [], labels: ['Check-out', 'Checkout'] },
  },
  composer: [
    '[data-stid="message-composer"][contenteditable="true"]',
    'div[role="textbox"][contenteditable="true"]',
    'textarea',
  ],
});
