// What a reply to one guest message is about and what fills it. The labels come from the ticket
// when it has them (an agent's corrections included), otherwise from the extension classifying
// the message (in the background, so the classifier is not in every page's script); the values
// from the ticket, the message and the hotel's profile. Nothing is guessed: a value Konuk does
// not know stays a visible {{variable}} for the agent.
import type { MessageLabels, ReplyTicket } from '../../shared/runtime-messages.ts';
import type { TemplateValues } from '../../shared/templates/render-template.ts';
import type { SuggestionContext } from '../../shared/templates/suggest-templates.ts';
import type { Language } from '../../shared/taxonomy.ts';
import { isPublicContact } from '../../shared/templates/public-contact.ts';
import { thankYouDue } from '../../shared/reservation-contract.ts';

const DEFAULT_TIME_ZONE = 'Europe/Istanbul';
import type { ExtractedMessage } from '../platform-adapter.ts';

export interface ReplyProfile {
  hotelName: string | null;
  agentName: string | null;
}

export interface ReplyMoment {
  /** The panel's clock (ms): whether an interim update is owed yet. */
  now?: number;
  /** The hotel's language for a guest whose language has no template. */
  fallbackLanguage?: Language | null | undefined;
  /** The hotel's time zone: when a guest's check-out day ends (Europe/Istanbul until known). */
  timeZone?: string | null | undefined;
}

/**
 * `classified`: what the background's classifier read in the message, null when it had no words.
 * The moment decides some kinds: public or private, the fix done or not, a complaint overdue.
 */
export function replyContext(
  message: Pick<ExtractedMessage, 'channel'> & {
    conversationUrl?: string | null;
    public?: boolean;
    visibility?: ExtractedMessage['visibility'];
  },
  ticket: ReplyTicket | null,
  classified: MessageLabels | null,
  moment: ReplyMoment = {},
): SuggestionContext {
  const owedFrom = ticket?.interimUpdateOwedFrom ? Date.parse(ticket.interimUpdateOwedFrom) : null;
  return {
    channel: message.channel,
    topic: ticket?.topic ?? classified?.topic ?? null,
    stage: ticket?.stage ?? classified?.stage ?? null,
    language: ticket?.language ?? classified?.language ?? null,
    fallbackLanguage: moment.fallbackLanguage ?? null,
    ...(ticket ? { awaitingFirstReply: ticket.awaitingFirstReply } : {}),
    inPublic: isPublicContact(message),
    resolved: ticket?.status === 'resolved',
    // The message on screen, not the ticket: a resolved ticket's guest asking something new
    // wants an answer, not a goodbye.
    newQuestion: classified?.topic === 'question',
    interimUpdateDue: owedFrom !== null && moment.now !== undefined && moment.now >= owedFrom,
    thankYouDue:
      ticket?.stay != null &&
      moment.now !== undefined &&
      thankYouDue(ticket.stay.checkOut, moment.now, moment.timeZone ?? DEFAULT_TIME_ZONE),
  };
}

export function replyValues(
  message: ExtractedMessage,
  ticket: ReplyTicket | null,
  profile: ReplyProfile,
  recordNumber: string | null,
  language: Language,
): TemplateValues {
  const stay = ticket?.stay ?? message.stay ?? null;
  return {
    guest_name: personName(
      ticket?.guestName,
      message.guestName,
      message.senderName,
      message.conversationTitle,
    ),
    record_number: ticket?.recordNumber ?? recordNumber,
    hotel_name: profile.hotelName,
    agent_name: profile.agentName,
    check_in: stay ? formatDate(stay.checkIn, language) : null,
    check_out: stay ? formatDate(stay.checkOut, language) : null,
  };
}

/** The first candidate that is a name: a phone number or an address is no way to greet a guest. */
function personName(...candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const name = candidate?.trim();
    if (name && /\p{L}/u.test(name) && !name.includes('@')) return name;
  }
  return null;
}

/** A stay date (YYYY-MM-DD) as the guest's language writes it, e.g. "20 November 2026". */
function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
