// The fake API of the background tests, with issue 4's endpoints: selector packs, capture health,
// phone calls (POST /v1/tickets), label corrections (PATCH) and notifications. Same modes as the
// base: up, down (the network fails) or failing (HTTP 503).
import type {
  CaptureHealthReport,
  Notification,
  PhoneCallRequest,
  SelectorPack,
} from '../../../shared/api-contract.ts';
import { computeSlaClock } from '../../../shared/sla-clock.ts';
import { DEFAULT_SLA_POLICY } from '../../../shared/sla-policy.ts';
import { formatRecordNumber, type Ticket } from '../../../shared/ticket.ts';
import { FakeApi } from '../background/fake-api.ts';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export class IssueFourApi extends FakeApi {
  packs: SelectorPack[] = [];
  readonly healthReports: CaptureHealthReport[] = [];
  readonly calls: PhoneCallRequest[] = [];
  /** Every POST /v1/tickets, refused ones included. */
  readonly callAttempts: PhoneCallRequest[] = [];
  readonly patches: { recordNumber: string; body: unknown }[] = [];
  notifications: Notification[] = [];
  readonly notificationQueries: URLSearchParams[] = [];
  private readonly phoneTickets = new Map<string, Ticket>();
  /** The base fake, which answers the capture endpoints (read before this class replaces it). */
  private readonly baseFetch = (this as FakeApi).fetch;

  override readonly fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    const url = new URL(input);
    const method = init?.method ?? 'GET';
    const mine =
      url.pathname === '/v1/selector-packs' ||
      url.pathname === '/v1/capture-health' ||
      url.pathname === '/v1/notifications' ||
      (url.pathname === '/v1/tickets' && method === 'POST') ||
      (url.pathname.startsWith('/v1/tickets/') && method === 'PATCH');
    if (!mine || this.mode !== 'up') return this.baseFetch(input, init);
    this.requests.push(url.pathname);
    const body = init?.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
    if (url.pathname === '/v1/selector-packs') return json(200, { packs: this.packs });
    if (url.pathname === '/v1/capture-health') {
      this.healthReports.push(body as CaptureHealthReport);
      return json(200, this.healthEntry(body as CaptureHealthReport));
    }
    if (url.pathname === '/v1/notifications') return this.listNotifications(url.searchParams);
    if (method === 'POST') return this.logCall(body as PhoneCallRequest);
    return this.patch(decodeURIComponent(url.pathname.slice('/v1/tickets/'.length)), body);
  };

  phoneTicket(recordNumber: string): Ticket | undefined {
    return [...this.phoneTickets.values()].find((ticket) => ticket.recordNumber === recordNumber);
  }

  private logCall(call: PhoneCallRequest): Response {
    this.callAttempts.push(call);
    if (call.guestPhone === 'not a number') {
      return json(400, { error: 'invalid_request', message: 'guestPhone is not a phone number' });
    }
    const known = call.callId ? this.phoneTickets.get(call.callId) : undefined;
    if (known) return json(200, { ticket: known, messageId: crypto.randomUUID(), duplicate: true });
    this.calls.push(call);
    const at = call.calledAt ?? new Date().toISOString();
    const ticket: Ticket = {
      id: crypto.randomUUID(),
      recordNumber: formatRecordNumber(5000 + this.phoneTickets.size + 1),
      channel: 'phone',
      conversationId: call.guestPhone ?? `call:${call.callId}`,
      conversationTitle: call.guestName,
      conversationUrl: null,
      guestName: call.guestName,
      guestHandle: call.guestPhone ?? null,
      status: 'open',
      stage: null,
      topic: null,
      priority: 'normal',
      escalation: [],
      team: null,
      ownerAgentId: null,
      ownerName: null,
      messageCount: 1,
      firstInboundAt: at,
      lastInboundAt: at,
      lastOutboundAt: null,
      firstResponseAt: null,
      awaitingSince: at,
      sla: computeSlaClock(
        {
          channel: 'phone',
          priority: 'normal',
          status: 'open',
          firstInboundAt: at,
          firstResponseAt: null,
          awaitingSince: at,
        },
        DEFAULT_SLA_POLICY,
      ),
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      changeSeq: String(9000 + this.phoneTickets.size),
      guestId: crypto.randomUUID(),
    };
    this.phoneTickets.set(call.callId ?? ticket.id, ticket);
    return json(201, { ticket, messageId: crypto.randomUUID(), duplicate: false });
  }

  private patch(recordNumber: string, body: unknown): Response {
    this.patches.push({ recordNumber, body });
    const ticket = this.phoneTicket(recordNumber);
    if (!ticket) return json(404, { error: 'not_found', message: 'no such ticket' });
    const changed = {
      ...ticket,
      ...(body as Partial<Ticket>),
      changeSeq: String(Number(ticket.changeSeq) + 1),
    };
    for (const [key, held] of this.phoneTickets)
      if (held.id === ticket.id) this.phoneTickets.set(key, changed);
    return json(200, changed);
  }

  private listNotifications(query: URLSearchParams): Response {
    this.notificationQueries.push(query);
    const since = BigInt(query.get('since') ?? '0');
    const newer = this.notifications.filter((n) => BigInt(n.seq) > since);
    return json(200, {
      notifications: newer,
      cursor: newer.at(-1)?.seq ?? query.get('since'),
      hasMore: false,
    });
  }

  private healthEntry(report: CaptureHealthReport) {
    const at = new Date().toISOString();
    return {
      agentId: crypto.randomUUID(),
      agentName: 'Ayşe',
      platform: report.platform,
      ok: report.ok,
      problem: report.problem ?? null,
      pageUrlHost: report.pageUrlHost ?? null,
      reportedAt: at,
      reports: this.healthReports.length,
      problemReports: this.healthReports.filter((r) => !r.ok).length,
      lastProblemAt: null,
    };
  }
}
