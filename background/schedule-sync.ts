// When syncs run: at start-up, after a capture, on request, on the 'konuk-sync' alarm (which
// outlives the service worker) and, during a short backoff, on a timer. Requests that arrive
// while a run is going are folded into one more run, never into parallel ones.
import { runSync, type SyncDeps, type SyncRun } from './run-sync.ts';

/** The alarm wakes a stopped worker every 30 s; shorter backoffs are waited out on a timer. */
const ALARM_PERIOD_MS = 30_000;

export class SyncScheduler {
  private running: Promise<void> | null = null;
  private again = false;
  private forceAgain = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly deps: SyncDeps) {}

  /** Resolves when the run that covers this request has finished. Never rejects. */
  request(force = false): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      this.forceAgain ||= force;
      return this.running;
    }
    this.running = this.loop(force).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Resolves once no run is going. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  private async loop(force: boolean): Promise<void> {
    let forceThis = force;
    do {
      this.again = false;
      try {
        this.planRetry(await runSync(this.deps, forceThis));
      } catch (error) {
        // A local failure (the database, the browser API); the next alarm tries again.
        console.error('Konuk sync failed', error instanceof Error ? error.name : 'unknown error');
      }
      forceThis = this.forceAgain;
      this.forceAgain = false;
    } while (this.again && !this.stopped);
  }

  private planRetry(run: SyncRun): void {
    if (run.kind !== 'failed' && run.kind !== 'waiting') return;
    const wait = run.retryAt - this.deps.now();
    if (wait >= ALARM_PERIOD_MS || this.stopped) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = null;
        void this.request();
      },
      Math.max(0, wait),
    );
  }
}
