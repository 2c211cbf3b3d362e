// "No reply needed" on a guest message (issue 8): one click, counted in the reports.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Ticket } from '../../../shared/ticket.ts';
import type { Database } from '../../db/database.ts';
import { parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { markNoReplyNeeded } from '../../repositories/no-reply-repository.ts';

const messageIdOf = (params: unknown) =>
  parseRequest(z.uuid(), (params as { messageId?: unknown }).messageId, 'message id');

export function noReplyNeededRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post('/messages/:messageId/no-reply-needed', async (request): Promise<Ticket> =>
      markNoReplyNeeded(db, callerOf(request).agent, messageIdOf(request.params), true),
    );
    app.delete('/messages/:messageId/no-reply-needed', async (request): Promise<Ticket> =>
      markNoReplyNeeded(db, callerOf(request).agent, messageIdOf(request.params), false),
    );
  };
}
