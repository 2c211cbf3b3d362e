// Who sent a WhatsApp message: the guest (inbound) or the hotel's own account (outbound).
// Every signal the page gives votes, and any inbound vote wins, because a guest message wrongly
// taken for the hotel's reply would never get a ticket. No signal at all also means inbound.
// Signals: the legacy id's true_/false_ prefix, bubble tails (first message of a run only),
// delivery ticks (own messages only; icons and their read-out status), the old bubble classes,
// a group author line (others' messages only), and the hidden sender label ("You:" in the UI's
// language, or the sender's own name on a guest's message).
import type { Direction } from '../../shared/message.ts';
import { anyOf } from '../selector-chain.ts';
import type { WhatsappDataId } from './whatsapp-data-id.ts';
import type { WhatsappSelectors } from './whatsapp-selectors.ts';

/** The hidden sender prefix ends in a colon ("You:", "Vous :", "你："); a status never does. */
const SENDER_LABEL = /[:：]\s*$/u;

export interface DirectionInput {
  element: Element;
  id: WhatsappDataId;
  /** The sender named in data-pre-plain-text (the user's own name on their own messages). */
  preSender: string | undefined;
  /** Names seen on messages that other signals already placed as the user's own (this chat). */
  ownNames: ReadonlySet<string>;
}

export function readDirection(input: DirectionInput, s: WhatsappSelectors): Direction {
  const votes = structuralVotes(input.element, input.id, s);
  const label = labelVote(input.element, input.preSender, s);
  if (label) votes.push(label);
  if (votes.length === 0 && input.preSender && input.ownNames.has(input.preSender)) votes.push('outbound');
  return votes.length > 0 && votes.every((vote) => vote === 'outbound') ? 'outbound' : 'inbound';
}

/** The votes that do not depend on the UI language. */
export function structuralVotes(element: Element, id: WhatsappDataId, s: WhatsappSelectors): Direction[] {
  const votes: Direction[] = [];
  if (id.form === 'legacy') votes.push(id.fromMe ? 'outbound' : 'inbound');
  if (element.querySelector(anyOf(s.tailIn))) votes.push('inbound');
  if (element.querySelector(anyOf(s.tailOut))) votes.push('outbound');
  if (element.querySelector(anyOf(s.legacyIn))) votes.push('inbound');
  if (element.querySelector(anyOf(s.legacyOut))) votes.push('outbound');
  if (element.querySelector(anyOf(s.author))) votes.push('inbound');
  if (hasTick(element, s)) votes.push('outbound');
  return votes;
}

interface Words {
  iconNames: RegExp[];
  statuses: Set<string>;
  you: Set<string>;
}

/** Compiled once per selector pack: a long chat is read message by message, many times. */
const compiled = new WeakMap<WhatsappSelectors, Words>();

function wordsOf(s: WhatsappSelectors): Words {
  let words = compiled.get(s);
  if (!words) {
    words = {
      iconNames: s.deliveryIcons.names.map((source) => new RegExp(source, 'u')),
      statuses: new Set(s.deliveryLabels.map(normalWord)),
      you: new Set(s.youLabels.map(normalWord)),
    };
    compiled.set(s, words);
  }
  return words;
}

function hasTick(element: Element, s: WhatsappSelectors): boolean {
  if (element.querySelector(anyOf(s.deliveryTicks))) return true;
  const { iconNames: names, statuses } = wordsOf(s);
  for (const title of element.querySelectorAll(anyOf(s.deliveryIcons.titles))) {
    const name = title.textContent?.trim() ?? '';
    if (names.some((pattern) => pattern.test(name))) return true;
  }
  for (const labelled of element.querySelectorAll(`[${s.attributes.label}]`)) {
    const label = labelled.getAttribute(s.attributes.label) ?? '';
    // "Lu:" is a sender label (a guest may be called Lu), not the French status " Lu ".
    if (SENDER_LABEL.test(label) || labelled.closest(anyOf(s.quoted))) continue;
    if (statuses.has(normalWord(label))) return true;
  }
  return false;
}

/**
 * The hidden sender label: a "You" word votes outbound, the sender's own name votes inbound.
 * A label that is both (a guest called "Vi", "Te" or "U" in a chat where WhatsApp names them)
 * is no vote at all.
 */
function labelVote(
  element: Element,
  preSender: string | undefined,
  s: WhatsappSelectors,
): Direction | undefined {
  const { you } = wordsOf(s);
  const sender = preSender ? normalWord(preSender) : undefined;
  for (const span of element.querySelectorAll(anyOf(s.senderLabel))) {
    const raw = span.getAttribute(s.attributes.label) ?? '';
    if (!SENDER_LABEL.test(raw)) continue;
    const word = normalWord(raw);
    if (!word) continue;
    if (word === sender) return you.has(word) ? undefined : 'inbound';
    if (you.has(word)) return 'outbound';
  }
  return undefined;
}

/** "Vous\u202f:" -> "vous": the label without its colon, spacing or case. */
export function normalWord(label: string): string {
  return label
    .replace(/[\s\u00a0\u202f]*[:：][\s\u00a0\u202f]*$/u, '')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim()
    .toLocaleLowerCase();
}
