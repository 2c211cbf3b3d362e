// Sends queued webhook deliveries. Every API process runs one; they share the queue in the
// database (webhook-delivery-repository.ts): a claimed delivery is leased to one worker, sent
// outside any transaction (so PGlite, single-connection, is never held by a slow receiver), and
// retried with exponential backoff until the receiver answers 2xx. A process that dies
// mid-send lets its lease run out and another worker sends it again (receivers de-duplicate
// on the event id). Only the registered URL is called; redirects are not followed.
import { randomUUID } from 'node:crypto';
import { SIGNATURE_HEADER } from '../../shared/webhook-contract.ts';
import type { Database } from '../db/database.ts';
import {
  claimDueDeliveries,
  recordDeliveryOutcome,
  type ClaimedDelivery,
  type DeliveryOutcome,
} from '../repositories/webhook-delivery-repository.ts';
import { signWebhookBody } from './webhook-signature.ts';

/** 30 s, 1 min, 2 min … doubling up to 6 h; after the 12th failed attempt (about 15 h) it gives up. */
export const RETRY_BASE_MS = 30_000;
export const RETRY_MAX_MS = 6 * 60 * 60_000;
export const MAX_ATTEMPTS = 12;

export function retryDelayMs(attempt: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** (attempt - 1), RETRY_MAX_MS);
}

export type PostWebhook = (
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
) => Promise<{ status: number }>;

const postWithFetch: PostWebhook = async (url, body, headers, timeoutMs) => {
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel();
  return { status: response.status };
};

function failureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  const message = error instanceof Error ? error.message : String(error);
  return (typeof code === 'string' ? `connection failed (${code})` : message).slice(0, 500);
}

export interface WebhookWorkerOptions {
  now?: () => Date;
  post?: PostWebhook;
  /** Deliveries claimed (and sent in parallel) per round. */
  batchSize?: number;
  timeoutMs?: number;
  /** How long a claimed delivery stays this worker's; longer than any send can take. */
  leaseMs?: number;
  /** Pause between rounds when the queue has nothing due. */
  pollMs?: number;
  onError?: (message: string) => void;
}

export class WebhookWorker {
  readonly #db: Database;
  readonly #now: () => Date;
  readonly #post: PostWebhook;
  readonly #batchSize: number;
  readonly #timeoutMs: number;
  readonly #leaseMs: number;
  readonly #pollMs: number;
  readonly #onError: (message: string) => void;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = true;

  constructor(db: Database, options: WebhookWorkerOptions = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
    this.#post = options.post ?? postWithFetch;
    this.#batchSize = options.batchSize ?? 10;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#leaseMs = options.leaseMs ?? this.#timeoutMs * 6;
    this.#pollMs = options.pollMs ?? 2_000;
    this.#onError = options.onError ?? (() => {});
  }

  /** Claims one round of due deliveries and sends them; returns how many it attempted. */
  async runOnce(): Promise<number> {
    const now = this.#now();
    const claimed = await claimDueDeliveries(this.#db, {
      now: now.toISOString(),
      limit: this.#batchSize,
      leasedUntil: new Date(now.getTime() + this.#leaseMs).toISOString(),
      leaseId: randomUUID(),
    });
    await Promise.all(claimed.map((delivery) => this.#deliver(delivery)));
    return claimed.length;
  }

  async #deliver(delivery: ClaimedDelivery): Promise<void> {
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Konuk-Webhooks/1',
      [SIGNATURE_HEADER.toLowerCase()]: signWebhookBody(delivery.secret, delivery.body),
      'konuk-event': delivery.event,
      'konuk-event-id': delivery.eventId,
      'konuk-delivery': delivery.id,
      'konuk-attempt': String(delivery.attempt),
    };
    let statusCode: number | null = null;
    let error: string;
    try {
      ({ status: statusCode } = await this.#post(delivery.url, delivery.body, headers, this.#timeoutMs));
      error = `the receiver answered HTTP ${statusCode}`;
    } catch (failure) {
      error = failureReason(failure, this.#timeoutMs);
    }
    const at = this.#now();
    const outcome: DeliveryOutcome =
      statusCode !== null && statusCode >= 200 && statusCode < 300
        ? { delivered: true, statusCode, at: at.toISOString() }
        : {
            delivered: false,
            statusCode,
            error,
            at: at.toISOString(),
            retryAt:
              delivery.attempt >= MAX_ATTEMPTS
                ? null
                : new Date(at.getTime() + retryDelayMs(delivery.attempt)).toISOString(),
          };
    await recordDeliveryOutcome(this.#db, delivery, outcome);
  }

  /** Runs rounds until the queue has nothing due, then waits `pollMs`, until stopped. */
  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    const round = async () => {
      try {
        while (!this.#stopped && (await this.runOnce()) > 0);
      } catch (error) {
        this.#onError(error instanceof Error ? error.message : String(error));
      }
      if (!this.#stopped) this.#timer = setTimeout(() => (this.#running = round()), this.#pollMs);
    };
    this.#running = round();
  }

  /** Stops claiming and waits for the deliveries in flight to be sent and recorded. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }
}
