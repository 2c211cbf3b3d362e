// One Expedia message as Konuk logs it, whichever source read it (the page's DOM or its JSON):
// both sources must give the same key for the same message, or one message would be logged twice.
import type { ExtractedMessage } from '../platform-adapter.ts';
import type { Direction } from '../../shared/message.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS } from '../../shared/limits.ts';
import { toIsoWithOffset } from '../page-time.ts';
import type { ReservationFacts } from '../adapter-kit/reservation-panel.ts';
import type { ExpediaSelectors } from './expedia-selectors.ts';

export interface ExpediaMessageFacts {
  conversationId: string;
  messageId: string;
  role: string | undefined;
  senderName?: string;
  sentAt: Date;
  text: string;
  conversationTitle?: string;
  conversationUrl?: string;
  reservation: ReservationFacts;
}

/** Null for Expedia's own messages; an unknown role counts as the guest (never "answered" by mistake). */
export function expediaDirection(role: string | undefined, pack: ExpediaSelectors): Direction | null {
  const upper = role?.toUpperCase();
  if (upper && pack.platformRoles.includes(upper)) return null;
  return upper && pack.propertyRoles.includes(upper) ? 'outbound' : 'inbound';
}

export function expediaMessage(facts: ExpediaMessageFacts, pack: ExpediaSelectors): ExtractedMessage | null {
  const direction = expediaDirection(facts.role, pack);
  if (!direction) return null;
  return {
    channel: 'expedia',
    conversationId: facts.conversationId,
    platformMessageId: facts.messageId,
    direction,
    senderName: facts.senderName?.slice(0, MAX_NAME_CHARS),
    sentAt: toIsoWithOffset(facts.sentAt),
    text: facts.text.slice(0, MAX_TEXT_CHARS),
    conversationTitle: (facts.conversationTitle ?? facts.reservation.guestName)?.slice(0, MAX_NAME_CHARS),
    conversationUrl: facts.conversationUrl,
    ...facts.reservation,
  };
}
