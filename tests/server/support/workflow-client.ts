// The issue-8 routes (working a ticket to its close) through the harness's ApiClient, each
// success checked against the shared contract like the rest of the client.
import type { z } from 'zod';
import {
  QueueResponse,
  TicketDetailResponse,
  type TicketUpdateRequest,
} from '../../../shared/api-contract.ts';
import {
  SettingsChangesResponse,
  SettingsResponse,
  type SettingsUpdateRequest,
} from '../../../shared/hotel-settings.ts';
import {
  AgentListResponse,
  HistoryResponse,
  TeamRecord,
  TicketNote,
  type AssignRequest,
  type CompensationRequest,
  type QueueName,
  type TeamUpdateRequest,
} from '../../../shared/ticket-workflow.ts';
import { Ticket } from '../../../shared/ticket.ts';
import type { ApiClient, RawResponse } from './api-client.ts';

async function ok<S extends z.ZodType>(
  schema: S,
  response: Promise<RawResponse>,
  expected = [200],
): Promise<z.infer<S>> {
  const { status, json } = await response;
  if (!expected.includes(status))
    throw new Error(`expected ${expected.join(' or ')}, got ${status}: ${JSON.stringify(json)}`);
  return schema.parse(json);
}

export function workflow(api: ApiClient) {
  const ticketUrl = (recordNumber: string) => `/v1/tickets/${recordNumber}`;
  return {
    update: (recordNumber: string, body: TicketUpdateRequest) =>
      ok(Ticket, api.raw('PATCH', ticketUrl(recordNumber), { body })),
    patchRaw: (recordNumber: string, body: unknown) =>
      api.error(api.raw('PATCH', ticketUrl(recordNumber), { body })),
    detail: (recordNumber: string) => ok(TicketDetailResponse, api.raw('GET', ticketUrl(recordNumber))),
    claim: (recordNumber: string) => ok(Ticket, api.raw('POST', `${ticketUrl(recordNumber)}/claim`)),
    claimRaw: (recordNumber: string) => api.error(api.raw('POST', `${ticketUrl(recordNumber)}/claim`)),
    assign: (recordNumber: string, body: AssignRequest) =>
      ok(Ticket, api.raw('POST', `${ticketUrl(recordNumber)}/assign`, { body })),
    assignRaw: (recordNumber: string, body: unknown) =>
      api.error(api.raw('POST', `${ticketUrl(recordNumber)}/assign`, { body })),
    note: (recordNumber: string, text: string) =>
      ok(TicketNote, api.raw('POST', `${ticketUrl(recordNumber)}/notes`, { body: { text } }), [201]),
    history: (recordNumber: string) =>
      ok(HistoryResponse, api.raw('GET', `${ticketUrl(recordNumber)}/history`)),
    compensate: (recordNumber: string, body: CompensationRequest) =>
      ok(Ticket, api.raw('POST', `${ticketUrl(recordNumber)}/compensation`, { body })),
    decide: (recordNumber: string, approve: boolean) =>
      ok(Ticket, api.raw('POST', `${ticketUrl(recordNumber)}/compensation/decision`, { body: { approve } })),
    decideRaw: (recordNumber: string, approve: boolean) =>
      api.error(api.raw('POST', `${ticketUrl(recordNumber)}/compensation/decision`, { body: { approve } })),
    noReplyNeeded: (messageId: string) =>
      ok(Ticket, api.raw('POST', `/v1/messages/${messageId}/no-reply-needed`)),
    queue: (queue: QueueName) => ok(QueueResponse, api.raw('GET', `/v1/queues/${queue}`)),
    queueRaw: (queue: string) => api.error(api.raw('GET', `/v1/queues/${queue}`)),
    putTeam: (key: string, body: TeamUpdateRequest) =>
      ok(TeamRecord, api.raw('PUT', `/v1/teams/${key}`, { body })),
    agents: () => ok(AgentListResponse, api.raw('GET', '/v1/agents')),
    settings: () => ok(SettingsResponse, api.raw('GET', '/v1/settings')),
    patchSettings: (body: SettingsUpdateRequest) =>
      ok(SettingsResponse, api.raw('PATCH', '/v1/settings', { body })),
    patchSettingsRaw: (body: unknown) => api.error(api.raw('PATCH', '/v1/settings', { body })),
    settingsChanges: () => ok(SettingsChangesResponse, api.raw('GET', '/v1/settings/changes')),
  };
}

/**
 * Closes a ticket the way a coordinator closes a duplicate, for tests that only need a closed
 * ticket (closing for real needs the closing message and a root cause: ticket-close.test.ts).
 */
export async function closeAsDuplicate(
  server: { colleague(hotelId: string, name: string, role?: 'coordinator'): Promise<{ api: ApiClient }> },
  hotelId: string,
  recordNumber: string,
) {
  const { api } = await server.colleague(hotelId, 'Coordinator', 'coordinator');
  return workflow(api).update(recordNumber, { status: 'closed', closeReason: 'duplicate' });
}
