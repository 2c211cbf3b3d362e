// The one API the extension's pages (popup, side panel, options, dashboard, settings) use for
// data. Reads and coordinator actions go straight to the Konuk API with the saved connection
// (extension pages may hold the token; pages and content scripts never do); a phone call and
// ticket actions go through the background, which stores them before sending; what the browser
// itself holds is read through the page store (page-store.ts). Components never open the
// background's database.
import { z } from 'zod';
import { browser } from 'wxt/browser';
import {
  CaptureHealthResponse,
  GuestDetailResponse,
  GuestUnmergeResponse,
  InboxResponse,
  MeResponse,
  QueueResponse,
  ReportSummary,
  TicketDetailResponse,
} from '../shared/api-contract.ts';
import {
  ActiveTicketReply,
  LogPhoneCallReply,
  QueuedTicketActionsReply,
  TicketActionReply,
  type ActiveTicketRequest,
  type LogPhoneCallRequest,
  type OpenWorkspaceRequest,
  type QueuedTicketAction,
  type QueuedTicketActionsRequest,
  type RefreshNotificationsRequest,
  type TicketActionRequest,
  type WorkspaceAction,
} from '../shared/runtime-messages.ts';
import {
  AgentListResponse,
  TeamListResponse,
  TeamRecord,
  type QueueName,
  type TeamUpdateRequest,
} from '../shared/ticket-workflow.ts';
import {
  RootCauseListResponse,
  SettingsChangesResponse,
  SettingsResponse,
  type SettingsUpdateRequest,
} from '../shared/hotel-settings.ts';
import {
  DeliveryListResponse,
  WebhookCreateResponse,
  WebhookInfo,
  WebhookListResponse,
  type WebhookCreateRequest,
  type WebhookUpdateRequest,
} from '../shared/webhook-contract.ts';
import {
  ReservationImportResponse,
  ThankYouDueResponse,
  ThankYouSentResponse,
} from '../shared/reservation-contract.ts';
import { REPORTS, type ReportName, type ReportOf } from '../shared/report-endpoints.ts';
import {
  QaScore,
  QaSettings,
  RootCauseAction,
  type QaScoreRequest,
  type RootCauseActionRequest,
  type RootCauseActionUpdate,
} from '../shared/report-loop-contract.ts';
import { ApiUnavailable, type FetchLike } from '../background/api-client.ts';
import { configuredApi } from '../background/configured-api.ts';
import { openKonukDb, type KonukDb } from '../background/db.ts';
import { createPageStore, type PageStore } from './page-store.ts';

export type PageApiError =
  | 'not_configured'
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'refused'
  | 'server_error'
  | 'bad_response';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: PageApiError; message?: string };

