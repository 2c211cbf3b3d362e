// What a platform must provide so Konuk can capture its messages. The rest of Konuk sees only
// this interface, never a platform's DOM (the InboxSDK driver idea).
import { z } from 'zod';
import type { CapturedMessage } from '../shared/message.ts';
import type { Channel } from '../shared/taxonomy.ts';

/** Selectors are data: a newer pack can replace them without new code (issue 4). */
export const SelectorList = z.array(z.string().min(1)).min(1);

/** A message as an adapter reads it; the capture controller adds `capturedAt` and validates. */
export type ExtractedMessage = Omit<CapturedMessage, 'capturedAt'>;

export interface ReadEnvironment {
  document: Document;
  location: Pick<Location, 'href' | 'hash' | 'pathname' | 'search'>;
  /** The capture time; used as sentAt when the page shows no time. */
  now: Date;
  /** Told when an older fallback selector matched instead of the newest (a name, never page text). */
  reportFallback?: (selectorName: string) => void;
}

export interface ExtraReadEnvironment extends ReadEnvironment {
  /** The content script's fetch: same-origin requests carry the page's own session. */
  fetch: typeof globalThis.fetch;
}

export interface ExtraRead {
  messages: ExtractedMessage[];
  /** What could not be read, by field or status, never page text: reported as capture health. */
  problems: string[];
}

export interface PlatformAdapter {
  id: string;
  channel: Channel;
  /** CSS selector (fallbacks joined with ",") matching one message element each. */
  messageSelector: string;
  /**
   * Reads one message element. Returns null for elements that are not guest/staff messages
   * (date separators, system notices) or cannot be read yet (still rendering). Never throws.
   */
  readMessage(element: Element, env: ReadEnvironment): ExtractedMessage | null;
  /** The element the badge is mounted into (appended as its last child). */
  badgeAnchor(element: Element): Element | null;
  /** The page's own reply box for the open conversation, if any. */
  findComposer(document: Document): HTMLElement | null;
  /** Whether a conversation is visibly open (for capture health: open but nothing read). */
  isConversationOpen(document: Document): boolean;
  /**
   * Optional: reads beyond the DOM (a platform's own same-origin JSON), run with every full scan
   * of the page. Its messages are captured like the DOM's, without a badge; a message read both
   * ways must get the same platformMessageId from both. Never rejects.
   */
  readExtra?(env: ExtraReadEnvironment): Promise<ExtraRead>;
}
