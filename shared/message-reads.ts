// One message, many reads. A page can show the same message without a platform id (a collapsed
// Gmail message, a list preview, a JSON record) and later with one (expanded, rendered), so the
// two reads carry different keys. This is the one rule, for every platform, by which the API (and
// the extension's local store) knows two reads are one message, so it is stored and counted once:
//   - same channel, conversation and direction;
//   - exactly one of them has a derived id (two platform ids are two messages by definition; two
//     derived ids that differ are the adapter saying they are two messages, e.g. "ok" twice);
//   - sent within SAME_MESSAGE_WINDOW_MS of each other (pages print minutes; a read seen within
//     its minute is dated by the moment it was seen);
//   - one text is the other's beginning once whitespace, case and a trailing ellipsis are
//     ignored (a collapsed read may show only a snippet), and no sender handle disagrees.
import type { CapturedMessage } from './message.ts';

export const DERIVED_ID_PREFIX = 'derived:';
export const SAME_MESSAGE_WINDOW_MS = 90_000;
/** A snippet shorter than this proves nothing about the rest of a longer text. */
const MIN_PREFIX_CHARS = 12;

export type MessageRead = Pick<
  CapturedMessage,
  'channel' | 'conversationId' | 'platformMessageId' | 'direction' | 'sentAt' | 'text' | 'senderHandle'
>;

export function isDerivedId(platformMessageId: string): boolean {
  return platformMessageId.startsWith(DERIVED_ID_PREFIX);
}

export function comparableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(?:\u2026|\.\.\.)\s*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('en');
}

function textsAgree(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long) return true;
  return short.length >= MIN_PREFIX_CHARS && long.startsWith(short);
}

export function sameMessage(a: MessageRead, b: MessageRead): boolean {
  if (a.channel !== b.channel || a.conversationId !== b.conversationId || a.direction !== b.direction) {
    return false;
  }
  if (isDerivedId(a.platformMessageId) === isDerivedId(b.platformMessageId)) return false;
  if (Math.abs(Date.parse(a.sentAt) - Date.parse(b.sentAt)) > SAME_MESSAGE_WINDOW_MS) return false;
  if (a.senderHandle && b.senderHandle && a.senderHandle.toLowerCase() !== b.senderHandle.toLowerCase()) {
    return false;
  }
  return textsAgree(comparableText(a.text), comparableText(b.text));
}
