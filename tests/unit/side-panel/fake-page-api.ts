// A stand-in for what the side panel and the dashboard ask of the API. Phone calls go through the
// real background code (stored first, then sent) over a fake network that can be taken down;
// guests live in memory so merging and separating behave like the API's.
import type {
  InboxEntry,
  QueueResponse,
  CaptureHealthEntry,
  GuestDetailResponse,
  GuestLink,
  MeResponse,
  PhoneCallResponse,
  ReportSummary,
} from '../../../shared/api-contract.ts';
import type { ReportName } from '../../../shared/report-endpoints.ts';
import type { Role } from '../../../shared/taxonomy.ts';
import type { StoredMessage, Ticket } from '../../../shared/ticket.ts';
import type { QueuedTicketAction, WorkspaceAction } from '../../../shared/runtime-messages.ts';
import type {
  AgentSummary,
  CloseRequirement,
  QueueName,
  RootCause,
  TicketNote,
} from '../../../shared/ticket-workflow.ts';
import { applyFakeAction } from './fake-ticket-work.ts';
import { fakeIntegrationApi, type FakeIntegration } from './fake-integration-api.ts';
import { ApiUnavailable, type ApiClient } from '../../../background/api-client.ts';
import type { KonukDb } from '../../../background/db.ts';
import { deliverPhoneCalls, logPhoneCall } from '../../../background/phone-calls.ts';
import type { ApiResult, PageApi } from '../../../components/page-api.ts';
import { createPageStore } from '../../../components/page-store.ts';
import { ticketFixture } from '../components/page-kit.ts';

export interface FakePageApi extends PageApi, FakeIntegration {
  online: boolean;
  /** The agent's id, as GET /me answers it. */
  agentId: string;
  /** What a close of each ticket lacks, as the API would say (by record number). */
  closeMissing: Map<string, CloseRequirement[]>;
  notes: Map<string, TicketNote[]>;
  messages: Map<string, StoredMessage[]>;
  agentList: AgentSummary[];
  causes: RootCause[];
  /** Every action the workspace asked the background for, in order. */
  actions: { recordNumber: string; action: WorkspaceAction }[];
  queued: QueuedTicketAction[];
  inboxEntries: InboxEntry[];
  acknowledged: string[];
  opened: (string | undefined)[];
  active: string | null;
  role: Role;
  guests: Map<string, GuestDetailResponse>;
  tickets: Map<string, Ticket>;
  summary?: ReportSummary;
  /** Every period the dashboard asked for. */
  periods: [string, string][];
  health: CaptureHealthEntry[];
  merges: [string, string][];
  /** The reports over time the dashboard may read (by name), and every one it asked for. */
  reports: Partial<Record<ReportName, unknown>>;
  reportQueries: [ReportName, Record<string, string>][];
  /** Every write the dashboard sent: root-cause actions, QA scores, the QA sample size. */
  reportWrites: unknown[];
  /** The background's retry: delivers waiting calls while online. */
  deliverWaiting(): Promise<void>;
}

const at = '2026-11-20T10:00:00.000Z';

export function link(
  channel: GuestLink['channel'],
  reason: GuestLink['reason'],
  matchedOn: string | null,
): GuestLink {
  return {
    id: crypto.randomUUID(),
    channel,
    conversationId: `${channel}-conversation`,
    reason,
    matchedOn,
    reservationNumber: reason === 'reservation' ? matchedOn : null,
    phone: reason === 'phone' ? matchedOn : null,
    email: reason === 'email' ? matchedOn : null,
    createdAt: at,
  };
}

/** A guest with these contacts, each with a ticket of its own. */
export function addGuest(api: FakePageApi, name: string, links: GuestLink[]): GuestDetailResponse {
  const id = crypto.randomUUID();
  const tickets = links.map((l) => ticketFixture(5, { channel: l.channel, guestId: id, guestName: name }));
  const detail: GuestDetailResponse = {
    guest: { id, name, createdAt: at, updatedAt: at },
    links,
    tickets,
  };
  api.guests.set(id, detail);
  for (const ticket of tickets) api.tickets.set(ticket.recordNumber, ticket);
  return detail;
}

