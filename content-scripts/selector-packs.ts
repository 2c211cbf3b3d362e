// A content script reads its page with the newest selector pack the hotel's API serves, when
// there is one and it holds up: the background checked it already, and it is checked here again
// (the adapter's own schema, and the browser's own CSS engine) before an adapter is built from it.
import type { z } from 'zod';
import { browser } from 'wxt/browser';
import {
  SelectorPackPush,
  SelectorPackReply,
  type RemoteSelectorPack,
  type SelectorPackRequest,
} from '../shared/runtime-messages.ts';
import type { PlatformAdapter } from './platform-adapter.ts';
import { selectorPackProblems } from './selector-packs-check.ts';

/** The version reported while the pack compiled into this release is in use. */
export const BUILT_IN_PACK = 'built-in';
/** How long the first scan waits for the background's answer before reading with the built-in pack. */
export const PACK_ANSWER_TIMEOUT_MS = 2_000;
/** A person asked: the background may have to ask the API first. */
const CHECK_TIMEOUT_MS = 20_000;

/** How one platform's adapter is built from a pack: its schema and its factory. */
export interface PackSupport {
  build(selectors: unknown, document: Document): PlatformAdapter | { problem: string };
}

export function packSupport<T>(schema: z.ZodType<T>, create: (pack: T) => PlatformAdapter): PackSupport {
  return {
    build(selectors, document) {
      const parsed = schema.safeParse(selectors);
      if (!parsed.success) return { problem: 'the pack does not fit this adapter' };
      const problems = selectorPackProblems(parsed.data, (selector) => browserCssProblem(document, selector));
      if (problems.length > 0) return { problem: problems.slice(0, 3).join('; ') };
      return create(parsed.data);
    },
  };
}

export interface AdapterChoice {
  adapter: PlatformAdapter;
  version: string;
}

/** The adapter for a pack, or null when the pack cannot be used (the caller keeps what it has). */
export function adapterFromPack(
  support: PackSupport,
  pack: RemoteSelectorPack,
  document: Document,
): AdapterChoice | null {
  try {
    const built = support.build(pack.selectors, document);
    return 'problem' in built ? null : { adapter: built, version: pack.version };
  } catch {
    return null;
  }
}

/** Asks the background for the platform's pack; null when there is none or no answer in time. */
export async function requestSelectorPack(
  platform: string,
  options: { refresh?: boolean; timeoutMs?: number; setTimeout?: (fn: () => void, ms: number) => void } = {},
): Promise<RemoteSelectorPack | null> {
  const request: SelectorPackRequest = { type: 'konuk/selector-pack', platform, refresh: options.refresh };
  const wait = options.setTimeout ?? ((fn, ms) => void setTimeout(fn, ms));
  const answer = await new Promise<unknown>((resolve) => {
    if (options.timeoutMs !== undefined) wait(() => resolve(undefined), options.timeoutMs);
    browser.runtime.sendMessage(request).then(resolve, () => resolve(undefined));
  });
  const reply = SelectorPackReply.safeParse(answer);
  return reply.success && reply.data.ok ? reply.data.pack : null;
}

/** Calls `onPack` whenever the background announces a newer pack for this platform. */
export function onSelectorPackPush(platform: string, onPack: (pack: RemoteSelectorPack) => void): () => void {
  const listener = (message: unknown) => {
    const push = SelectorPackPush.safeParse(message);
    if (push.success && push.data.platform === platform) onPack(push.data.pack);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function browserCssProblem(document: Document, selector: string): string | null {
  try {
    document.createDocumentFragment().querySelector(selector);
    return null;
  } catch {
    return 'not valid CSS';
  }
}

/** The adapter the first scan reads with: the API's pack when it holds up, else the built-in one. */
export async function chooseAdapter(
  builtIn: PlatformAdapter,
  support: PackSupport,
  document: Document,
  setTimeout: (fn: () => void, ms: number) => void,
): Promise<AdapterChoice> {
  const pack = await requestSelectorPack(builtIn.id, { timeoutMs: PACK_ANSWER_TIMEOUT_MS, setTimeout });
  return (pack && adapterFromPack(support, pack, document)) ?? { adapter: builtIn, version: BUILT_IN_PACK };
}

export interface PackFollower {
  /** Asks the background to look for a newer pack now; true when one was found and is in use. */
  checkForUpdate(): Promise<boolean>;
  stop(): void;
}

/** Switches to each newer usable pack the background announces or `checkForUpdate` finds. */
export function followSelectorPacks(
  platform: string,
  support: PackSupport,
  document: Document,
  inUse: () => string,
  use: (choice: AdapterChoice) => void,
): PackFollower {
  const consider = (pack: RemoteSelectorPack): boolean => {
    if (pack.version === inUse()) return false;
    const choice = adapterFromPack(support, pack, document);
    if (choice) use(choice);
    return choice !== null;
  };
  const stop = onSelectorPackPush(platform, consider);
  return {
    async checkForUpdate() {
      const pack = await requestSelectorPack(platform, { refresh: true, timeoutMs: CHECK_TIMEOUT_MS });
      return pack !== null && consider(pack);
    },
    stop,
  };
}
