// The central API's contract: every request and response body, shared by the server (which
// parses requests with these) and the extension (which parses responses with these).
import { z } from 'zod';
import { CapturedMessage } from './message.ts';
import { StoredMessage, Ticket, TicketStatus } from './ticket.ts';
import { Channel, Role } from './taxonomy.ts';
import { MAX_BATCH_MESSAGES, MAX_PAGE_SIZE } from './limits.ts';

export const API_PREFIX = '/v1';

export const ApiError = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

// POST /v1/messages/batch — idempotent: a message already stored (same key) is not stored again.
export const IngestRequest = z.object({
  messages: z.array(CapturedMessage).min(1).max(MAX_BATCH_MESSAGES),
});
export type IngestRequest = z.infer<typeof IngestRequest>;

export const IngestResult = z.object({
  key: z.string(),
  messageId: z.uuid(),
  ticketId: z.uuid().nullable(),
  recordNumber: z.string().nullable(),
  duplicate: z.boolean(),
});
export type IngestResult = z.infer<typeof IngestResult>;

export const IngestResponse = z.object({
  results: z.array(IngestResult),
  /** The current state of every ticket the batch touched. */
  tickets: z.array(Ticket),
});
export type IngestResponse = z.infer<typeof IngestResponse>;

// GET /v1/tickets — keyset pagination on changeSeq, which also serves "changes since".
const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item));

export const TicketListQuery = z.object({
  status: csv(TicketStatus).optional(),
  channel: csv(Channel).optional(),
  conversationId: z.string().max(300).optional(),
  /** Return tickets whose changeSeq is greater than this cursor. */
  since: z.string().regex(/^\d+$/, 'since is a cursor returned by this endpoint').optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
});
export type TicketListQuery = z.infer<typeof TicketListQuery>;

export const TicketListResponse = z.object({
  tickets: z.array(Ticket),
  /** Pass as `since` to continue; equals the request's `since` when nothing changed. */
  cursor: z.string().nullable(),
  hasMore: z.boolean(),
});
export type TicketListResponse = z.infer<typeof TicketListResponse>;

// GET /v1/tickets/:recordNumber
export const TicketDetailResponse = z.object({ ticket: Ticket, messages: z.array(StoredMessage) });
export type TicketDetailResponse = z.infer<typeof TicketDetailResponse>;

// PATCH /v1/tickets/:recordNumber
export const TicketUpdateRequest = z.object({ status: TicketStatus }).strict();
export type TicketUpdateRequest = z.infer<typeof TicketUpdateRequest>;

// GET /v1/me — what the options page's "test connection" shows.
export const MeResponse = z.object({
  agent: z.object({ id: z.uuid(), name: z.string(), role: Role }),
  hotel: z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() }),
});
export type MeResponse = z.infer<typeof MeResponse>;
