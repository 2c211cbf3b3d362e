// Fixed-window counters per key (an address, a token's agent), in this process's memory: enough
// to stop a token being guessed or one browser flooding the API. Each API process counts on its
// own. The clock is passed in, so tests pin it.
import { HttpError } from '../http-error.ts';

export interface RateLimits {
  /** Requests with a missing or wrong token one address may make per window. */
  failedAuthPerAddress: number;
  /** Requests one agent's tokens may make per window. */
  requestsPerAgent: number;
  windowMs: number;
  now: () => number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  failedAuthPerAddress: 30,
  requestsPerAgent: 1_200,
  windowMs: 60_000,
  now: Date.now,
};

export class WindowCounter {
  #window = -1;
  #counts = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it is under its limit. */
  blockedFor(key: string): number {
    this.#roll();
    return (this.#counts.get(key) ?? 0) >= this.limit ? this.#untilNextWindow() : 0;
  }

  hit(key: string): void {
    this.#roll();
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
  }

  #roll(): void {
    const window = Math.floor(this.now() / this.windowMs);
    if (window === this.#window) return;
    this.#window = window;
    this.#counts = new Map();
  }

  #untilNextWindow(): number {
    return (this.#window + 1) * this.windowMs - this.now();
  }
}

export class TooManyRequests extends HttpError {
  constructor(
    readonly retryAfterMs: number,
    message: string,
  ) {
    super(429, 'rate_limited', message);
  }
}
