// Who is due a post-stay thank-you, built from what the database holds (reservation-thank-you.ts
// reads it): each stay once, from the reservation list and from tickets that carry stay dates;
// the channel is the one the guest wrote on, else WhatsApp or e-mail from the reservation; the
// language is the guest's, else the one their phone number's country speaks, else the hotel's.
import { thankYouDue, type ThankYouDueItem } from '../../shared/reservation-contract.ts';
import type { ParsedReservation } from '../../shared/reservation-csv.ts';
import type { Channel, Language } from '../../shared/taxonomy.ts';
import { renderTemplate } from '../../shared/templates/render-template.ts';
import type { ReplyTemplate } from '../../shared/templates/template-schema.ts';

/** A reservation as the list gave it. */
export type ReservationFacts = Omit<ParsedReservation, 'line'>;

export interface TicketFacts {
  id: string;
  recordNumber: string;
  channel: Channel;
  conversationId: string;
  conversationUrl: string | null;
  guestName: string | null;
  guestId: string | null;
  language: Language | null;
  reservationNumber: string | null;
  checkIn: string | null;
  checkOut: string | null;
  isPublic: boolean;
}

/** Channels a thank-you cannot be written on: a phone call, a public review. */
const UNWRITABLE: ReadonlySet<Channel> = new Set(['phone', 'google']);

/** The language most guests from a calling code write in; only where it is clear. */
const LANGUAGE_BY_CALLING_CODE: readonly [string, Language][] = [
  ['+90', 'tr'], ['+49', 'de'], ['+43', 'de'], ['+41', 'de'], ['+7', 'ru'], ['+375', 'ru'],
  ['+44', 'en'], ['+1', 'en'], ['+353', 'en'], ['+61', 'en'], ['+380', 'uk'], ['+48', 'pl'],
  ['+31', 'nl'], ['+33', 'fr'], ['+34', 'es'], ['+39', 'it'], ['+351', 'pt'], ['+98', 'fa'],
  ['+966', 'ar'], ['+971', 'ar'], ['+974', 'ar'], ['+965', 'ar'], ['+962', 'ar'], ['+20', 'ar'],
]; // prettier-ignore

function languageOfPhone(phone: string | null): Language | null {
  if (!phone) return null;
  const codes = LANGUAGE_BY_CALLING_CODE.filter(([code]) => phone.startsWith(code));
  return codes.sort((a, b) => b[0].length - a[0].length)[0]?.[1] ?? null;
}

/** The key a stay's "sent" mark is kept under; null when a ticket says too little to name it. */
export function stayKeyOf(
  ticket: Pick<TicketFacts, 'id' | 'reservationNumber' | 'guestId' | 'checkOut'>,
): string | null {
  if (ticket.reservationNumber) return `reservation:${ticket.reservationNumber}`;
  if (!ticket.checkOut) return null;
  return ticket.guestId ? `guest:${ticket.guestId}:${ticket.checkOut}` : `ticket:${ticket.id}`;
}

interface Stay {
  key: string;
  reservation: ReservationFacts | null;
  /** Newest first. */
  tickets: TicketFacts[];
}

function staysOf(reservations: readonly ReservationFacts[], tickets: readonly TicketFacts[]): Stay[] {
  const stays = new Map<string, Stay>();
  for (const reservation of reservations) {
    stays.set(`reservation:${reservation.reservationNumber}`, {
      key: `reservation:${reservation.reservationNumber}`,
      reservation,
      tickets: [],
    });
  }
  for (const ticket of tickets) {
    const key = stayKeyOf(ticket);
    if (!key) continue;
    const stay = stays.get(key) ?? { key, reservation: null, tickets: [] };
    stay.tickets.push(ticket);
    stays.set(key, stay);
  }
  return [...stays.values()];
}

/** A stay date in the guest's language, as the suggestion panel writes it ("20 November 2026"). */
function longDate(isoDate: string | null, language: Language): string | null {
  if (!isoDate) return null;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export interface ThankYouInput {
  nowMs: number;
  timeZone: string;
  hotelName: string;
  agentName: string;
  /** The hotel's language for guests whose own is unknown or has no template. */
  hotelLanguage: Language;
  reservations: readonly ReservationFacts[];
  /** Newest first. */
  tickets: readonly TicketFacts[];
  templates: readonly ReplyTemplate[];
  sent: ReadonlySet<string>;
}

export function thankYouDueItems(input: ThankYouInput): ThankYouDueItem[] {
  const items: ThankYouDueItem[] = [];
  for (const stay of staysOf(input.reservations, input.tickets)) {
    const latest = stay.tickets[0] ?? null;
    const checkOut = stay.reservation?.departure ?? stay.tickets.find((t) => t.checkOut)?.checkOut ?? null;
    if (!checkOut || input.sent.has(stay.key) || !thankYouDue(checkOut, input.nowMs, input.timeZone))
      continue;
    const wroteOn = stay.tickets.find((t) => !UNWRITABLE.has(t.channel) && !t.isPublic) ?? null;
    const phone = stay.reservation?.phone ?? null;
    const email = stay.reservation?.email ?? null;
    const channel: Channel | null = wroteOn?.channel ?? (phone ? 'whatsapp' : email ? 'email' : null);
    const language =
      stay.tickets.find((t) => t.language)?.language ?? languageOfPhone(phone) ?? input.hotelLanguage;
    const guestName = stay.reservation?.guestName ?? latest?.guestName ?? null;
    const checkIn = stay.reservation?.arrival ?? stay.tickets.find((t) => t.checkIn)?.checkIn ?? null;
    const template = postStayTemplate(input.templates, language, input.hotelLanguage);
    items.push({
      stayKey: stay.key,
      guestName,
      reservationNumber: stay.reservation?.reservationNumber ?? latest?.reservationNumber ?? null,
      checkIn,
      checkOut,
      language,
      channel,
      conversationId: wroteOn?.conversationId ?? null,
      conversationUrl: wroteOn?.conversationUrl ?? null,
      contact: wroteOn ? null : channel === 'whatsapp' ? phone : channel === 'email' ? email : null,
      recordNumber: wroteOn?.recordNumber ?? null,
      template: template && {
        id: template.id,
        language: template.language,
        text: renderTemplate(template, {
          guest_name: guestName,
          hotel_name: input.hotelName,
          agent_name: input.agentName,
          record_number: wroteOn?.recordNumber ?? null,
          check_in: longDate(checkIn, template.language),
          check_out: longDate(checkOut, template.language),
        }).text,
      },
    });
  }
  return items.sort((a, b) => a.checkOut.localeCompare(b.checkOut) || a.stayKey.localeCompare(b.stayKey));
}

function postStayTemplate(
  templates: readonly ReplyTemplate[],
  language: Language,
  hotelLanguage: Language,
): ReplyTemplate | null {
  const thanks = templates.filter((t) => t.kind === 'post_stay_thanks');
  return (
    thanks.find((t) => t.language === language) ??
    thanks.find((t) => t.language === hotelLanguage) ??
    thanks.find((t) => t.language === 'en') ??
    null
  );
}
