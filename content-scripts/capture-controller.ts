// Captures every message a platform page shows: one MutationObserver that looks only at added
// nodes (so a new message costs the same in a short or a 5,000-message conversation), an
// initial scan, a rescan on in-page navigation. Each message is validated, sent to the
// background in batches, and every inbound one gets a badge. Nothing here may throw into the page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { CapturedMessage, messageKey } from '../shared/message.ts';
import { StatePush } from '../shared/runtime-messages.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS } from '../shared/limits.ts';
import { t } from '../components/i18n.ts';
import type { ExtractedMessage, ExtraRead, PlatformAdapter, ReadEnvironment } from './platform-adapter.ts';
import { BADGE_TAG, createBadgeLayer } from './badge-layer.tsx';
import { createCaptureSender } from './capture-sender.ts';
import { createHealthReporter } from './health-reporter.ts';
import { startCaptureHealth } from './capture-health.ts';
import { createHealthBannerLayer } from './capture-health-banner.tsx';
import {
  BUILT_IN_PACK,
  chooseAdapter,
  followSelectorPacks,
  type AdapterChoice,
  type PackSupport,
} from './selector-packs.ts';
import { LoggedStateStore } from './logged-state-store.ts';
import { sharpenSentAt, toIsoWithOffset } from './page-time.ts';
import { subjectSelector } from './selector-subject.ts';
import { startReplySuggestions } from './suggestion-panel/reply-suggestions.tsx';

const TICK_MS = 1000;
/** A key no message has: the badge of a message that could not be captured stays "not logged yet". */
const UNCAPTURABLE = '';

interface Seen {
  key: string;
  inbound: boolean;
}

/** With `packs`, the page is read with the hotel's newest selector pack for the platform (issue 4). */
export function startCapture(adapter: PlatformAdapter, ctx: ContentScriptContext, packs?: PackSupport): void {
  if (!packs) return guard(() => run({ adapter, version: BUILT_IN_PACK }, ctx))();
  void chooseAdapter(adapter, packs, document, (fn, ms) => ctx.setTimeout(fn, ms)).then(
    guard((choice: AdapterChoice) => {
      if (ctx.isValid) run(choice, ctx, packs);
    }),
  );
}

