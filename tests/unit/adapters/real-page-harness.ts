// Runs a platform adapter over a real page capture (../shared/real-pages/<platform>/) and compares
// what it reads with the capture's expect.json, written from the markup alone. Used by the unit
// tests (every field must match) and by the adapter-recall bench (scored apart from our fixtures).
//
//   listRealPages()            every page of every expect.json, with its platform folder
//   readRealPage(page, adapter) loads the capture at its URL with `now` pinned, reads it twice
//                              (ids must be stable) and returns found / missing / phantom / wrong
//
// Matching is by the DOM: an adapter read belongs to the expected message whose truth element
// (the page's `truthSelector`, in document order) is, contains or is inside the element it read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { z } from 'zod';
import type { ExtractedMessage, PlatformAdapter } from '../../../content-scripts/platform-adapter.ts';

/** Beside the repository, in a session's tree and in CI's clone alike. */
export const REAL_PAGES_DIR = resolve(import.meta.dirname, '../../../../shared/real-pages');

const OneOrMany = z
  .union([z.string(), z.array(z.string())])
  .nullable()
  .optional();
const ExpectedMessage = z.object({
  id: OneOrMany,
  conversationId: OneOrMany,
  direction: z.enum(['inbound', 'outbound']).nullable().optional(),
  sender: z.string().nullable().optional(),
  senderHandle: z.string().nullable().optional(),
  sentAt: z.string().nullable().optional(),
  text: z.string().nullable().optional(),
  textLines: z.string().nullable().optional(),
  kind: z.string().nullable().optional(),
});
export type ExpectedRealMessage = z.infer<typeof ExpectedMessage>;

const RealPage = z.object({
  file: z.string(),
  adapter: z.string(),
  url: z.string(),
  now: z.string(),
  truthSelector: z.string(),
  messages: z.array(ExpectedMessage),
});
export type RealPage = z.infer<typeof RealPage> & { platform: string; path: string };

const ExpectFile = z.object({ pages: z.array(RealPage) });

export function listRealPages(): RealPage[] {
  if (!existsSync(REAL_PAGES_DIR)) return [];
  return readdirSync(REAL_PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(resolve(REAL_PAGES_DIR, entry.name, 'expect.json')))
    .flatMap((entry) => {
      const file = ExpectFile.parse(
        JSON.parse(readFileSync(resolve(REAL_PAGES_DIR, entry.name, 'expect.json'), 'utf8')),
      );
      return file.pages.map((page) => ({
        ...page,
        platform: entry.name,
        path: resolve(REAL_PAGES_DIR, entry.name, page.file),
      }));
    });
}

export interface FieldMiss {
  /** Index of the expected message in expect.json. */
  message: number;
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface RealPageResult {
  expected: number;
  found: number;
  /** Indexes of expected messages the adapter did not read. */
  missing: number[];
  /** Reads that belong to no expected message (their text, for the test's message only). */
  phantoms: string[];
  /** Expected messages read more than once. */
  doubles: number[];
  /** Ids that changed between two reads of the same page. */
  unstableIds: number;
  misses: FieldMiss[];
  scored: number;
}

interface PageWindow {
  document: Document;
  location: Location;
  navigator: Navigator;
  happyDOM: { close(): Promise<void> };
}

function openCapture(page: RealPage): PageWindow {
  const window = new Window({ url: page.url }) as unknown as PageWindow;
  const html = readFileSync(page.path, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  window.document.write(html);
  return window;
}

interface Read {
  element: Element;
  message: ExtractedMessage;
}

function readAll(window: PageWindow, adapter: PlatformAdapter, now: Date): Read[] {
  const reads: Read[] = [];
  for (const element of window.document.querySelectorAll(adapter.messageSelector)) {
    const message = adapter.readMessage(element, {
      document: window.document,
      location: window.location,
      now,
    });
    if (message) reads.push({ element, message });
  }
  return reads;
}

/** "2026-08-26T00:33": the page-local wall clock of an ISO instant, in this process's zone. */
export function localMinute(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const oneOf = (expected: string | string[], actual: string | undefined) =>
  (Array.isArray(expected) ? expected : [expected]).includes(actual ?? '');

export async function readRealPage(page: RealPage, adapter: PlatformAdapter): Promise<RealPageResult> {
  const now = new Date(page.now);
  const first = openCapture(page);
  const second = openCapture(page);
  try {
    const truths = [...first.document.querySelectorAll(page.truthSelector)];
    const reads = readAll(first, adapter, now);
    const again = readAll(second, adapter, now).map((r) => r.message.platformMessageId);
    const result: RealPageResult = {
      expected: page.messages.length,
      found: 0,
      missing: [],
      phantoms: [],
      doubles: [],
      unstableIds: reads.filter((r, i) => again[i] !== r.message.platformMessageId).length,
      misses: [],
      scored: 0,
    };
    const owner = (element: Element) =>
      truths.findIndex((truth) => truth === element || truth.contains(element) || element.contains(truth));
    const byTruth = new Map<number, ExtractedMessage[]>();
    for (const read of reads) {
      const index = owner(read.element);
      if (index < 0 || index >= page.messages.length) result.phantoms.push(read.message.text.slice(0, 60));
      else byTruth.set(index, [...(byTruth.get(index) ?? []), read.message]);
    }
    page.messages.forEach((expected, index) => {
      const found = byTruth.get(index);
      if (!found) return result.missing.push(index);
      result.found += 1;
      if (found.length > 1) result.doubles.push(index);
      compare(index, expected, found[0]!, result);
    });
    return result;
  } finally {
    await first.happyDOM.close();
    await second.happyDOM.close();
  }
}

function compare(
  index: number,
  expected: ExpectedRealMessage,
  actual: ExtractedMessage,
  result: RealPageResult,
) {
  const check = (field: string, want: unknown, got: unknown, ok: boolean) => {
    result.scored += 1;
    if (!ok) result.misses.push({ message: index, field, expected: want, actual: got });
  };
  if (expected.id)
    check('id', expected.id, actual.platformMessageId, oneOf(expected.id, actual.platformMessageId));
  if (expected.conversationId) {
    check(
      'conversationId',
      expected.conversationId,
      actual.conversationId,
      oneOf(expected.conversationId, actual.conversationId),
    );
  }
  if (expected.direction)
    check('direction', expected.direction, actual.direction, expected.direction === actual.direction);
  if (expected.sender)
    check('sender', expected.sender, actual.senderName, expected.sender === actual.senderName);
  if (expected.senderHandle) {
    check(
      'senderHandle',
      expected.senderHandle,
      actual.senderHandle,
      expected.senderHandle === actual.senderHandle,
    );
  }
  if (expected.sentAt) {
    const got = localMinute(actual.sentAt);
    check('sentAt', expected.sentAt, got, expected.sentAt === got);
  }
  if (expected.text != null) {
    check('text', expected.text, actual.text, collapse(expected.text) === collapse(actual.text));
  }
  if (expected.textLines != null) {
    check('textLines', expected.textLines, actual.text, expected.textLines.trim() === actual.text.trim());
  }
  if (expected.kind)
    check('kind', expected.kind, actual.kind ?? 'text', expected.kind === (actual.kind ?? 'text'));
}
