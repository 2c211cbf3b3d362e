// Detection recall and field accuracy of every platform adapter on every dated fixture page, in
// happy-dom. The ground truth is adapter-recall-expected.json, written from the fixtures' own
// markup: per conversation, a CSS selector for the elements the page renders as guest or staff
// messages and what each of them says (direction, sender, time, text, ids, reservation facts).
// Adapter reads are matched to those elements by position in the DOM, never by their content.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import type {
  ExtractedMessage,
  PlatformAdapter,
  ReadEnvironment,
} from '../content-scripts/platform-adapter.ts';
import { PLATFORMS } from '../content-scripts/platforms.ts';
import {
  Expected,
  instant,
  type ExpectedConversation,
  type ExpectedPage,
} from './adapter-recall-expected.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Every registered platform's adapter with its built-in selectors, by id. */
const ADAPTERS: Record<string, PlatformAdapter> = {};
const FIELDS = ['direction', 'sender', 'time', 'text', 'ids', 'reservation'] as const;
type Field = (typeof FIELDS)[number];

interface Tally {
  messages: number;
  detected: number;
  falsePositives: number;
  duplicates: number;
  fallbacks: number;
  fields: Record<Field, { correct: number; scored: number }>;
  /** Which field of which message was wrong: ids and field names only, never guest text. */
  misses: string[];
}

function newTally(): Tally {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, scored: 0 }])) as Tally['fields'];
  return { messages: 0, detected: 0, falsePositives: 0, duplicates: 0, fallbacks: 0, fields, misses: [] };
}

interface FixtureWindow {
  document: Document;
  location: Location;
  Node: typeof Node;
  konukFixture: { openConversation(id: string): void };
  eval(code: string): unknown;
  happyDOM: { close(): Promise<void> };
}

/** Loads a fixture page with its driver script, which happy-dom's own loader would run script by script. */
function loadPage(page: ExpectedPage): FixtureWindow {
  const window = new Window({
    url: page.url,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  }) as unknown as FixtureWindow;
  const scripts: string[] = [];
  const html = readFileSync(resolve(ROOT, 'tests/fixtures', page.fixture), 'utf8').replace(
    /<script>([\s\S]*?)<\/script>/g,
    (_tag, code: string) => {
      scripts.push(code);
      return '';
    },
  );
  window.document.write(html);
  window.eval(`(() => {\n${scripts.join('\n')}\n})()`);
  return window;
}

interface Read {
  message: ExtractedMessage;
  truthIndex: number;
}

/** Reads the open conversation and pairs each read with the fixture's message element it came from. */
function readConversation(
  adapter: PlatformAdapter,
  window: FixtureWindow,
  conversation: ExpectedConversation,
  selector: string,
  env: ReadEnvironment,
  tally: Tally,
): Map<number, ExtractedMessage> {
  const truth = conversation.publicComment ? [] : [...window.document.querySelectorAll(selector)];
  if (truth.length !== conversation.messages.length) {
    throw new Error(
      `adapter-recall-expected.json is out of date: ${conversation.id} shows ${truth.length} messages, ` +
        `the file lists ${conversation.messages.length}`,
    );
  }
  const reads: Read[] = [];
  for (const element of window.document.querySelectorAll(adapter.messageSelector)) {
    const message = adapter.readMessage(element, env);
    if (!message) continue;
    const truthIndex = truth.findIndex((t) => t === element || t.contains(element) || element.contains(t));
    if (truthIndex < 0) tally.falsePositives += 1;
    else reads.push({ message, truthIndex });
  }
  const byTruth = new Map<number, ExtractedMessage>();
  for (const read of reads) {
    if (byTruth.has(read.truthIndex)) tally.duplicates += 1;
    else byTruth.set(read.truthIndex, read.message);
  }
  return byTruth;
}

function score(
  tally: Tally,
  conversation: ExpectedConversation,
  index: number,
  read: ExtractedMessage,
  reread: ExtractedMessage | undefined,
  idsInConversation: string[],
  conversationId: string | undefined,
): void {
  const expected = conversation.messages[index]!;
  const check = (field: Field, ok: boolean) => {
    tally.fields[field].scored += 1;
    if (ok) tally.fields[field].correct += 1;
    else
      tally.misses.push(
        `${conversation.id} #${index + 1}${expected.id ? ` (${expected.id})` : ''}: ${field}`,
      );
  };
  check('direction', read.direction === expected.direction);
  if (expected.sender !== undefined) check('sender', read.senderName === expected.sender);
  check(
    'time',
    Math.floor(Date.parse(read.sentAt) / 60_000) === Math.floor(instant(expected.sentAt) / 60_000),
  );
  if (expected.text !== undefined) check('text', read.text === expected.text);
  // The page's own id where it shows one; otherwise unique in the conversation and the same after
  // the agent has been to another conversation and back.
  check(
    'ids',
    read.conversationId === conversationId &&
      (expected.id === undefined || read.platformMessageId === expected.id) &&
      idsInConversation.filter((id) => id === read.platformMessageId).length === 1 &&
      reread?.platformMessageId === read.platformMessageId,
  );
  const reservation = conversation.reservation;
  if (reservation) {
    check(
      'reservation',
      read.reservationNumber === reservation.number &&
        read.stay?.checkIn === reservation.checkIn &&
        read.stay?.checkOut === reservation.checkOut &&
        read.guestName === reservation.guestName,
    );
  }
}

