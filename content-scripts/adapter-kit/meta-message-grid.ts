// Instagram Direct, Messenger and the Meta Business Suite inbox share one message grid:
// grid > row > gridcell, a sender heading only on the first message of a run, and times as
// separator rows. This module reads one message cell of that grid; each platform brings its own
// selector pack and says how to find the conversation.
import { z } from 'zod';
import { SelectorList, type ExtractedMessage, type ReadEnvironment } from '../platform-adapter.ts';
import type { Channel } from '../../shared/taxonomy.ts';
import type { Direction } from '../../shared/message.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS } from '../../shared/limits.ts';
import { closestChain, queryChain } from '../selector-chain.ts';
import { plainText } from '../plain-text.ts';
import { toIsoWithOffset } from '../page-time.ts';
import { firstAttribute, matchesChain, queryAllChain } from './selector-lists.ts';
import { parsePageTime } from './printed-date.ts';
import { contentHash } from './content-hash.ts';

/** Optional selector lists may be empty: the signal is then simply not read. */
const OptionalSelectorList = z.array(z.string().min(1));

export const MetaGridSelectors = z.object({
  /** The open conversation's message grid. */
  grid: SelectorList,
  /** Its title attribute, e.g. aria-label "Messages in conversation with Ana", minus these prefixes. */
  gridTitleAttribute: z.string().min(1),
  gridTitlePrefixes: z.array(z.string()),
  row: SelectorList,
  /** One message: the element the capture controller reads. */
  messageCell: SelectorList,
  /** Inside a cell: the element whose attribute holds the platform's message id. */
  messageId: OptionalSelectorList,
  messageIdAttributes: z.array(z.string().min(1)),
  /** The id must start with one of these (Instagram's "mid.$"), so a generated DOM id is never taken. */
  messageIdPrefixes: z.array(z.string()),
  senderHeading: SelectorList,
  /** Heading texts that mean "sent by this account" (localised). */
  outboundHeadings: z.array(z.string().min(1)).min(1),
  /** Inside a cell: the message text blocks. */
  text: SelectorList,
  /** Inside a cell: a per-message time element and the attributes that hold its time. */
  messageTime: OptionalSelectorList,
  messageTimeAttributes: z.array(z.string().min(1)),
  /** A separator row printing a date/time ("Today 10:15"). Unmarked text rows are tried too. */
  dateBreak: OptionalSelectorList,
  /** A link to the other person's profile: present only next to their messages. */
  profileLink: OptionalSelectorList,
});
export type MetaGridSelectors = z.infer<typeof MetaGridSelectors>;

export interface GridConversation {
  channel: Channel;
  conversationId: string;
  conversationUrl?: string;
  /** Turns a profile link's href path into a handle ("/ana.guest/" -> "@ana.guest"). */
  handleFromPath(path: string): string | undefined;
}

const clip = (text: string | undefined, max: number) => (text ? text.slice(0, max) : undefined);

export function findGrid(document: Document, pack: MetaGridSelectors, env?: ReadEnvironment): Element | null {
  return queryChain(document, pack.grid, 'grid', env);
}

export function gridTitle(grid: Element, pack: MetaGridSelectors): string | undefined {
  const label = grid.getAttribute(pack.gridTitleAttribute)?.trim();
  if (!label) return undefined;
  const prefix = pack.gridTitlePrefixes.find((p) => label.startsWith(p));
  return (prefix ? label.slice(prefix.length) : label).trim() || undefined;
}

function headingIn(row: Element, pack: MetaGridSelectors): string | undefined {
  const heading = queryChain(row, pack.senderHeading, 'senderHeading');
  return heading ? plainText(heading) || undefined : undefined;
}

function isOutboundHeading(heading: string, pack: MetaGridSelectors): boolean {
  const lower = heading.toLocaleLowerCase();
  return pack.outboundHeadings.some((h) => h.toLocaleLowerCase() === lower);
}

/** A row without a message that prints a time: the separator Meta puts between runs. */
function timeBreak(row: Element, pack: MetaGridSelectors, now: Date): string | undefined {
  const marked =
    pack.dateBreak.length === 0
      ? null
      : matchesChain(row, pack.dateBreak)
        ? row
        : queryChain(row, pack.dateBreak, 'dateBreak');
  const text = plainText(marked ?? row);
  // Only a separator that really is a time counts; anything else is a notice row.
  return text && parsePageTime(text, now) ? text : undefined;
}

function messageText(cell: Element, pack: MetaGridSelectors): string {
  const blocks = queryAllChain(cell, pack.text).filter(
    (block) => !closestChain(block, pack.senderHeading, ''),
  );
  const outermost = blocks.filter(
    (block) => !blocks.some((other) => other !== block && other.contains(block)),
  );
  return outermost
    .map((block) => plainText(block))
    .filter(Boolean)
    .join('\n');
}

