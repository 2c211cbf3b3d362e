// A fake background for the capture controller, on WXT's fake browser: it records what the
// content script sends and answers as the test decides (or not at all, like a restarting worker).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CaptureRequest,
  HealthReport,
  type CaptureReply,
  type StatePush,
} from '../../../shared/runtime-messages.ts';
import type { SlaClock } from '../../../shared/sla-clock.ts';

type Messages = Record<string, { message: string }>;

/** browser.i18n.getMessage from the real English messages.json, $1 substitutions included. */
export function useEnglishMessages(): void {
  const messages = JSON.parse(
    readFileSync(resolve(process.cwd(), 'public/_locales/en/messages.json'), 'utf8'),
  ) as Messages;
  (fakeBrowser.i18n as unknown as { getMessage: unknown }).getMessage = (
    key: string,
    substitutions?: string | string[],
  ) => {
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

export interface FakeBackground {
  requests: CaptureRequest[];
  health: HealthReport[];
  /** Every message key sent so far, in order, duplicates included. */
  sentKeys(): string[];
  /** Sends a state push to the content script, as the background does after a sync. */
  push(push: StatePush | Record<string, unknown>): Promise<void>;
}

/** `answer` returning undefined plays a worker that does not reply. */
export function fakeBackground(
  answer: (request: CaptureRequest) => CaptureReply | undefined,
): FakeBackground {
  const requests: CaptureRequest[] = [];
  const health: HealthReport[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const report = HealthReport.safeParse(message);
    if (report.success) health.push(report.data);
    const request = CaptureRequest.safeParse(message);
    if (!request.success) return undefined;
    requests.push(request.data);
    return Promise.resolve(answer(request.data));
  });
  return {
    requests,
    health,
    sentKeys: () =>
      requests.flatMap((r) =>
        r.messages.map((m) => `${m.channel}|${m.conversationId}|${m.platformMessageId}`),
      ),
    push: async (push) => {
      await fakeBrowser.runtime.onMessage.trigger(push, {});
    },
  };
}

export function clock(startedAt: Date, targetMinutes: number, over: Partial<SlaClock> = {}): SlaClock {
  return {
    kind: 'first_response',
    startedAt: startedAt.toISOString(),
    dueAt: new Date(startedAt.getTime() + targetMinutes * 60_000).toISOString(),
    targetMinutes,
    metAt: null,
    pausedAt: null,
    dueSoonShare: 0.2,
    ...over,
  };
}

/** The background's usual first answer: every message stored locally, a provisional 15-minute clock. */
export function storedReply(request: CaptureRequest, now = new Date()): CaptureReply {
  return {
    ok: true,
    messages: request.messages.map((m) => ({
      key: `${m.channel}|${m.conversationId}|${m.platformMessageId}`,
      logged: 'stored' as const,
      ticketId: null,
      provisionalSla: clock(now, 15),
    })),
    tickets: [],
  };
}