function measurePage(page: ExpectedPage, now: Date, tally: Tally): void {
  const adapter = ADAPTERS[page.adapter];
  if (!adapter) throw new Error(`no adapter ${page.adapter}`);
  const window = loadPage(page);
  // Booking's reader compares document positions through the global Node, as in a browser.
  const globals = globalThis as { Node?: typeof Node };
  const previousNode = globals.Node;
  globals.Node = window.Node;
  try {
    const env: ReadEnvironment = {
      document: window.document,
      location: window.location,
      now,
      reportFallback: () => (tally.fallbacks += 1),
    };
    const read = (conversation: ExpectedConversation, into: Tally) => {
      window.konukFixture.openConversation(conversation.id);
      return readConversation(adapter, window, conversation, page.messageElements, env, into);
    };
    const first = page.conversations.map((conversation) => read(conversation, tally));
    const again = page.conversations.map((conversation) => read(conversation, newTally()));
    // Where the page does not show the conversation's id, the adapter's must be one per conversation.
    const ownIds = first.map((reads) => new Set([...reads.values()].map((m) => m.conversationId)));
    page.conversations.forEach((conversation, c) => {
      const reads = first[c]!;
      const [ownId] = ownIds[c]!;
      const oneEach = ownIds[c]!.size === 1 && ownIds.every((other, o) => o === c || !other.has(ownId!));
      const conversationId =
        conversation.pageShowsId === false ? (oneEach ? ownId : undefined) : conversation.id;
      const ids = [...reads.values()].map((m) => m.platformMessageId);
      tally.messages += conversation.messages.length;
      tally.detected += reads.size;
      for (const [index, message] of reads) {
        score(tally, conversation, index, message, again[c]!.get(index), ids, conversationId);
      }
    });
  } finally {
    globals.Node = previousNode;
    void window.happyDOM.close();
  }
}

const percent = (correct: number, of: number) => (of === 0 ? null : Math.round((correct / of) * 1000) / 10);

export async function run(): Promise<void> {
  for (const platform of PLATFORMS) ADAPTERS[platform.id] = (await platform.loadAdapter())();
  const expected = Expected.parse(
    JSON.parse(readFileSync(resolve(import.meta.dirname, 'adapter-recall-expected.json'), 'utf8')),
  );
  const now = new Date(instant(expected.now));
  const perAdapter = new Map<string, { pages: string[]; tally: Tally }>();
  for (const page of expected.pages) {
    const entry = perAdapter.get(page.adapter) ?? { pages: [], tally: newTally() };
    perAdapter.set(page.adapter, entry);
    entry.pages.push(page.fixture);
    measurePage(page, now, entry.tally);
  }

  const adapters = [...perAdapter].map(([id, { pages, tally }]) => ({
    adapter: id,
    fixtures: pages,
    messages: tally.messages,
    detected: tally.detected,
    recallPercent: percent(tally.detected, tally.messages),
    falsePositives: tally.falsePositives,
    duplicates: tally.duplicates,
    fallbacksFired: tally.fallbacks,
    fieldAccuracyPercent: Object.fromEntries(
      FIELDS.map((f) => [f, percent(tally.fields[f].correct, tally.fields[f].scored)]),
    ),
    fieldsScored: Object.fromEntries(FIELDS.map((f) => [f, tally.fields[f].scored])),
    misses: tally.misses,
  }));

  const cell = (value: number | null) => (value === null ? '—' : `${value}%`).padStart(7);
  console.log(
    `${'adapter'.padEnd(15)}${'msgs'.padStart(5)}${'recall'.padStart(8)}${'false+'.padStart(7)}${'fallbk'.padStart(7)}` +
      FIELDS.map((f) => f.padStart(12)).join(''),
  );
  for (const a of adapters) {
    console.log(
      `${a.adapter.padEnd(15)}${String(a.messages).padStart(5)}${cell(a.recallPercent).padStart(8)}` +
        `${String(a.falsePositives + a.duplicates).padStart(7)}${String(a.fallbacksFired).padStart(7)}` +
        FIELDS.map((f) =>
          `${cell(a.fieldAccuracyPercent[f] ?? null)} (${a.fieldsScored[f]})`.padStart(12),
        ).join(''),
    );
  }
  for (const a of adapters) for (const miss of a.misses) console.log(`  ${a.adapter}: ${miss}`);

  const result = {
    bench: 'adapter-recall',
    description:
      'per adapter, over every dated fixture page and each of its conversations in happy-dom: message elements ' +
      'read / message elements the fixture shows, and per-field accuracy of what was read against ' +
      'bench/adapter-recall-expected.json (time to the minute; ids = platform id where shown, else unique and ' +
      'stable after visiting another conversation)',
    now: expected.now,
    adapters,
    measuredAt: new Date().toISOString(),
  };
  mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(
    resolve(import.meta.dirname, 'results/adapter-recall.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  );
}
