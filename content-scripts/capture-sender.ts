// Sends captured messages to the background in batches (one request per frame at most, one in
// flight at a time) and keeps every message queued until a parsed reply confirms it. When the
// service worker does not answer (restarting, busy, gone) it retries with backoff.
import { CaptureReply, type CaptureRequest } from '../shared/runtime-messages.ts';
import { messageKey, type CapturedMessage } from '../shared/message.ts';
import { MAX_BATCH_MESSAGES } from '../shared/limits.ts';

type Acknowledged = Extract<CaptureReply, { ok: true }>;

export interface CaptureSenderOptions {
  send(request: CaptureRequest): Promise<unknown>;
  onAcknowledged(reply: Acknowledged): void;
  /** A delivery problem, described without any message content. */
  onProblem(problem: string): void;
  /** A timer that stops when the content script is invalidated. */
  setTimeout(callback: () => void, ms: number): void;
}

export const FRAME_MS = 16;
export const FIRST_RETRY_MS = 500;
export const MAX_RETRY_MS = 30_000;
export const REPLY_TIMEOUT_MS = 10_000;

export interface CaptureSender {
  /** Queues a message unless it is already queued or in flight. */
  enqueue(message: CapturedMessage): void;
}

export function createCaptureSender(options: CaptureSenderOptions): CaptureSender {
  let queue = new Map<string, CapturedMessage>();
  const inFlight = new Map<string, CapturedMessage>();
  let failures = 0;
  let timerSet = false;

  function schedule(ms: number): void {
    if (timerSet) return;
    timerSet = true;
    options.setTimeout(() => {
      timerSet = false;
      void flush();
    }, ms);
  }

  async function flush(): Promise<void> {
    if (inFlight.size > 0 || queue.size === 0) return;
    for (const [key, message] of queue) {
      if (inFlight.size >= MAX_BATCH_MESSAGES) break;
      inFlight.set(key, message);
      queue.delete(key);
    }
    const request: CaptureRequest = { type: 'konuk/capture', messages: [...inFlight.values()] };
    const reply = CaptureReply.safeParse(await answerOrTimeout(() => options.send(request)));
    if (!reply.success) return retry('the background did not answer the capture request');
    if (!reply.data.ok) return retry('the background could not store the messages');
    const confirmed = new Set(reply.data.messages.map((state) => state.key));
    const unconfirmed = [...inFlight].filter(([key]) => !confirmed.has(key));
    inFlight.clear();
    options.onAcknowledged(reply.data);
    if (unconfirmed.length > 0) return retry('the background left messages unconfirmed', unconfirmed);
    failures = 0;
    if (queue.size > 0) schedule(FRAME_MS);
  }

  function retry(problem: string, again: [string, CapturedMessage][] = [...inFlight]): void {
    inFlight.clear();
    queue = new Map([...again, ...queue]);
    failures += 1;
    options.onProblem(problem);
    schedule(Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1)));
  }

  /** The reply, or undefined when sending failed or nothing came back in time. */
  function answerOrTimeout(send: () => Promise<unknown>): Promise<unknown> {
    return new Promise((resolve) => {
      options.setTimeout(() => resolve(undefined), REPLY_TIMEOUT_MS);
      Promise.resolve()
        .then(send)
        .then(resolve, () => resolve(undefined));
    });
  }

  return {
    enqueue(message) {
      const key = messageKey(message);
      if (queue.has(key) || inFlight.has(key)) return;
      queue.set(key, message);
      if (failures === 0) schedule(FRAME_MS);
    },
  };
}
