// Talks to the central API. Every response body is parsed with the shared contract; a failure
// is sorted into "the API cannot take anything now" (thrown as ApiUnavailable: back off and
// retry everything later) or "the API refused this request" (returned: the caller isolates it).
import type { z } from 'zod';
import {
  API_PREFIX,
  ApiError,
  IngestResponse,
  MeResponse,
  TemplateListResponse,
  TemplateResponse,
  TicketListResponse,
} from '../shared/api-contract.ts';
import type { CapturedMessage } from '../shared/message.ts';
import type { ReplyTemplate } from '../shared/templates/template-schema.ts';
import type { Settings } from './settings.ts';
import type { SyncError } from './sync-status.ts';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export class ApiUnavailable extends Error {
  constructor(readonly reason: SyncError) {
    super(`Konuk API unavailable: ${reason.code}${reason.status ? ` (HTTP ${reason.status})` : ''}`);
  }
}

export interface Rejection {
  status: number;
  message: string;
  /** Each problem the API named (a 409 close names every missing part). */
  issues?: { path: string; message: string }[];
  /**
   * The API failed on this request (HTTP 500) rather than refusing it: perhaps a message it
   * cannot handle, perhaps a bad moment. Only message batches report this; the caller tells
   * the two apart by splitting the batch.
   */
  serverFault?: boolean;
}

const REQUEST_TIMEOUT_MS = 30_000;

/** Whose templates: the hotel's library, or the signed-in agent's own drafts (issue 14). */
export type TemplateLibrary = 'hotel' | 'personal';
const LIBRARY_PATHS: Record<TemplateLibrary, string> = { hotel: '/templates', personal: '/my-templates' };

/** 4xx answers that are about the request's content, not the connection or the credentials. */
const CONTENT_REJECTIONS = new Set([400, 409, 413, 422]);

export class ApiClient {
  constructor(
    private readonly settings: Settings,
    private readonly fetchFn: FetchLike,
  ) {}

