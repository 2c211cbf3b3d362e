// Calls the API through app.inject and checks every success against the shared contract, so a
// response that drifts from shared/api-contract.ts fails the test that received it.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  ApiError,
  CaptureHealthEntry,
  CaptureHealthResponse,
  GuestDetailResponse,
  GuestUnmergeResponse,
  IngestResponse,
  MeResponse,
  NotificationListResponse,
  PhoneCallResponse,
  ReportSummary,
  SelectorPack,
  SelectorPackListResponse,
  TemplateListResponse,
  TemplateResponse,
  TicketDetailResponse,
  TicketListResponse,
  type CaptureHealthReport,
  type PhoneCallRequest,
  type SelectorPackUpdateRequest,
  type TicketUpdateRequest,
} from '../../../shared/api-contract.ts';
import type { ReplyTemplateInput } from '../../../shared/templates/template-schema.ts';
import type { CapturedMessage } from '../../../shared/message.ts';
import { Ticket } from '../../../shared/ticket.ts';

export interface RawResponse {
  status: number;
  headers: Record<string, unknown>;
  json: unknown;
}

export class ApiClient {
  constructor(
    private readonly app: FastifyInstance,
    private readonly token: string,
  ) {}

  async raw(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS',
    url: string,
    options: { body?: unknown; payload?: string; headers?: Record<string, string> } = {},
  ): Promise<RawResponse> {
    const response = await this.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${this.token}`, ...options.headers },
      ...(options.payload !== undefined
        ? { payload: options.payload }
        : options.body !== undefined
          ? { payload: options.body as object }
          : {}),
    });
    const text = response.body;
    return {
      status: response.statusCode,
      headers: response.headers,
      json: text ? JSON.parse(text) : undefined,
    };
  }

  private async ok<S extends z.ZodType>(
    schema: S,
    response: Promise<RawResponse>,
    expected: readonly number[] = [200],
  ): Promise<z.infer<S>> {
    const { status, json } = await response;
    if (!expected.includes(status)) {
      throw new Error(`expected ${expected.join(' or ')}, got ${status}: ${JSON.stringify(json)}`);
    }
    return schema.parse(json);
  }

  private static search(query: Record<string, string | number | boolean>): string {
    return new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  }

  me() {
    return this.ok(MeResponse, this.raw('GET', '/v1/me'));
  }

  ingest(messages: CapturedMessage[]) {
    return this.ok(IngestResponse, this.raw('POST', '/v1/messages/batch', { body: { messages } }));
  }

  list(query: Record<string, string | number> = {}) {
    const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
    return this.ok(TicketListResponse, this.raw('GET', `/v1/tickets?${search}`));
  }

  ticket(recordNumber: string) {
    return this.ok(TicketDetailResponse, this.raw('GET', `/v1/tickets/${recordNumber}`));
  }

  setStatus(recordNumber: string, status: Ticket['status']) {
    return this.ok(Ticket, this.raw('PATCH', `/v1/tickets/${recordNumber}`, { body: { status } }));
  }

  update(recordNumber: string, update: TicketUpdateRequest) {
    return this.ok(Ticket, this.raw('PATCH', `/v1/tickets/${recordNumber}`, { body: update }));
  }

  logCall(call: Partial<PhoneCallRequest>) {
    return this.ok(PhoneCallResponse, this.raw('POST', '/v1/tickets', { body: call }), [200, 201]);
  }

  notifications(query: Record<string, string | number | boolean> = {}) {
    return this.ok(NotificationListResponse, this.raw('GET', `/v1/notifications?${ApiClient.search(query)}`));
  }

  templates() {
    return this.ok(TemplateListResponse, this.raw('GET', '/v1/templates'));
  }

  createTemplate(template: ReplyTemplateInput) {
    return this.ok(TemplateResponse, this.raw('POST', '/v1/templates', { body: template }), [201]);
  }

  putTemplate(template: ReplyTemplateInput) {
    return this.ok(
      TemplateResponse,
      this.raw('PUT', `/v1/templates/${template.id}`, { body: template }),
      [200, 201],
    );
  }

  report(from: string, to: string) {
    return this.ok(ReportSummary, this.raw('GET', `/v1/reports/summary?${ApiClient.search({ from, to })}`));
  }

  guest(guestId: string) {
    return this.ok(GuestDetailResponse, this.raw('GET', `/v1/guests/${guestId}`));
  }

  mergeGuests(guestId: string, otherGuestId: string) {
    return this.ok(
      GuestDetailResponse,
      this.raw('POST', `/v1/guests/${guestId}/merge`, { body: { otherGuestId } }),
    );
  }

  unmergeGuest(guestId: string, linkId: string) {
    return this.ok(
      GuestUnmergeResponse,
      this.raw('POST', `/v1/guests/${guestId}/unmerge`, { body: { linkId } }),
    );
  }

  selectorPacks() {
    return this.ok(SelectorPackListResponse, this.raw('GET', '/v1/selector-packs'));
  }

  putSelectorPack(platform: string, pack: SelectorPackUpdateRequest) {
    return this.ok(SelectorPack, this.raw('PUT', `/v1/selector-packs/${platform}`, { body: pack }));
  }

  reportHealth(report: CaptureHealthReport) {
    return this.ok(CaptureHealthEntry, this.raw('POST', '/v1/capture-health', { body: report }));
  }

  captureHealth() {
    return this.ok(CaptureHealthResponse, this.raw('GET', '/v1/capture-health'));
  }

  /** A rejected request: asserts the body is an ApiError and returns status + body. */
  async error(response: Promise<RawResponse>): Promise<{ status: number; body: ApiError }> {
    const { status, json } = await response;
    return { status, body: ApiError.parse(json) };
  }
}
