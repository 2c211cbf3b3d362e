// What the Booking.com extranet messaging page
// (https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/...) looks like to
// Konuk, as data: a hotel's API can serve a newer pack without a new release. Each list is newest
// first. Source: ../shared/PLATFORMS.md, "Booking.com extranet": the conversation list, composer
// and side panel labels are known; the per-message markup is NOT (every message selector below
// is a 2026-11 guess, data-test-id first, meant to be replaced by a pack from a real page).
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';
import { ReservationPanelSelectors } from '../adapter-kit/reservation-panel-selectors.ts';

const Names = z.array(z.string().min(1));

export const BookingSelectors = z.object({
  /** The conversation list item that is open, and the attributes naming its conversation. */
  selectedConversation: SelectorList,
  conversationIdAttributes: Names,
  /** URL parameters that may name the conversation. */
  conversationIdParams: Names,
  /**
   * URL parameters that carry the reservation number (links from the new-message e-mail): the
   * conversation is then named by its reservation, as when only the side panel names it.
   */
  reservationIdParams: Names.default(['res_id', 'reservation_id']),
  /** URL parameters kept in the conversation URL; `ses` (the session) never is. */
  urlParams: Names,
  conversationTitle: Names,
  messageList: SelectorList,
  message: SelectorList,
  messageIdAttributes: Names,
  /** Who wrote a message, by attribute value: the guest, the property, or Booking.com itself. */
  senderTypeAttributes: Names,
  guestSenderTypes: Names,
  propertySenderTypes: Names,
  platformSenderTypes: Names,
  senderName: Names,
  text: SelectorList,
  time: Names,
  timeAttributes: Names,
  daySeparator: Names,
  /** The "No reply needed" mark: it answers the conversation (an outbound marker message). */
  noReplyNeeded: Names,
  /** The guest's relay address in the side panel (name.482@guest.booking.com). */
  guestEmail: Names,
  reservation: ReservationPanelSelectors,
  composer: SelectorList,
});
export type BookingSelectors = z.infer<typeof BookingSelectors>;

export const BOOKING_SELECTORS: BookingSelectors = BookingSelectors.parse({
  // Known (PLATFORMS.md): list items; which one is open and its id attribute are guesses.
  selectedConversation: [
    'button[data-test-id="inbox-conversation-item"][aria-current="true"]',
    'button[data-test-id="inbox-conversation-item"][aria-selected="true"]',
  ],
  conversationIdAttributes: ['data-conversation-id', 'data-thread-id'],
  conversationIdParams: ['conversation_id', 'thread_id'],
  // 2026 sources (shared/real-pages/README.md): e-mail links open a conversation with `res_id` and
  // `message_id`; `message_id` names one message, never the conversation, and is not kept.
  reservationIdParams: ['res_id', 'reservation_id'],
  urlParams: ['hotel_id', 'conversation_id', 'thread_id', 'res_id'],
  conversationTitle: ['[data-test-id="conversation-header-title"]'],
  // Guess (2026-11): the thread pane and its messages.
  messageList: [
    '[data-test-id="messaging-message-list"]',
    '[data-test-id="messaging-conversation"] [role="log"]',
  ],
  message: [
    '[data-test-id="messaging-message"]',
    '[data-test-id="messaging-conversation"] [role="log"] > article',
  ],
  messageIdAttributes: ['data-message-id', 'data-id'],
  senderTypeAttributes: ['data-sender-type'],
  guestSenderTypes: ['GUEST'],
  propertySenderTypes: ['PROPERTY', 'HOTEL', 'PARTNER'],
  platformSenderTypes: ['SYSTEM', 'BOOKING'],
  senderName: ['[data-test-id="messaging-message-sender"]'],
  text: ['[data-test-id="messaging-message-text"]', 'p'],
  time: ['time', '[data-test-id="messaging-message-time"]'],
  timeAttributes: ['datetime'],
  daySeparator: ['[data-test-id="messaging-day-separator"]'],
  noReplyNeeded: ['[data-test-id="messaging-status-event"][data-event-type="NO_REPLY_NEEDED"]'],
  guestEmail: ['a[href^="mailto:"][href*="@guest.booking.com"]'],
  // Known (PLATFORMS.md): the side panel's labels; the data-test-ids are guesses.
  reservation: {
    panel: ['[data-test-id="reservation-details"]', 'aside[aria-label="Reservation details"]'],
    guestName: { selectors: ['[data-test-id="reservation-guest-name"]'], labels: ['Guest name'] },
    reservationNumber: {
      selectors: ['[data-test-id="reservation-id"]'],
      labels: ['Booking reference number', 'Booking number', 'Rezervasyon numarası', 'Buchungsnummer'],
      pattern: '\\d{8,12}',
    },
    checkIn: {
      selectors: ['[data-test-id="reservation-checkin"] time'],
      attributes: ['datetime'],
      labels: ['Arrival', 'Check-in', 'Giriş', 'Anreise'],
    },
    checkOut: {
      selectors: ['[data-test-id="reservation-checkout"] time'],
      attributes: ['datetime'],
      labels: ['Departure', 'Check-out', 'Çıkış', 'Abreise'],
    },
  },
  // Known (PLATFORMS.md).
  composer: [
    'textarea[data-test-id="messaging-main-input"]',
    '[data-test-id="messaging-reply-form"] textarea',
  ],
});