function run(first: AdapterChoice, ctx: ContentScriptContext, packs?: PackSupport): void {
  let { adapter, version: packVersion } = first;
  const store = new LoggedStateStore();
  const health = createHealthReporter(adapter.id);
  const layer = createBadgeLayer(document, (key) => store.facts(key), t);
  const replies = startReplySuggestions(() => adapter, ctx, { facts: (key) => store.facts(key), guard });
  const sender = createCaptureSender({
    send: (request) => browser.runtime.sendMessage(replies.tagTemplates(request)),
    onAcknowledged: (reply) => {
      store.apply(reply.messages, reply.tickets);
      layer.refresh(new Date());
    },
    onProblem: (problem) => health.problem(problem),
    setTimeout: (callback, ms) => ctx.setTimeout(guard(callback), ms),
  });
  let seen = new WeakMap<Element, Seen>();
  const follower = packs
    ? followSelectorPacks(adapter.id, packs, document, () => packVersion, guard(useAdapter))
    : null;
  const banner = createHealthBannerLayer(
    document,
    t,
    () => follower?.checkForUpdate() ?? Promise.resolve(false),
  );
  const pageHealth = startCaptureHealth({
    platform: adapter.id,
    document,
    adapter: () => adapter,
    isRead: (element) => (seen.get(element)?.key ?? UNCAPTURABLE) !== UNCAPTURABLE,
    packVersion,
    show: (view) => banner.show(view),
    setInterval: (callback, ms) => ctx.setInterval(guard(callback), ms),
  });

  function environment(): ReadEnvironment {
    return { document, location: window.location, now: new Date(), reportFallback: health.fallback };
  }

  function capture(element: Element, env: ReadEnvironment): void {
    const known = seen.get(element);
    if (known) {
      // Re-rendered or back from virtualised scrolling: restore the badge, nothing to send.
      if (known.inbound) badge(element, known.key, env.now);
      if (known.key !== UNCAPTURABLE) pageHealth.read(element);
      return;
    }
    const extracted = adapter.readMessage(element, env);
    if (!extracted) return;
    const inbound = extracted.direction === 'inbound';
    const parsed = accept(extracted, env);
    const key = parsed.success ? messageKey(parsed.data) : UNCAPTURABLE;
    seen.set(element, { key, inbound });
    if (parsed.success) pageHealth.read(element);
    else pageHealth.invalid(element, [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))]);
    if (inbound) badge(element, key, env.now);
  }

  /** Validates a read message and queues it unless the background has it already. */
  function accept(extracted: ExtractedMessage, env: ReadEnvironment) {
    const parsed = CapturedMessage.safeParse({
      ...withinLimits(extracted),
      sentAt: sharpenSentAt(extracted.sentAt, env.now),
      capturedAt: toIsoWithOffset(env.now),
    });
    if (parsed.success) {
      if (!store.isConfirmed(messageKey(parsed.data))) sender.enqueue(parsed.data);
    } else {
      const fields = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`);
      health.problem(`${adapter.id} message dropped, invalid ${fields.join(', ')}`);
    }
    return parsed;
  }

  /** The adapter's reads beyond the DOM; what it finds has no element, so no badge. */
  function readExtra(env: ReadEnvironment): void {
    const reading = adapter;
    if (!reading.readExtra) return;
    void reading
      .readExtra({ ...env, fetch: (input, init) => fetch(input, init) })
      .then(
        guard((result: ExtraRead) => {
          // A newer selector pack replaced the adapter meanwhile: its own scan reads again.
          if (!ctx.isValid || adapter !== reading) return;
          for (const problem of result.problems) health.problem(`${reading.id} ${problem}`);
          for (const message of result.messages) accept(message, env);
        }),
      )
      .catch(() => health.problem(`${reading.id} extra read failed`));
  }

  /** The badge and, before it, the reply button of a guest message. */
  function badge(element: Element, key: string, now: Date): void {
    const anchor = adapter.badgeAnchor(element) ?? element;
    layer.mount(anchor, key, now);
    replies.mount(anchor, key);
  }

  function scanAll(): void {
    const env = environment();
    for (const element of document.querySelectorAll(adapter.messageSelector)) capture(element, env);
    readExtra(env);
  }

  let candidates = subjectSelector(adapter.messageSelector);
  /** A newer selector pack: every message is read again with it (confirmed ones are not resent). */
  function useAdapter(choice: AdapterChoice): void {
    ({ adapter, version: packVersion } = choice);
    candidates = subjectSelector(adapter.messageSelector);
    seen = new WeakMap();
    pageHealth.packInUse(packVersion);
    scanAll();
    pageHealth.check();
  }

  function scanAdded(records: MutationRecord[]): void {
    const found = new Set<Element>();
    for (const record of records) {
      const added = [...record.addedNodes].filter(
        (node) => !(node instanceof Element && node.localName === BADGE_TAG),
      );
      if (added.length === 0) continue;
      // Text or markup added inside a message (it finished rendering, or was edited).
      const owner = record.target instanceof Element ? record.target.closest(adapter.messageSelector) : null;
      if (owner) found.add(owner);
      for (const node of added) {
        if (!(node instanceof Element)) continue;
        if (node.matches(adapter.messageSelector)) found.add(node);
        for (const inner of node.querySelectorAll(candidates)) {
          if (inner.matches(adapter.messageSelector)) found.add(inner);
        }
      }
    }
    if (found.size === 0) return;
    const env = environment();
    for (const element of found) capture(element, env);
  }

  const observer = new MutationObserver(guard(scanAdded));
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const onMessage = guard((message: unknown) => {
    const push = StatePush.safeParse(message);
    if (!push.success) return;
    store.apply(push.data.messages, push.data.tickets);
    layer.refresh(new Date());
  });
  browser.runtime.onMessage.addListener(onMessage);
  // WXT fires this from the Navigation API's `navigate` event, inside history.pushState and
  // before the URL changes; rescanning then would file the new conversation under the old URL.
  ctx.addEventListener(window, 'wxt:locationchange', () =>
    ctx.setTimeout(
      guard(() => {
        pageHealth.reset();
        scanAll();
      }),
      0,
    ),
  );
  ctx.setInterval(
    guard(() => {
      if (!document.hidden) layer.refresh(new Date());
    }),
    TICK_MS,
  );
  ctx.onInvalidated(() => {
    observer.disconnect();
    browser.runtime.onMessage.removeListener(onMessage);
    layer.removeAll();
    banner.remove();
    follower?.stop();
  });
  scanAll();
}

/** Over-long optional text is cut rather than losing the whole message to validation. */
function withinLimits(message: ExtractedMessage): ExtractedMessage {
  const cut = (value: string | undefined) =>
    value === undefined ? undefined : value.slice(0, MAX_NAME_CHARS);
  return {
    ...message,
    text: message.text.slice(0, MAX_TEXT_CHARS),
    ...(message.senderName !== undefined ? { senderName: cut(message.senderName) } : {}),
    ...(message.conversationTitle !== undefined ? { conversationTitle: cut(message.conversationTitle) } : {}),
  };
}

/** Runs `fn` so that nothing it throws reaches the page; the error's name only, never its text. */
function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      console.warn('[konuk] capture step failed:', error instanceof Error ? error.name : typeof error);
    }
  };
}
