import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCaptureSender } from '../../../content-scripts/capture-sender.ts';
import { messageKey, type CapturedMessage } from '../../../shared/message.ts';
import type { CaptureRequest } from '../../../shared/runtime-messages.ts';
import { MAX_BATCH_MESSAGES } from '../../../shared/limits.ts';
import { storedReply } from './fake-extension.ts';

const message = (n: number): CapturedMessage => ({
  channel: 'whatsapp',
  conversationId: '905321234567@c.us',
  platformMessageId: `3EB0${String(n).padStart(8, '0')}`,
  direction: 'inbound',
  sentAt: '2026-03-14T09:12:00+03:00',
  capturedAt: '2026-03-14T09:12:05+03:00',
  text: `Mesaj ${n}`,
});

function sender(answer: (request: CaptureRequest) => unknown) {
  const requests: CaptureRequest[] = [];
  const confirmed: string[] = [];
  const queue = createCaptureSender({
    send: async (request) => {
      requests.push(request);
      return answer(request);
    },
    onAcknowledged: (reply) => confirmed.push(...reply.messages.map((m) => m.key)),
    onProblem: () => undefined,
    setTimeout: (callback, ms) => void setTimeout(callback, ms),
  });
  return { queue, requests, confirmed };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('sending captured messages to the background', () => {
  it('sends a long conversation in batches the protocol accepts, each message once', async () => {
    const { queue, requests, confirmed } = sender((request) => storedReply(request));
    for (let n = 0; n < 1_200; n += 1) queue.enqueue(message(n));
    queue.enqueue(message(7));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests.map((r) => r.messages.length)).toEqual([MAX_BATCH_MESSAGES, MAX_BATCH_MESSAGES, 200]);
    expect(new Set(confirmed).size).toBe(1_200);
  });

  it('sends again what the background did not confirm, and only that', async () => {
    const { queue, requests } = sender((request) => {
      const reply = storedReply(request);
      return reply.ok && requests.length === 1 ? { ...reply, messages: reply.messages.slice(1) } : reply;
    });
    queue.enqueue(message(1));
    queue.enqueue(message(2));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(requests.map((r) => r.messages.map(messageKey))).toEqual([
      [messageKey(message(1)), messageKey(message(2))],
      [messageKey(message(1))],
    ]);
  });

  it('treats a refusal, a malformed reply and a hung worker alike: keep the message, try later', async () => {
    let attempt = 0;
    const { queue, requests, confirmed } = sender((request) => {
      attempt += 1;
      if (attempt === 1) return { ok: false, error: 'database closed' };
      if (attempt === 2) return { ok: true };
      if (attempt === 3) return new Promise(() => undefined);
      return storedReply(request);
    });
    queue.enqueue(message(1));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(requests).toHaveLength(3);
    expect(confirmed).toEqual([]);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(requests).toHaveLength(4);
    expect(confirmed).toEqual([messageKey(message(1))]);
  });
});
