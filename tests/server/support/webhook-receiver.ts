// A webhook receiver on 127.0.0.1 for tests: records every POST (headers and raw body), answers
// the statuses it is told to in turn (then 200), and can hold its answers until released.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; hotelId: string; occurredAt: string; data: Record<string, any> };
}

export class WebhookReceiver {
  readonly received: ReceivedDelivery[] = [];
  #statuses: number[] = [];
  #held: (() => void)[] | null = null;
  #waiters: { count: number; resolve: () => void }[] = [];
  #server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        this.received.push({ headers: request.headers, body, json: JSON.parse(body) });
        this.#waiters = this.#waiters.filter((w) =>
          this.received.length >= w.count ? (w.resolve(), false) : true,
        );
        const answer = () => response.writeHead(this.#statuses.shift() ?? 200).end('ok');
        if (this.#held) this.#held.push(answer);
        else answer();
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/konuk`;
    return this;
  }

  /** The next answers' statuses, in order. */
  answer(...statuses: number[]): void {
    this.#statuses.push(...statuses);
  }

  hold(): void {
    this.#held = [];
  }

  release(): void {
    const held = this.#held ?? [];
    this.#held = null;
    held.forEach((answer) => answer());
  }

  /** Resolves once `count` deliveries in all have arrived. */
  receivedAtLeast(count: number): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ count, resolve }));
  }

  ofType(type: string): ReceivedDelivery[] {
    return this.received.filter((d) => d.json.type === type);
  }

  async stop(): Promise<void> {
    this.release();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }
}
