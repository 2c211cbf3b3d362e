// Calls the API through app.inject and checks every success against the shared contract, so a
// response that drifts from shared/api-contract.ts fails the test that received it.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  ApiError,
  IngestResponse,
  MeResponse,
  TicketDetailResponse,
  TicketListResponse,
} from '../../../shared/api-contract.ts';
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
    method: 'GET' | 'POST' | 'PATCH' | 'OPTIONS',
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

  private async ok<S extends z.ZodType>(schema: S, response: Promise<RawResponse>): Promise<z.infer<S>> {
    const { status, json } = await response;
    if (status !== 200) throw new Error(`expected 200, got ${status}: ${JSON.stringify(json)}`);
    return schema.parse(json);
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

  /** A rejected request: asserts the body is an ApiError and returns status + body. */
  async error(response: Promise<RawResponse>): Promise<{ status: number; body: ApiError }> {
    const { status, json } = await response;
    return { status, body: ApiError.parse(json) };
  }
}