function platformId(cell: Element, pack: MetaGridSelectors, env: ReadEnvironment): string | undefined {
  const carrier = pack.messageId.length > 0 ? queryChain(cell, pack.messageId, 'messageId', env) : null;
  const id = carrier ? firstAttribute(carrier, pack.messageIdAttributes) : undefined;
  if (!id) return undefined;
  return pack.messageIdPrefixes.length === 0 || pack.messageIdPrefixes.some((p) => id.startsWith(p))
    ? id
    : undefined;
}

function ownTimeText(cell: Element, pack: MetaGridSelectors): string | undefined {
  const carrier = pack.messageTime.length > 0 ? queryChain(cell, pack.messageTime, 'messageTime') : null;
  return carrier ? firstAttribute(carrier, pack.messageTimeAttributes) : undefined;
}

/**
 * The printed time as part of a derived id: resolved to a moment, so "Today 10:15" and the next
 * day's "Yesterday 10:15" give the same id.
 */
function timeKey(printed: string | undefined, now: Date): string {
  return parsePageTime(printed, now)?.toISOString() ?? printed ?? '';
}

interface RunContext {
  /** The latest sender heading at or above the cell: headings only open a run. */
  heading?: string;
  /** The latest time separator above the cell. */
  breakText?: string;
  /** How many earlier cells carry the same printed time and text (told apart by order). */
  ordinal: number;
}

function runContext(
  rows: Element[],
  index: number,
  cell: Element,
  pack: MetaGridSelectors,
  now: Date,
  withOrdinal: boolean,
): RunContext {
  let heading: string | undefined;
  let breakText: string | undefined;
  const seen = new Map<string, number>();
  const identity = (c: Element) =>
    `${timeKey(ownTimeText(c, pack) ?? breakText, now)}\u0000${messageText(c, pack)}`;
  for (let i = 0; i <= index; i++) {
    const row = rows[i]!;
    const cells = queryAllChain(row, pack.messageCell);
    if (cells.length === 0) {
      breakText = timeBreak(row, pack, now) ?? breakText;
      continue;
    }
    heading = headingIn(row, pack) ?? heading;
    for (const other of cells) {
      if (other === cell) {
        return { heading, breakText, ordinal: withOrdinal ? (seen.get(identity(cell)) ?? 0) : 0 };
      }
      if (withOrdinal) seen.set(identity(other), (seen.get(identity(other)) ?? 0) + 1);
    }
  }
  return { heading, breakText, ordinal: 0 };
}

function handleOf(link: Element | null, conversation: GridConversation): string | undefined {
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  try {
    return conversation.handleFromPath(new URL(href, 'https://profile.invalid').pathname);
  } catch {
    return undefined;
  }
}

export function readGridMessage(
  cell: Element,
  env: ReadEnvironment,
  pack: MetaGridSelectors,
  conversation: GridConversation,
): ExtractedMessage | null {
  const grid = closestChain(cell, pack.grid, 'grid', env);
  const row = closestChain(cell, pack.row, 'row', env);
  if (!grid || !row) return null;
  const rows = queryAllChain(grid, pack.row);
  const index = rows.indexOf(row);
  if (index < 0) return null;

  const cellSelector = pack.messageCell.findIndex((selector) => cell.matches(selector));
  if (cellSelector > 0) env.reportFallback?.(`messageCell[${cellSelector}]`);

  const text = messageText(cell, pack);
  const id = platformId(cell, pack, env);
  if (!text && !id) return null; // still rendering, or not a message

  const context = runContext(rows, index, cell, pack, env.now, !id);
  const ownProfileLink =
    pack.profileLink.length > 0 ? queryChain(row, pack.profileLink, 'profileLink', env) : null;
  const headingSaysOutbound = context.heading !== undefined && isOutboundHeading(context.heading, pack);
  // Signals disagree (an outbound heading but the guest's avatar) or are missing: inbound.
  const direction: Direction = headingSaysOutbound && !ownProfileLink ? 'outbound' : 'inbound';

  const ownTime = ownTimeText(cell, pack);
  const sentAt = parsePageTime(ownTime, env.now) ?? parsePageTime(context.breakText, env.now) ?? env.now;

  const title = gridTitle(grid, pack);
  const anyProfileLink =
    pack.profileLink.length > 0 ? queryChain(grid, pack.profileLink, 'profileLink') : null;
  const inboundName = context.heading && !headingSaysOutbound ? context.heading : title;

  // No id on the page: the conversation, the printed time and the text identify a message.
  const platformMessageId =
    id ??
    `derived:${contentHash([conversation.conversationId, timeKey(ownTime ?? context.breakText, env.now), text, String(context.ordinal)])}`;

  return {
    channel: conversation.channel,
    conversationId: conversation.conversationId,
    platformMessageId,
    direction,
    senderName: direction === 'inbound' ? clip(inboundName, MAX_NAME_CHARS) : undefined,
    senderHandle:
      direction === 'inbound'
        ? clip(handleOf(ownProfileLink ?? anyProfileLink, conversation), MAX_NAME_CHARS)
        : undefined,
    sentAt: toIsoWithOffset(sentAt),
    text: text.slice(0, MAX_TEXT_CHARS),
    conversationTitle: clip(title, MAX_NAME_CHARS),
    conversationUrl: conversation.conversationUrl,
  };
}
