import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  PhoneCallRequest,
  TicketListQuery,
  TicketUpdateRequest,
  type PhoneCallResponse,
  type TicketDetailResponse,
  type TicketListResponse,
} from '../../../shared/api-contract.ts';
import type { CapturedMessage } from '../../../shared/message.ts';
import { normalisePhoneNumber, phoneRegion } from '../../../shared/phone-number.ts';
import { RecordNumber, type Ticket } from '../../../shared/ticket.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { ingestBatch } from '../../repositories/ingest-repository.ts';
import { storableText } from '../../services/storable-text.ts';
import { closeMissing } from '../../services/ticket-status-rules.ts';
import { ticketHistory, ticketNotes } from '../../repositories/ticket-history-repository.ts';
import { statusFactsOf } from '../../repositories/ticket-workflow-repository.ts';
import {
  findTicket,
  listTickets,
  ticketConversations,
  ticketMessages,
  updateTicket,
} from '../../repositories/ticket-repository.ts';

const MAX_CURSOR = 2n ** 63n - 1n;
/** A call logged a little ahead of the server's clock is fine; one tomorrow is a typo. */
const MAX_CALL_CLOCK_SKEW_MS = 5 * 60_000;

function recordNumberOf(params: unknown): string {
  return parseRequest(RecordNumber, (params as { recordNumber?: unknown }).recordNumber, 'record number');
}

// Another hotel's record number gets the same answer as one that does not exist.
function notFound(recordNumber: string): HttpError {
  return new HttpError(404, 'not_found', `No ticket ${recordNumber} in this hotel.`);
}

function invalidField(path: string, message: string): HttpError {
  return new HttpError(400, 'invalid_request', `Invalid request body: ${path}: ${message}`, [
    { path, message },
  ]);
}

/** What a logged call's answer says when the agent did not write down what they told the guest. */
export const ANSWERED_ON_THE_CALL = '[Answered on the call]';

/**
 * A logged call as captured messages: the guest's words, and the agent's answer on the call. The
 * call itself was the first response (someone picked up and spoke to the guest), so a call logged
 * without "what you told the guest" still gets an answer at the time of the call, with a readable
 * placeholder for its words; otherwise its first-response clock would breach minutes later.
 * The conversation is the guest's number, so calls from one number share a ticket while it is
 * open; a call without a number is a conversation of its own.
 */
function callMessages(
  call: PhoneCallRequest,
  agentName: string,
  now: string,
  country: string,
): CapturedMessage[] {
  let phone: string | null = null;
  if (call.guestPhone !== undefined) {
    phone = normalisePhoneNumber(call.guestPhone, phoneRegion(country));
    if (!phone) throw invalidField('guestPhone', 'not a phone number (write it as +90 532 123 45 67)');
  }
  const calledAt = call.calledAt ?? now;
  if (Date.parse(calledAt) > Date.parse(now) + MAX_CALL_CLOCK_SKEW_MS) {
    throw invalidField('calledAt', 'a call cannot be logged before it happens');
  }
  const callId = call.callId ?? randomUUID();
  const base = {
    channel: 'phone' as const,
    conversationId: phone ? `tel:${phone}` : `call:${callId}`,
    sentAt: new Date(calledAt).toISOString(),
    capturedAt: now,
    conversationTitle: call.guestName,
    ...(call.reservationNumber ? { reservationNumber: call.reservationNumber } : {}),
    ...(call.stay ? { stay: call.stay } : {}),
  };
  const guest: CapturedMessage = {
    ...base,
    platformMessageId: `call:${callId}`,
    direction: 'inbound',
    senderName: call.guestName,
    guestName: call.guestName,
    ...(phone ? { senderHandle: phone } : {}),
    text: call.text,
  };
  return [
    guest,
    {
      ...base,
      platformMessageId: `reply:${callId}`,
      direction: 'outbound',
      senderName: agentName,
      text: call.reply || ANSWERED_ON_THE_CALL,
    },
  ];
}

export function ticketRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/tickets', async (request): Promise<TicketListResponse> => {
      const { hotel } = callerOf(request);
      const query = parseRequest(TicketListQuery, request.query, 'query');
      if (query.since !== undefined && BigInt(query.since) > MAX_CURSOR) {
        throw new HttpError(
          400,
          'invalid_request',
          'Invalid query: since is not a cursor this API returned.',
        );
      }
      // Stored conversation ids went through storableText; a filter must match them the same way.
      const conversationId =
        query.conversationId === undefined ? undefined : storableText(query.conversationId);
      const page = await listTickets(db, hotel.id, { ...query, conversationId });
      return {
        tickets: page.tickets,
        cursor: page.tickets.at(-1)?.changeSeq ?? query.since ?? null,
        hasMore: page.hasMore,
      };
    });

    app.post('/tickets', async (request, reply): Promise<PhoneCallResponse> => {
      const { agent, hotel } = callerOf(request);
      const call = parseRequest(PhoneCallRequest, request.body, 'request body');
      const messages = callMessages(call, agent.name, new Date().toISOString(), hotel.country);
      const ingested = await ingestBatch(db, {
        hotelId: hotel.id,
        agentId: agent.id,
        timeZone: hotel.timeZone,
        country: hotel.country,
        messages,
      });
      const result = ingested.results[0]!;
      const ticket = ingested.tickets.find((t) => t.id === result.ticketId)!;
      reply.code(result.duplicate ? 200 : 201);
      return { ticket, messageId: result.messageId, duplicate: result.duplicate };
    });

    app.get('/tickets/:recordNumber', async (request): Promise<TicketDetailResponse> => {
      const { hotel } = callerOf(request);
      const recordNumber = recordNumberOf(request.params);
      const ticket = await findTicket(db, hotel.id, recordNumber);
      if (!ticket) throw notFound(recordNumber);
      const facts = await statusFactsOf(db, hotel.id, ticket.id);
      return {
        ticket,
        messages: await ticketMessages(db, hotel.id, ticket.id),
        conversations: await ticketConversations(db, hotel.id, ticket.id),
        notes: await ticketNotes(db, hotel.id, ticket.id),
        history: await ticketHistory(db, hotel.id, ticket.id),
        closeMissing: facts ? closeMissing(facts) : [],
      };
    });

    app.patch('/tickets/:recordNumber', async (request): Promise<Ticket> => {
      const { agent, hotel } = callerOf(request);
      const recordNumber = recordNumberOf(request.params);
      const update = parseRequest(TicketUpdateRequest, request.body, 'request body');
      const change = await updateTicket(db, hotel.id, recordNumber, update, {
        agentId: agent.id,
        role: agent.role,
      });
      if (change.outcome === 'not_found') throw notFound(recordNumber);
      if (change.outcome === 'conflict') {
        throw new HttpError(
          409,
          'conflict',
          `${recordNumber} cannot be reopened: its conversation continues in ${change.activeRecordNumber}.`,
        );
      }
      return change.ticket;
    });
  };
}
