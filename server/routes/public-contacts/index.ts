// Issue 11's coordinator link: POST /v1/tickets/:recordNumber/private-link joins a guest's private
// conversation to a public comment's or review's record. The rules are the repository's.
import type { FastifyInstance } from 'fastify';
import { PrivateLinkRequest } from '../../../shared/public-contacts-contract.ts';
import { RecordNumber, type Ticket } from '../../../shared/ticket.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import { linkPrivateConversation } from '../../repositories/private-link-repository.ts';

const REFUSALS = {
  not_public: 'is not a public comment or review: only a public contact’s record takes a private link',
  closed: 'is closed: reopen it first',
  conversation_public: 'cannot take a public conversation as a private one',
  already_joined: 'already holds that conversation',
} as const;

export function publicContactRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post('/tickets/:recordNumber/private-link', async (request): Promise<Ticket> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'link a private conversation to a public contact');
      const recordNumber = parseRequest(
        RecordNumber,
        (request.params as { recordNumber?: unknown }).recordNumber,
        'record number',
      );
      const body = parseRequest(PrivateLinkRequest, request.body, 'request body');
      const result = await linkPrivateConversation(db, caller.hotel.id, caller.agent.id, recordNumber, body);
      switch (result.outcome) {
        case 'linked':
          return result.ticket;
        case 'no_ticket':
          throw new HttpError(404, 'not_found', `No ticket ${recordNumber} in this hotel.`);
        case 'no_conversation':
          throw new HttpError(
            404,
            'not_found',
            `No ${body.channel} conversation ${body.conversationId} in this hotel.`,
          );
        case 'refused':
          throw new HttpError(409, 'conflict', `${recordNumber} ${REFUSALS[result.why]}.`);
      }
    });
  };
}
