// Working a ticket (issue 8): claim, assign or hand on, internal notes, history, compensation
// and its approval. Every rule is the repositories'; these only parse and answer.
import type { FastifyInstance } from 'fastify';
import { RecordNumber, type Ticket } from '../../../shared/ticket.ts';
import {
  AssignRequest,
  CompensationDecisionRequest,
  CompensationRequest,
  NoteRequest,
  type HistoryResponse,
  type TicketNote,
} from '../../../shared/ticket-workflow.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { decideCompensation, requestCompensation } from '../../repositories/compensation-repository.ts';
import { addNote, ticketHistory } from '../../repositories/ticket-history-repository.ts';
import { assignTicket, claimTicket } from '../../repositories/ticket-owner-repository.ts';
import { findTicket } from '../../repositories/ticket-repository.ts';

function recordNumberOf(params: unknown): string {
  return parseRequest(RecordNumber, (params as { recordNumber?: unknown }).recordNumber, 'record number');
}

export function ticketWorkflowRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    const ticketOf = async (hotelId: string, recordNumber: string): Promise<Ticket> => {
      const ticket = await findTicket(db, hotelId, recordNumber);
      if (!ticket) throw new HttpError(404, 'not_found', `No ticket ${recordNumber} in this hotel.`);
      return ticket;
    };

    app.post('/tickets/:recordNumber/claim', async (request): Promise<Ticket> => {
      return claimTicket(db, callerOf(request).agent, recordNumberOf(request.params));
    });

    app.post('/tickets/:recordNumber/assign', async (request): Promise<Ticket> => {
      const recordNumber = recordNumberOf(request.params);
      const body = parseRequest(AssignRequest, request.body, 'request body');
      return assignTicket(db, callerOf(request).agent, recordNumber, body);
    });

    app.post('/tickets/:recordNumber/notes', async (request, reply): Promise<TicketNote> => {
      const { agent, hotel } = callerOf(request);
      const recordNumber = recordNumberOf(request.params);
      const { text } = parseRequest(NoteRequest, request.body, 'request body');
      const ticket = await ticketOf(hotel.id, recordNumber);
      const note = await db.transaction((tx) =>
        addNote(tx, hotel.id, ticket.id, agent.id, text, new Date().toISOString()),
      );
      reply.code(201);
      return note;
    });

    app.get('/tickets/:recordNumber/history', async (request): Promise<HistoryResponse> => {
      const { hotel } = callerOf(request);
      const ticket = await ticketOf(hotel.id, recordNumberOf(request.params));
      return { entries: await ticketHistory(db, hotel.id, ticket.id) };
    });

    app.post('/tickets/:recordNumber/compensation', async (request): Promise<Ticket> => {
      const recordNumber = recordNumberOf(request.params);
      const body = parseRequest(CompensationRequest, request.body, 'request body');
      return requestCompensation(db, callerOf(request).agent, recordNumber, body);
    });

    app.post('/tickets/:recordNumber/compensation/decision', async (request): Promise<Ticket> => {
      const recordNumber = recordNumberOf(request.params);
      const body = parseRequest(CompensationDecisionRequest, request.body, 'request body');
      return decideCompensation(db, callerOf(request).agent, recordNumber, body);
    });
  };
}