export interface PageApi extends PageStore {
  logCall(request: Omit<LogPhoneCallRequest, 'type'>): Promise<LogPhoneCallReply>;
  refreshNotifications(): Promise<void>;
  me(): Promise<ApiResult<MeResponse>>;
  ticket(recordNumber: string): Promise<ApiResult<TicketDetailResponse>>;
  guest(guestId: string): Promise<ApiResult<GuestDetailResponse>>;
  merge(guestId: string, otherGuestId: string): Promise<ApiResult<GuestDetailResponse>>;
  unmerge(guestId: string, linkId: string): Promise<ApiResult<GuestUnmergeResponse>>;
  report(from: string, to: string): Promise<ApiResult<ReportSummary>>;
  captureHealth(): Promise<ApiResult<CaptureHealthResponse>>;
  // Issue 8, the agent's workspace. Actions go through the background, which queues them while
  // the API is away; reads go to the API like the ones above.
  act(recordNumber: string, action: WorkspaceAction): Promise<TicketActionReply>;
  queuedActions(recordNumber?: string): Promise<QueuedTicketAction[]>;
  /** The ticket of the conversation in the active tab, when Konuk has captured it. */
  activeTicket(): Promise<string | null>;
  openWorkspace(recordNumber?: string): Promise<void>;
  queue(name: QueueName): Promise<ApiResult<QueueResponse>>;
  agents(): Promise<ApiResult<AgentListResponse>>;
  teams(): Promise<ApiResult<TeamListResponse>>;
  saveTeam(key: string, team: TeamUpdateRequest): Promise<ApiResult<TeamRecord>>;
  rootCauses(): Promise<ApiResult<RootCauseListResponse>>;
  settings(): Promise<ApiResult<SettingsResponse>>;
  saveSettings(update: SettingsUpdateRequest): Promise<ApiResult<SettingsResponse>>;
  settingsChanges(): Promise<ApiResult<SettingsChangesResponse>>;
  inbox(): Promise<ApiResult<InboxResponse>>;
  acknowledge(ticketId: string): Promise<ApiResult<unknown>>;
  // Issue 9: webhooks (coordinators and supervisors).
  webhooks(): Promise<ApiResult<WebhookListResponse>>;
  createWebhook(request: WebhookCreateRequest): Promise<ApiResult<WebhookCreateResponse>>;
  updateWebhook(id: string, update: WebhookUpdateRequest): Promise<ApiResult<WebhookInfo>>;
  deleteWebhook(id: string): Promise<ApiResult<unknown>>;
  webhookDeliveries(id: string): Promise<ApiResult<DeliveryListResponse>>;
  // Issue 9: the reservation list (coordinators and supervisors) and the thank-you-due queue.
  importReservations(csv: string): Promise<ApiResult<ReservationImportResponse>>;
  thankYouDue(): Promise<ApiResult<ThankYouDueResponse>>;
  markThankYouSent(stayKey: string): Promise<ApiResult<ThankYouSentResponse>>;
  // Issue 9: the reports over time (shared/report-endpoints.ts), each table as CSV, the actions
  // recorded against root causes, and QA.
  reportOf<N extends ReportName>(name: N, query: Record<string, string>): Promise<ApiResult<ReportOf<N>>>;
  reportCsv(name: ReportName, query: Record<string, string>): Promise<ApiResult<string>>;
  saveRootCauseAction(action: RootCauseActionRequest): Promise<ApiResult<RootCauseAction>>;
  updateRootCauseAction(id: string, update: RootCauseActionUpdate): Promise<ApiResult<RootCauseAction>>;
  scoreQa(score: QaScoreRequest): Promise<ApiResult<QaScore>>;
  qaSettings(): Promise<ApiResult<QaSettings>>;
  saveQaSettings(settings: QaSettings): Promise<ApiResult<QaSettings>>;
}

