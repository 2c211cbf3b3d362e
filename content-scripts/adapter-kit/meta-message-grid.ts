// Instagram Direct and Messenger's older layout share one message grid: grid > row > gridcell,
// a sender heading only on the first message of a run, and times as separator rows. This module
// reads one message cell of that grid; each platform brings its own selector pack and says how to
// find the conversation. Messenger's 2026 log and the Business Suite list are ./meta-message-list.ts.
import type { ExtractedMessage, ReadEnvironment } from '../platform-adapter.ts';
import type { Direction } from '../../shared/message.ts';
import { closestChain, queryChain } from '../selector-chain.ts';
import { plainText } from '../plain-text.ts';
import { toIsoWithOffset } from '../page-time.ts';
import { firstAttribute, matchesChain, queryAllChain } from './selector-lists.ts';
import { parsePageTime } from './printed-date.ts';
import { headingMeaning, isContextLabel, type HeadingMeaning } from './meta-headings.ts';
import type { MetaGridSelectors } from './meta-selectors.ts';
import {
  derivedId,
  finishMessage,
  handleOf,
  holdsConversationLink,
  inChatList,
  insideAny,
  isActionCell,
  messageBody,
  textBlocks,
  type MetaConversation,
} from './meta-message-parts.ts';

function isChatListGrid(grid: Element, pack: MetaGridSelectors): boolean {
  return inChatList(grid, pack);
}

/** The conversation's grid, never the sidebar's chat list even when it is a grid too. */
export function findGrid(document: Document, pack: MetaGridSelectors, env?: ReadEnvironment): Element | null {
  for (const [index, selector] of pack.grid.entries()) {
    const found = Array.from(document.querySelectorAll(selector)).find((g) => !isChatListGrid(g, pack));
    if (found) {
      if (index > 0) env?.reportFallback?.(`grid[${index}]`);
      return found;
    }
  }
  return null;
}

export function gridTitle(grid: Element, pack: MetaGridSelectors): string | undefined {
  const label = grid.getAttribute(pack.gridTitleAttribute)?.trim();
  if (!label) return undefined;
  const prefix = pack.gridTitlePrefixes.find((p) => label.startsWith(p));
  return (prefix ? label.slice(prefix.length) : label).trim() || undefined;
}

function headingIn(row: Element, pack: MetaGridSelectors): HeadingMeaning | undefined {
  const heading = queryChain(row, pack.senderHeading, 'senderHeading');
  if (!heading) return undefined;
  const text = plainText(heading);
  // An empty heading opens a run like a labelled one but names nobody.
  return text ? headingMeaning(text, pack) : { kind: 'neutral' };
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
  const texts = textBlocks(cell, pack)
    .map((block) => plainText(block))
    .filter(Boolean);
  const own = texts.filter((text) => !isContextLabel(text, pack));
  return (own.length > 0 ? own : texts).join('\n');
}

function idCarrier(cell: Element, pack: MetaGridSelectors, env?: ReadEnvironment): Element | null {
  return pack.messageId.length > 0 ? queryChain(cell, pack.messageId, 'messageId', env) : null;
}

