// Facts about the open chat that no single message shows, gathered once per scan of its panel
// (a panel is re-read per message; scanning it each time would make a long chat quadratic):
// whether it is a group (author lines appear only there), and the names the user's own messages
// carry in data-pre-plain-text, learnt from messages whose language-free signals agree, so a
// later message of the same run without a tick or tail is still known as the user's own.
import { anyOf } from '../selector-chain.ts';
import { parseDataId } from './whatsapp-data-id.ts';
import { structuralVotes } from './whatsapp-direction.ts';
import { readPrePlainStamp } from './whatsapp-pre-plain-text.ts';
import type { WhatsappSelectors } from './whatsapp-selectors.ts';

export interface ChatFacts {
  hasAuthors: boolean;
  ownNames: ReadonlySet<string>;
}

interface Cached extends ChatFacts {
  chat: string;
  scan: number;
}

const cache = new WeakMap<Element, Cached>();
const NONE: ChatFacts = { hasAuthors: false, ownNames: new Set() };

export function chatFactsOf(panel: Element | null, chat: string, s: WhatsappSelectors, now: Date): ChatFacts {
  if (!panel) return NONE;
  const known = cache.get(panel);
  if (known && known.chat === chat && known.scan === now.getTime()) return known;
  const facts: Cached = { ...gather(panel, s), chat, scan: now.getTime() };
  cache.set(panel, facts);
  return facts;
}

function gather(panel: Element, s: WhatsappSelectors): ChatFacts {
  const own = new Set<string>();
  const others = new Set<string>();
  for (const message of panel.querySelectorAll(`[${s.attributes.messageId}]`)) {
    const id = parseDataId(message.getAttribute(s.attributes.messageId));
    const stamp = message.querySelector(anyOf(s.prePlainText))?.getAttribute(s.attributes.prePlainText);
    const sender = stamp ? readPrePlainStamp(stamp)?.sender : undefined;
    if (!id || !sender) continue;
    const votes = structuralVotes(message, id, s);
    if (votes.length === 0) continue;
    (votes.every((vote) => vote === 'outbound') ? own : others).add(sender);
  }
  for (const name of others) own.delete(name);
  return { hasAuthors: panel.querySelector(anyOf(s.author)) !== null, ownNames: own };
}