export function createPageApi(
  db: KonukDb = openKonukDb(),
  fetchFn: FetchLike = (input, init) => fetch(input, init),
): PageApi {
  async function call<T extends z.ZodType>(
    path: string,
    init: { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown },
    schema: T,
  ): Promise<ApiResult<z.infer<T>>> {
    const api = await configuredApi(db, fetchFn);
    if (!api) return { ok: false, error: 'not_configured' };
    try {
      const answer = await api.request(path, init, schema);
      return answer.ok
        ? { ok: true, value: answer.body }
        : { ok: false, error: 'refused', message: answer.rejection.message };
    } catch (error) {
      if (!(error instanceof ApiUnavailable)) throw error;
      return { ok: false, error: errorOf(error) };
    }
  }
  const id = encodeURIComponent;
  async function csv(path: string): Promise<ApiResult<string>> {
    const api = await configuredApi(db, fetchFn);
    if (!api) return { ok: false, error: 'not_configured' };
    try {
      const answer = await api.requestText(path, 'text/csv');
      return answer.ok
        ? { ok: true, value: answer.body }
        : { ok: false, error: 'refused', message: answer.rejection.message };
    } catch (error) {
      if (!(error instanceof ApiUnavailable)) throw error;
      return { ok: false, error: errorOf(error) };
    }
  }

  return {
    ...createPageStore(db),
    async logCall(request) {
      const answer: unknown = await browser.runtime
        .sendMessage({ type: 'konuk/log-phone-call', ...request } satisfies LogPhoneCallRequest)
        .catch(() => undefined);
      const reply = LogPhoneCallReply.safeParse(answer);
      return reply.success ? reply.data : { ok: false, error: 'the extension did not answer' };
    },
    async refreshNotifications() {
      const request: RefreshNotificationsRequest = { type: 'konuk/refresh-notifications' };
      await browser.runtime.sendMessage(request).catch(() => undefined);
    },
    me: () => call('/me', { method: 'GET' }, MeResponse),
    ticket: (recordNumber) => call(`/tickets/${id(recordNumber)}`, { method: 'GET' }, TicketDetailResponse),
    guest: (guestId) => call(`/guests/${id(guestId)}`, { method: 'GET' }, GuestDetailResponse),
    merge: (guestId, otherGuestId) =>
      call(`/guests/${id(guestId)}/merge`, { method: 'POST', body: { otherGuestId } }, GuestDetailResponse),
    unmerge: (guestId, linkId) =>
      call(`/guests/${id(guestId)}/unmerge`, { method: 'POST', body: { linkId } }, GuestUnmergeResponse),
    report: (from, to) =>
      call(`/reports/summary?${new URLSearchParams({ from, to })}`, { method: 'GET' }, ReportSummary),
    captureHealth: () => call('/capture-health', { method: 'GET' }, CaptureHealthResponse),
    async act(recordNumber, action) {
      const request: TicketActionRequest = {
        type: 'konuk/ticket-action',
        recordNumber,
        actionId: crypto.randomUUID(),
        action,
      };
      const reply = TicketActionReply.safeParse(await ask(request));
      return reply.success ? reply.data : { ok: false, error: 'the extension did not answer' };
    },
    async queuedActions(recordNumber) {
      const request: QueuedTicketActionsRequest = { type: 'konuk/queued-ticket-actions', recordNumber };
      const reply = QueuedTicketActionsReply.safeParse(await ask(request));
      return reply.success && reply.data.ok ? reply.data.actions : [];
    },
    async activeTicket() {
      const request: ActiveTicketRequest = { type: 'konuk/active-ticket' };
      const reply = ActiveTicketReply.safeParse(await ask(request));
      return reply.success && reply.data.ok ? reply.data.recordNumber : null;
    },
    async openWorkspace(recordNumber) {
      const request: OpenWorkspaceRequest = { type: 'konuk/open-workspace', recordNumber };
      await ask(request);
    },
    queue: (name) => call(`/queues/${id(name)}`, { method: 'GET' }, QueueResponse),
    agents: () => call('/agents', { method: 'GET' }, AgentListResponse),
    teams: () => call('/teams', { method: 'GET' }, TeamListResponse),
    saveTeam: (key, team) => call(`/teams/${id(key)}`, { method: 'PUT', body: team }, TeamRecord),
    rootCauses: () => call('/root-causes', { method: 'GET' }, RootCauseListResponse),
    settings: () => call('/settings', { method: 'GET' }, SettingsResponse),
    saveSettings: (update) => call('/settings', { method: 'PATCH', body: update }, SettingsResponse),
    settingsChanges: () => call('/settings/changes', { method: 'GET' }, SettingsChangesResponse),
    inbox: () => call('/notifications/inbox', { method: 'GET' }, InboxResponse),
    acknowledge: (ticketId) =>
      call(`/notifications/inbox/${id(ticketId)}/acknowledge`, { method: 'POST' }, z.unknown()),
    webhooks: () => call('/webhooks', { method: 'GET' }, WebhookListResponse),
    createWebhook: (body) => call('/webhooks', { method: 'POST', body }, WebhookCreateResponse),
    updateWebhook: (webhookId, body) =>
      call(`/webhooks/${id(webhookId)}`, { method: 'PATCH', body }, WebhookInfo),
    deleteWebhook: (webhookId) => call(`/webhooks/${id(webhookId)}`, { method: 'DELETE' }, z.unknown()),
    webhookDeliveries: (webhookId) =>
      call(`/webhooks/${id(webhookId)}/deliveries`, { method: 'GET' }, DeliveryListResponse),
    importReservations: (csv) =>
      call('/reservations/import', { method: 'POST', body: { csv } }, ReservationImportResponse),
    thankYouDue: () => call('/queues/thank-you-due', { method: 'GET' }, ThankYouDueResponse),
    markThankYouSent: (stayKey) =>
      call('/queues/thank-you-due/sent', { method: 'POST', body: { stayKey } }, ThankYouSentResponse),
    reportOf: (name, query) =>
      call(
        `/reports/${name}?${new URLSearchParams(query)}`,
        { method: 'GET' },
        REPORTS[name].response,
      ) as never,
    reportCsv: (name, query) => csv(`/reports/${name}?${new URLSearchParams(query)}`),
    saveRootCauseAction: (action) =>
      call('/reports/root-causes/actions', { method: 'POST', body: action }, RootCauseAction),
    updateRootCauseAction: (actionId, update) =>
      call(
        `/reports/root-causes/actions/${id(actionId)}`,
        { method: 'PATCH', body: update },
        RootCauseAction,
      ),
    scoreQa: (score) => call('/reports/qa/scores', { method: 'POST', body: score }, QaScore),
    qaSettings: () => call('/reports/qa/settings', { method: 'GET' }, QaSettings),
    saveQaSettings: (settings) => call('/reports/qa/settings', { method: 'PUT', body: settings }, QaSettings),
  };
}

async function ask(request: { type: string }): Promise<unknown> {
  return browser.runtime.sendMessage(request).catch(() => undefined);
}

function errorOf(error: ApiUnavailable): PageApiError {
  const { code, status } = error.reason;
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return code;
}
