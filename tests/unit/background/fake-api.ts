// A stand-in for the Konuk API behind a fetch function: it can be up, down (the network fails),
// failing (HTTP 503) or refusing chosen messages (HTTP 422), and it counts what it was sent so
// tests can assert exactly-once delivery.
import type { IngestRequest, IngestResponse, TicketListResponse } from '../../../shared/api-contract.ts';
import { conversationKey, messageKey, type CapturedMessage } from '../../../shared/message.ts';
import { computeSlaClock } from '../../../shared/sla-clock.ts';
import { DEFAULT_SLA_POLICY } from '../../../shared/sla-policy.ts';
import type { Role } from '../../../shared/taxonomy.ts';
import { formatRecordNumber, type Ticket } from '../../../shared/ticket.ts';

export const API_URL = 'http://127.0.0.1:8787';
export const TOKEN = 'agent-token-1';

export type ApiMode = 'up' | 'down' | 'failing';

export class FakeApi {
  mode: ApiMode = 'up';
  /** The token it accepts, and who it signs in: change them to play another agent or hotel. */
  token = TOKEN;
  hotel = { id: crypto.randomUUID(), name: 'Hotel Belek', timeZone: 'Europe/Istanbul' };
  role: Role = 'frontline';
  /** Messages the API refuses (as a malformed message would be), by messageKey. */
  refuse = new Set<string>();
  /** Messages the API fails on (HTTP 500, as a server bug would), by messageKey. */
  fault = new Set<string>();
  /** How many times each message key reached the API in an accepted batch. */
  readonly received = new Map<string, number>();
  readonly batches: string[][] = [];
  readonly ticketQueries: URLSearchParams[] = [];
  /** Every path requested, whatever the answer. */
  readonly requests: string[] = [];
  private readonly tickets = new Map<string, Ticket>();
  private changeSeq = 0;

  readonly fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    this.requests.push(new URL(input).pathname);
    if (this.mode === 'down') throw new TypeError('Failed to fetch');
    if (this.mode === 'failing') return json(503, { error: 'unavailable', message: 'try later' });
    const headers = new Headers(init?.headers);
    if (headers.get('authorization') !== `Bearer ${this.token}`) {
      return json(401, { error: 'unauthorized', message: 'bad token' });
    }
    const url = new URL(input);
    if (url.pathname === '/v1/messages/batch' && init?.method === 'POST') {
      return this.ingest(JSON.parse(String(init.body)) as IngestRequest);
    }
    if (url.pathname === '/v1/tickets') return this.list(url.searchParams);
    if (url.pathname === '/v1/me') {
      return json(200, {
        agent: { id: crypto.randomUUID(), name: 'Ayşe', role: this.role },
        hotel: this.hotel,
      });
    }
    return json(404, { error: 'not_found', message: 'no route' });
  };

  /** Another agent changes a ticket on the server: it shows up in the change feed. */
  changeTicket(recordNumber: string, change: Partial<Ticket>): Ticket {
    const ticket = [...this.tickets.values()].find((t) => t.recordNumber === recordNumber)!;
    const changed = { ...ticket, ...change, changeSeq: String(++this.changeSeq) };
    this.tickets.set(changed.id, changed);
    return changed;
  }

  ticketFor(message: CapturedMessage): Ticket | undefined {
    return [...this.tickets.values()].find((t) => conversationKey(t) === conversationKey(message));
  }

  private ingest(body: IngestRequest): Response {
    const keys = body.messages.map(messageKey);
    if (keys.some((key) => this.fault.has(key))) {
      return json(500, { error: 'internal', message: 'The server failed to handle this request.' });
    }
    const refused = keys.findIndex((key) => this.refuse.has(key));
    if (refused >= 0) {
      return json(422, {
        error: 'invalid_message',
        message: 'the message was refused',
        issues: [{ path: `messages.${refused}.text`, message: 'not accepted' }],
      });
    }
    this.batches.push(keys);
    const touched = new Map<string, Ticket>();
    const results = body.messages.map((message) => {
      const key = messageKey(message);
      const duplicate = this.received.has(key);
      this.received.set(key, (this.received.get(key) ?? 0) + 1);
      const ticket = duplicate ? this.ticketFor(message)! : this.attach(message);
      touched.set(ticket.id, ticket);
      return {
        key,
        messageId: crypto.randomUUID(),
        ticketId: ticket.id,
        recordNumber: ticket.recordNumber,
        duplicate,
      };
    });
    return json(200, { results, tickets: [...touched.values()] } satisfies IngestResponse);
  }

  private attach(message: CapturedMessage): Ticket {
    const existing = this.ticketFor(message);
    if (existing) {
      const updated = {
        ...existing,
        messageCount: existing.messageCount + 1,
        changeSeq: String(++this.changeSeq),
      };
      this.tickets.set(updated.id, updated);
      return updated;
    }
    const facts = {
      channel: message.channel,
      priority: 'normal' as const,
      status: 'open' as const,
      firstInboundAt: message.sentAt,
      firstResponseAt: null,
      awaitingSince: message.sentAt,
    };
    const ticket: Ticket = {
      id: crypto.randomUUID(),
      recordNumber: formatRecordNumber(1000 + this.tickets.size + 1),
      channel: message.channel,
      conversationId: message.conversationId,
      conversationTitle: message.conversationTitle ?? null,
      conversationUrl: message.conversationUrl ?? null,
      guestName: message.guestName ?? message.senderName ?? null,
      guestHandle: message.senderHandle ?? null,
      status: 'open',
      stage: null,
      topic: null,
      priority: 'normal',
      escalation: [],
      team: null,
      ownerAgentId: null,
      ownerName: null,
      messageCount: 1,
      firstInboundAt: message.sentAt,
      lastInboundAt: message.sentAt,
      lastOutboundAt: null,
      firstResponseAt: null,
      awaitingSince: message.sentAt,
      sla: computeSlaClock(facts, DEFAULT_SLA_POLICY),
      createdAt: message.capturedAt,
      updatedAt: message.capturedAt,
      closedAt: null,
      changeSeq: String(++this.changeSeq),
    };
    this.tickets.set(ticket.id, ticket);
    return ticket;
  }

  private list(query: URLSearchParams): Response {
    this.ticketQueries.push(query);
    const since = Number(query.get('since') ?? '0');
    const limit = Number(query.get('limit') ?? '100');
    const newer = [...this.tickets.values()]
      .filter((t) => Number(t.changeSeq) > since)
      .sort((a, b) => Number(a.changeSeq) - Number(b.changeSeq));
    const page = newer.slice(0, limit);
    const body: TicketListResponse = {
      tickets: page,
      cursor: page.at(-1)?.changeSeq ?? query.get('since'),
      hasMore: newer.length > limit,
    };
    return json(200, body);
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