export function fakePageApi(db: KonukDb): FakePageApi {
  let sequence = 7000;
  const network: Pick<ApiClient, 'request'> = {
    async request(path, init) {
      if (!api.online) throw new ApiUnavailable({ code: 'unreachable' });
      if (init.method === 'PATCH') {
        const recordNumber = decodeURIComponent(path.slice('/tickets/'.length));
        const changed = { ...api.tickets.get(recordNumber)!, ...(init.body as Partial<Ticket>) };
        changed.changeSeq = String(Number(changed.changeSeq) + 1);
        api.tickets.set(recordNumber, changed);
        return { ok: true, body: changed } as never;
      }
      const call = init.body as { guestName: string; callId: string };
      sequence += 1;
      const ticket = ticketFixture(0, {
        channel: 'phone',
        recordNumber: `K-${sequence}`,
        guestName: call.guestName,
      });
      api.tickets.set(ticket.recordNumber, ticket);
      const body: PhoneCallResponse = { ticket, messageId: crypto.randomUUID(), duplicate: false };
      return { ok: true, body } as never;
    },
  };
  const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
  const notFound: ApiResult<never> = { ok: false, error: 'not_found' };
  const forbidden: ApiResult<never> = { ok: false, error: 'forbidden' };
  const editor = () => api.role === 'coordinator' || api.role === 'supervisor';

  const agentId = crypto.randomUUID();
  const api: FakePageApi = {
    // What the browser holds is read from the real store, as the real page API reads it.
    ...createPageStore(db),
    ...fakeIntegrationApi(() => editor()),
    online: true,
    agentId,
    closeMissing: new Map(),
    notes: new Map(),
    messages: new Map(),
    agentList: [],
    causes: [],
    actions: [],
    queued: [],
    inboxEntries: [],
    acknowledged: [],
    opened: [],
    active: null,
    role: 'frontline',
    guests: new Map(),
    tickets: new Map(),
    health: [],
    merges: [],
    periods: [],
    reports: {},
    reportQueries: [],
    reportWrites: [],
    async logCall(request) {
      return logPhoneCall(db, network, request.call, request.topic ?? null, Date.now());
    },
    async deliverWaiting() {
      await deliverPhoneCalls(db, network);
    },
    async refreshNotifications() {},
    async me() {
      const me: MeResponse = {
        agent: { id: api.agentId, name: 'Ayşe', role: api.role },
        hotel: { id: crypto.randomUUID(), name: 'Konuk Beach Resort', timeZone: 'Europe/Istanbul' },
      };
      return ok(me);
    },
    async ticket(recordNumber) {
      const ticket = api.tickets.get(recordNumber);
      if (!ticket) return notFound;
      return ok({
        ticket,
        messages: api.messages.get(recordNumber) ?? [],
        notes: api.notes.get(recordNumber) ?? [],
        history: [],
        closeMissing: api.closeMissing.get(recordNumber) ?? [],
      });
    },
    async guest(guestId) {
      const guest = api.guests.get(guestId);
      return guest ? ok(guest) : notFound;
    },
    async merge(guestId, otherGuestId) {
      if (!editor()) return forbidden;
      const [kept, other] = [api.guests.get(guestId), api.guests.get(otherGuestId)];
      if (!kept || !other) return notFound;
      api.merges.push([guestId, otherGuestId]);
      const merged: GuestDetailResponse = {
        guest: kept.guest,
        links: [
          ...kept.links,
          ...other.links.map((l) => ({ ...l, reason: 'manual' as const, matchedOn: null })),
        ],
        tickets: [...kept.tickets, ...other.tickets],
      };
      api.guests.set(guestId, merged);
      api.guests.delete(otherGuestId);
      return ok(merged);
    },
    async unmerge(guestId, linkId) {
      if (!editor()) return forbidden;
      const kept = api.guests.get(guestId);
      const leaving = kept?.links.find((l) => l.id === linkId);
      if (!kept || !leaving) return notFound;
      const guest = { ...kept, links: kept.links.filter((l) => l.id !== linkId) };
      const separated: GuestDetailResponse = {
        guest: { ...kept.guest, id: crypto.randomUUID() },
        links: [{ ...leaving, reason: 'manual', matchedOn: null }],
        tickets: [],
      };
      api.guests.set(guestId, guest);
      return ok({ guest, separated });
    },
    async report(from, to) {
      api.periods.push([from, to]);
      if (!editor()) return forbidden;
      return api.summary ? ok(api.summary) : notFound;
    },
    async captureHealth() {
      return editor() ? ok({ entries: api.health }) : forbidden;
    },
    async reportOf(name, query) {
      api.reportQueries.push([name, query]);
      if (!editor()) return forbidden;
      return name in api.reports ? ok(api.reports[name] as never) : notFound;
    },
    async reportCsv(name, query) {
      api.reportQueries.push([name, query]);
      return editor() ? ok(`table,${query.table}\r\n`) : forbidden;
    },
    async saveRootCauseAction(action) {
      api.reportWrites.push(action);
      const now = '2026-11-22T10:00:00.000Z';
      return ok({
        id: crypto.randomUUID(),
        status: 'open',
        createdAt: now,
        createdBy: 'Ayşe',
        updatedAt: now,
        updatedBy: 'Ayşe',
        topic: action.topic,
        rootCause: action.rootCause,
        month: action.month,
        action: action.action,
        owner: action.owner,
        dueDate: action.dueDate,
      });
    },
    async updateRootCauseAction(id, update) {
      api.reportWrites.push({ id, ...update });
      return notFound;
    },
    async scoreQa(score) {
      api.reportWrites.push(score);
      return ok({
        recordNumber: score.recordNumber,
        agentId: null,
        agentName: null,
        week: '2026-11-16',
        points: Object.values(score.checks).filter(Boolean).length,
        checks: score.checks,
        note: score.note ?? '',
        scoredBy: 'Ayşe',
        scoredAt: '2026-11-22T10:00:00.000Z',
      });
    },
    async qaSettings() {
      return ok({ samplePerAgent: 3 });
    },
    async saveQaSettings(settings) {
      api.reportWrites.push(settings);
      return ok(settings);
    },
    async act(recordNumber, action) {
      api.actions.push({ recordNumber, action });
      if (!api.online) {
        api.queued.push({
          actionId: crypto.randomUUID(),
          recordNumber,
          action,
          queuedAt: at,
          attempts: 1,
          refused: null,
          missing: [],
        });
        return { ok: true, state: 'queued', ticket: null, error: null, missing: [] };
      }
      return applyFakeAction(api, recordNumber, action);
    },
    async queuedActions(recordNumber) {
      return api.queued.filter((a) => recordNumber === undefined || a.recordNumber === recordNumber);
    },
    async activeTicket() {
      return api.active;
    },
    async openWorkspace(recordNumber) {
      api.opened.push(recordNumber);
    },
    async queue(name: QueueName) {
      if (name === 'all' && !editor()) return forbidden;
      const open = [...api.tickets.values()].filter((ticket) => ticket.status !== 'closed');
      const tickets = open.filter((ticket) =>
        name === 'mine'
          ? ticket.ownerAgentId === api.agentId
          : name === 'unassigned'
            ? ticket.ownerAgentId === null
            : name === 'team'
              ? ticket.team === 'front_office'
              : true,
      );
      const body: QueueResponse = { queue: name, tickets };
      return ok(body);
    },
    async agents() {
      return ok({ agents: api.agentList });
    },
    async teams() {
      return ok({ teams: [] });
    },
    async saveTeam() {
      return forbidden;
    },
    async rootCauses() {
      return ok({ rootCauses: api.causes });
    },
    async settings() {
      return notFound;
    },
    async saveSettings() {
      return forbidden;
    },
    async settingsChanges() {
      return ok({ changes: [] });
    },
    async inbox() {
      return ok({ entries: api.inboxEntries.filter((e) => !api.acknowledged.includes(e.ticketId)) });
    },
    async acknowledge(ticketId) {
      api.acknowledged.push(ticketId);
      return ok({});
    },
  };
  return api;
}