  async postMessages(
    messages: CapturedMessage[],
  ): Promise<{ ok: true; body: IngestResponse } | { ok: false; rejection: Rejection }> {
    const response = await this.send(
      '/messages/batch',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages }),
      },
      { answerServerFaults: true },
    );
    if (response.status === 500) {
      return {
        ok: false,
        rejection: { status: 500, message: await rejectionMessage(response), serverFault: true },
      };
    }
    if (CONTENT_REJECTIONS.has(response.status)) {
      return { ok: false, rejection: { status: response.status, message: await rejectionMessage(response) } };
    }
    return { ok: true, body: await this.parse(response, IngestResponse) };
  }

  async listTicketChanges(since: string | null, limit: number): Promise<TicketListResponse> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (since !== null) query.set('since', since);
    return this.parse(await this.send(`/tickets?${query}`, { method: 'GET' }), TicketListResponse);
  }

  async me(): Promise<MeResponse> {
    return this.parse(await this.send('/me', { method: 'GET' }), MeResponse);
  }

  async listTemplates(library: TemplateLibrary = 'hotel'): Promise<ReplyTemplate[]> {
    const response = await this.send(LIBRARY_PATHS[library], { method: 'GET' });
    return (await this.parse(response, TemplateListResponse)).templates;
  }

  /**
   * A new template is created (refused when its id is taken); otherwise its id's is replaced.
   * A 403 (a frontline agent changing the hotel's library) is the API's refusal, with its words.
   */
  async saveTemplate(
    template: ReplyTemplate,
    isNew: boolean,
    library: TemplateLibrary = 'hotel',
  ): Promise<{ ok: true; template: ReplyTemplate } | { ok: false; rejection: Rejection }> {
    const base = LIBRARY_PATHS[library];
    const path = isNew ? base : `${base}/${encodeURIComponent(template.id)}`;
    const response = await this.send(
      path,
      {
        method: isNew ? 'POST' : 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(template),
      },
      { answerForbidden: true },
    );
    if (response.status === 403 || CONTENT_REJECTIONS.has(response.status)) {
      return { ok: false, rejection: { status: response.status, message: await rejectionMessage(response) } };
    }
    return { ok: true, template: (await this.parse(response, TemplateResponse)).template };
  }

  /** A template already gone counts as deleted; a 403 is the API's refusal, with its words. */
  async deleteTemplate(
    id: string,
    library: TemplateLibrary = 'hotel',
  ): Promise<{ ok: true } | { ok: false; rejection: Rejection }> {
    const path = `${LIBRARY_PATHS[library]}/${encodeURIComponent(id)}`;
    const response = await this.send(path, { method: 'DELETE' }, { answerForbidden: true });
    if (response.status === 403) {
      return { ok: false, rejection: { status: 403, message: await rejectionMessage(response) } };
    }
    if (!response.ok && response.status !== 404) {
      throw new ApiUnavailable({ code: 'bad_response', status: response.status });
    }
    return { ok: true };
  }

  /**
   * Any other endpoint of the contract: the answer parsed with `schema`, or the API's reason when
   * it refused the request's content. `body` is sent as JSON.
   */
  async request<T extends z.ZodType>(
    path: string,
    init: { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown },
    schema: T,
  ): Promise<{ ok: true; body: z.infer<T> } | { ok: false; rejection: Rejection }> {
    const response = await this.send(
      path,
      init.body === undefined
        ? { method: init.method }
        : {
            method: init.method,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(init.body),
          },
    );
    if (CONTENT_REJECTIONS.has(response.status)) {
      return { ok: false, rejection: await rejectionOf(response) };
    }
    // A DELETE's 204 has no body to parse.
    if (response.status === 204) return { ok: true, body: undefined as z.infer<T> };
    return { ok: true, body: await this.parse(response, schema) };
  }

  /** A GET answered as text in another form than JSON (a report table as CSV). */
  async requestText(
    path: string,
    accept: string,
  ): Promise<{ ok: true; body: string } | { ok: false; rejection: Rejection }> {
    const response = await this.send(path, { method: 'GET', headers: { accept } });
    if (CONTENT_REJECTIONS.has(response.status)) return { ok: false, rejection: await rejectionOf(response) };
    if (!response.ok) throw new ApiUnavailable({ code: 'bad_response', status: response.status });
    return { ok: true, body: await response.text() };
  }

  private async send(
    path: string,
    init: RequestInit,
    {
      answerServerFaults = false,
      answerForbidden = false,
    }: { answerServerFaults?: boolean; answerForbidden?: boolean } = {},
  ): Promise<Response> {
    const url = `${this.settings.apiUrl.replace(/\/+$/, '')}${API_PREFIX}${path}`;
    let response: Response;
    try {
      response = await this.fetchFn(url, {
        ...init,
        headers: { ...init.headers, authorization: `Bearer ${this.settings.token}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new ApiUnavailable({ code: 'unreachable' });
    }
    const { status } = response;
    if (answerForbidden && status === 403) return response;
    if (status === 401 || status === 403) throw new ApiUnavailable({ code: 'unauthorized', status });
    if (answerServerFaults && status === 500) return response;
    if (status === 408 || status === 429 || status >= 500) {
      throw new ApiUnavailable({ code: 'server_error', status });
    }
    if (status >= 400 && !CONTENT_REJECTIONS.has(status)) {
      throw new ApiUnavailable({ code: 'bad_response', status });
    }
    return response;
  }

  private async parse<T extends z.ZodType>(response: Response, schema: T): Promise<z.infer<T>> {
    if (!response.ok) throw new ApiUnavailable({ code: 'bad_response', status: response.status });
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new ApiUnavailable({ code: 'bad_response', status: response.status });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ApiUnavailable({ code: 'bad_response', status: response.status });
    return parsed.data;
  }
}

async function rejectionOf(response: Response): Promise<Rejection> {
  const body = ApiError.safeParse(
    await response
      .clone()
      .json()
      .catch(() => null),
  );
  const message = await rejectionMessage(response);
  return body.success && body.data.issues
    ? { status: response.status, message, issues: body.data.issues }
    : { status: response.status, message };
}

async function rejectionMessage(response: Response): Promise<string> {
  const body = ApiError.safeParse(await response.json().catch(() => null));
  if (!body.success) return `HTTP ${response.status}`;
  const issues = body.data.issues?.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return issues ? `${body.data.message} (${issues})` : body.data.message;
}
