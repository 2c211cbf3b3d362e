// One Expedia message can be read twice: from the page's DOM and from its JSON. Both reads must
// name it alike or it is logged twice. The JSON always has `messageId`; the DOM may not show it.
// So: when the page's DOM shows message ids, both reads use them; when it does not, both derive
// one from what both can see of a message (its conversation, its minute, its text, and its place
// among identical messages), never from anything that changes between reloads.
import { contentHash } from '../adapter-kit/content-hash.ts';
import { anyOf } from '../selector-chain.ts';
import { firstAttribute } from '../adapter-kit/selector-lists.ts';
import type { ExpediaSelectors } from './expedia-selectors.ts';

export type ExpediaIdSource = 'platform' | 'derived';

/**
 * Whether this page's DOM shows message ids. A page with no messages rendered (or markup Konuk
 * cannot find) leaves the JSON as the only reader: its own ids then.
 */
export function expediaIdSource(document: Document | undefined, pack: ExpediaSelectors): ExpediaIdSource {
  const rendered = document ? Array.from(document.querySelectorAll(anyOf(pack.message))) : [];
  if (rendered.length === 0) return 'platform';
  return rendered.some((element) => firstAttribute(element, pack.messageIdAttributes) !== undefined)
    ? 'platform'
    : 'derived';
}

/** What both reads agree on: the minute (pages print minutes, the JSON has milliseconds), text without layout. */
export function expediaMessageIdentity(sentAt: Date | null, text: string): string {
  const minute = sentAt ? new Date(Math.floor(sentAt.getTime() / 60_000) * 60_000).toISOString() : '';
  return `${minute}\u0000${text.replace(/\s+/g, ' ').trim()}`;
}

/** `ordinal`: how many messages before it in the conversation have the same identity. */
export function derivedExpediaId(conversationId: string, identity: string, ordinal: number): string {
  return `derived:${contentHash([conversationId, identity, String(ordinal)])}`;
}

/** For each identity in order, how many equal ones came before it. */
export function ordinals(identities: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return identities.map((identity) => {
    const count = seen.get(identity) ?? 0;
    seen.set(identity, count + 1);
    return count;
  });
}
