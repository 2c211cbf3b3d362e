// A stable id for a Gmail message the page shows without one: a collapsed message (div.kv >
// div.adf.ads: thread history, replies sent from a phone, threads opened after several mails
// arrived) carries no message id at all. The id is built from what stays the same when the
// message is later read expanded, with its platform id: the sender's address and the sent time
// to the minute. Two mails from one sender in one minute are told apart by their order in the
// thread (Gmail lists a thread oldest first and appends new mail at the end).
import { contentHash } from '../adapter-kit/content-hash.ts';

export const DERIVED_PREFIX = 'derived:';

/**
 * `sentMinute` is the sent time as an instant to the minute ("2019-12-26T19:53Z"), or the page's
 * own text for it when it cannot be read; `ordinal` counts earlier mails with the same two.
 */
export function gmailDerivedId(sender: string, sentMinute: string, ordinal: number): string {
  const parts = [sender.trim().toLowerCase(), sentMinute];
  return DERIVED_PREFIX + contentHash(ordinal > 0 ? [...parts, String(ordinal)] : parts);
}

/** "2019-12-26T19:53Z" for a date, the minute it falls in, whatever the machine's zone. */
export function instantMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16)}Z`;
}
