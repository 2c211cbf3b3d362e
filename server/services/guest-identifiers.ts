// What a guest message shows of who the guest is, normalised so that contacts on different
// channels meet: the reservation number (spaces dropped, upper case), the phone (E.164) and the
// e-mail address (lower case). Phones written nationally are read in the hotel's country.
import type { CapturedMessage } from '../../shared/message.ts';
import { DEFAULT_PHONE_REGION, normalisePhoneNumber, type PhoneRegion } from '../../shared/phone-number.ts';

export interface GuestIdentifiers {
  reservationNumber: string | null;
  phone: string | null;
  email: string | null;
}

export const NO_IDENTIFIERS: GuestIdentifiers = { reservationNumber: null, phone: null, email: null };

export function normaliseReservationNumber(raw: string | null | undefined): string | null {
  const compact = raw?.replace(/\s+/g, '').toUpperCase() ?? '';
  return compact === '' ? null : compact;
}

export function normaliseEmail(raw: string | null | undefined): string | null {
  const trimmed = raw?.trim().toLowerCase() ?? '';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? trimmed : null;
}

/** A WhatsApp chat id ("905321234567@c.us") holds the number in international form, no plus. */
function conversationPhone(conversationId: string): string | null {
  const jid = /^(\d{6,15})@c\.us$/.exec(conversationId);
  return normalisePhoneNumber(jid ? `+${jid[1]}` : conversationId);
}

/** A guest message's identifiers; a staff message says nothing about the guest. */
export function identifiersOf(
  message: CapturedMessage,
  region: PhoneRegion = DEFAULT_PHONE_REGION,
): GuestIdentifiers {
  if (message.direction !== 'inbound') return NO_IDENTIFIERS;
  // A WhatsApp chat or a logged call is named by the guest's number when no handle is shown.
  const phoneConversation = message.channel === 'whatsapp' || message.channel === 'phone';
  return {
    reservationNumber: normaliseReservationNumber(message.reservationNumber),
    phone:
      normalisePhoneNumber(message.senderHandle, region) ??
      (phoneConversation ? conversationPhone(message.conversationId) : null),
    email: normaliseEmail(message.senderHandle),
  };
}

/** `known` with the gaps `found` fills; a value already known is kept. */
export function mergeIdentifiers(known: GuestIdentifiers, found: GuestIdentifiers): GuestIdentifiers {
  return {
    reservationNumber: known.reservationNumber ?? found.reservationNumber,
    phone: known.phone ?? found.phone,
    email: known.email ?? found.email,
  };
}

export function sameIdentifiers(a: GuestIdentifiers, b: GuestIdentifiers): boolean {
  return a.reservationNumber === b.reservationNumber && a.phone === b.phone && a.email === b.email;
}