function platformId(carrier: Element | null, pack: MetaGridSelectors): string | undefined {
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

/** Who sent a message, once every signal of its row and its run has been weighed. */
interface Sender {
  direction: Direction;
  /** The name a heading gave the run, for inbound messages. */
  name?: string;
}

interface RowSignals {
  heading?: HeadingMeaning;
  profileLink: boolean;
}

/**
 * Several signals, and disagreement means inbound: a heading saying "You" beside the guest's
 * avatar is the guest's. A heading that names nobody ("Edited") still opens a new run; where the
 * page shows the guest's avatar on their messages, a run without it is the account's own. The
 * run above is asked for only when the row itself does not decide.
 */
function resolveSender(
  row: RowSignals,
  run: () => Sender | undefined,
  gridHasProfileLinks: () => boolean,
): Sender {
  const heading = row.heading;
  if (heading?.kind === 'outbound')
    return row.profileLink ? { direction: 'inbound' } : { direction: 'outbound' };
  if (heading?.kind === 'inbound') return { direction: 'inbound', name: heading.name };
  if (row.profileLink) {
    const above = run();
    return { direction: 'inbound', name: above?.direction === 'inbound' ? above.name : undefined };
  }
  if (heading?.kind === 'neutral' && gridHasProfileLinks()) return { direction: 'outbound' };
  return run() ?? { direction: 'inbound' };
}

interface CellContext {
  sender: Sender;
  /** The latest time separator above the cell. */
  breakText?: string;
  /** How many cells directly before this one read exactly like it (told apart by this count). */
  repeat: number;
}

/**
 * Reads the rows above a cell only as far as it needs to: to the heading that opened its run,
 * the nearest time separator, and the identical messages directly before it. A thread of
 * thousands of messages costs each read its run, not the thread.
 */
class GridWalk {
  private readonly cells = new Map<number, Element[]>();
  private readonly senders = new Map<number, Sender>();
  private hasProfileLinks?: boolean;

  constructor(
    private readonly grid: Element,
    private readonly rows: Element[],
    private readonly pack: MetaGridSelectors,
    private readonly now: Date,
    private readonly cellChain: readonly string[],
  ) {}

  /** Whether the guest's avatar shows anywhere in the grid: only asked when a row is undecided. */
  private gridHasProfileLinks(): boolean {
    this.hasProfileLinks ??=
      this.pack.profileLink.length > 0 && queryChain(this.grid, this.pack.profileLink, '') !== null;
    return this.hasProfileLinks;
  }

  cellsOf(index: number): Element[] {
    let found = this.cells.get(index);
    if (!found) {
      found = queryAllChain(this.rows[index]!, this.cellChain).filter((c) => !isActionCell(c, this.pack));
      this.cells.set(index, found);
    }
    return found;
  }

  private signals(index: number): RowSignals {
    const row = this.rows[index]!;
    return {
      heading: headingIn(row, this.pack),
      profileLink: this.pack.profileLink.length > 0 && queryChain(row, this.pack.profileLink, '') !== null,
    };
  }

  /** The sender of the nearest run-opening row above `index`. */
  private runAbove(index: number): Sender | undefined {
    for (let i = index - 1; i >= 0; i--) {
      if (this.cellsOf(i).length > 0 && headingIn(this.rows[i]!, this.pack)) return this.senderAt(i);
    }
    return undefined;
  }

  senderAt(index: number): Sender {
    let sender = this.senders.get(index);
    if (!sender) {
      sender = resolveSender(
        this.signals(index),
        () => this.runAbove(index),
        () => this.gridHasProfileLinks(),
      );
      this.senders.set(index, sender);
    }
    return sender;
  }

  breakAbove(index: number): string | undefined {
    for (let i = index - 1; i >= 0; i--) {
      if (this.cellsOf(i).length > 0) continue;
      const text = timeBreak(this.rows[i]!, this.pack, this.now);
      if (text) return text;
    }
    return undefined;
  }

  /** Identical cells directly before this one, up to the time separator above them. */
  repeatsBefore(index: number, cell: Element, breakText: string | undefined): number {
    const identity = (c: Element) =>
      `${timeKey(ownTimeText(c, this.pack) ?? breakText, this.now)}\u0000${messageText(c, this.pack)}`;
    const own = identity(cell);
    let count = 0;
    for (let i = index; i >= 0; i--) {
      const cells = this.cellsOf(i);
      if (cells.length === 0) {
        if (timeBreak(this.rows[i]!, this.pack, this.now)) return count;
        continue;
      }
      const position = cells.indexOf(cell);
      const before = i === index ? cells.slice(0, position < 0 ? cells.length : position) : cells;
      for (const other of before.reverse()) {
        if (identity(other) !== own) return count;
        count += 1;
      }
    }
    return count;
  }
}

function cellContext(walk: GridWalk, index: number, cell: Element, countRepeats: boolean): CellContext {
  const breakText = walk.breakAbove(index);
  return {
    sender: walk.senderAt(index),
    breakText,
    repeat: countRepeats ? walk.repeatsBefore(index, cell, breakText) : 0,
  };
}

/**
 * The newest cell selector that finds a message in this grid: older ones only stand in for it.
 * Cells that are only hover chrome do not count, or a loose fallback matching just the action
 * cells would hide the messages a looser one still finds.
 */
function cellChainInForce(grid: Element, pack: MetaGridSelectors): { chain: string[]; index: number } | null {
  const index = pack.messageCell.findIndex((selector) => {
    const first = grid.querySelector(selector);
    if (!first) return false;
    return (
      !isActionCell(first, pack) ||
      Array.from(grid.querySelectorAll(selector)).some((c) => !isActionCell(c, pack))
    );
  });
  return index < 0 ? null : { chain: [pack.messageCell[index]!], index };
}

export function readGridMessage(
  cell: Element,
  env: ReadEnvironment,
  pack: MetaGridSelectors,
  conversation: MetaConversation,
): ExtractedMessage | null {
  const grid = closestChain(cell, pack.grid, 'grid', env);
  const row = closestChain(cell, pack.row, 'row', env);
  if (!grid || !row || isChatListGrid(grid, pack) || inChatList(cell, pack)) return null;
  const inForce = cellChainInForce(grid, pack);
  if (!inForce || !matchesChain(cell, inForce.chain) || isActionCell(cell, pack)) return null;
  if (inForce.index > 0) env.reportFallback?.(`messageCell[${inForce.index}]`);
  const rows = queryAllChain(grid, pack.row);
  const index = rows.indexOf(row);
  if (index < 0) return null;

  const carrier = idCarrier(cell, pack, env);
  const id = platformId(carrier, pack);
  const blocks = textBlocks(cell, pack);
  const isText = (element: Element) => blocks.some((block) => block.contains(element));
  if (!id) {
    if (holdsConversationLink(cell, pack, isText)) return null;
    // In a grid whose messages carry ids, a cell without one is page chrome, not a message.
    if (pack.messageIdPrefixes.length > 0 && idCarrier(grid, pack) !== null) return null;
  }
  const body = messageBody(
    messageText(cell, pack),
    carrier ?? cell,
    pack,
    (element) =>
      !isText(element) && !insideAny(element, pack.profileLink) && !insideAny(element, pack.senderHeading),
    carrier,
  );
  if (!body) return null; // still rendering, or not a message

  const walk = new GridWalk(grid, rows, pack, env.now, inForce.chain);
  const context = cellContext(walk, index, cell, !id);
  const ownProfileLink =
    pack.profileLink.length > 0 ? queryChain(row, pack.profileLink, 'profileLink', env) : null;
  const anyProfileLink =
    pack.profileLink.length > 0 ? queryChain(grid, pack.profileLink, 'profileLink') : null;
  const ownTime = ownTimeText(cell, pack);
  const sentAt = parsePageTime(ownTime, env.now) ?? parsePageTime(context.breakText, env.now) ?? env.now;
  const title = gridTitle(grid, pack);

  return finishMessage({
    channel: conversation.channel,
    conversationId: conversation.conversationId,
    // Sender names come from headings runs away, which scroll out of the DOM: not in the id.
    platformMessageId:
      id ??
      derivedId({
        conversationId: conversation.conversationId,
        time: timeKey(ownTime ?? context.breakText, env.now),
        text: body.text,
        repeat: context.repeat,
      }),
    direction: context.sender.direction,
    senderName: context.sender.name ?? title,
    senderHandle: handleOf(ownProfileLink ?? anyProfileLink, conversation),
    sentAt: toIsoWithOffset(sentAt),
    body,
    conversationTitle: title,
    conversationUrl: conversation.conversationUrl,
  });
}
