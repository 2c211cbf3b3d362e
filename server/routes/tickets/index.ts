import type { FastifyInstance } from 'fastify';
import {
  TicketListQuery,
  TicketUpdateRequest,
  type TicketDetailResponse,
  type TicketListResponse,
} from '../../../shared/api-contract.ts';
import { RecordNumber, type Ticket } from '../../../shared/ticket.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { storableText } from '../../services/storable-text.ts';
import {
  changeTicketStatus,
  findTicket,
  listTickets,
  ticketMessages,
} from '../../repositories/ticket-repository.ts';

const MAX_CURSOR = 2n ** 63n - 1n;

function recordNumberOf(params: unknown): string {
  return parseRequest(RecordNumber, (params as { recordNumber?: unknown }).recordNumber, 'record number');
}

// Another hotel's record number gets the same answer as one that does not exist.
function notFound(recordNumber: string): HttpError {
  return new HttpError(404, 'not_found', `No ticket ${recordNumber} in this hotel.`);
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

    app.get('/tickets/:recordNumber', async (request): Promise<TicketDetailResponse> => {
      const { hotel } = callerOf(request);
      const recordNumber = recordNumberOf(request.params);
      const ticket = await findTicket(db, hotel.id, recordNumber);
      if (!ticket) throw notFound(recordNumber);
      return { ticket, messages: await ticketMessages(db, hotel.id, ticket.id) };
    });

    app.patch('/tickets/:recordNumber', async (request): Promise<Ticket> => {
      const { hotel } = callerOf(request);
      const recordNumber = recordNumberOf(request.params);
      const { status } = parseRequest(TicketUpdateRequest, request.body, 'request body');
      if (status === undefined) {
        throw new HttpError(400, 'invalid_request', 'Label corrections are not supported yet.');
      }
      const change = await changeTicketStatus(db, hotel.id, recordNumber, status);
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
