// GET /v1/notifications/inbox and POST /v1/notifications/inbox/:ticketId/acknowledge (issue 8).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { InboxResponse } from '../../../shared/api-contract.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { escalateDueTickets } from '../../repositories/escalation-sweep.ts';
import { acknowledge, inbox } from '../../repositories/notification-inbox.ts';

export function notificationInboxRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/notifications/inbox', async (request): Promise<InboxResponse> => {
      const { agent, hotel } = callerOf(request);
      // Tiers that fell due since the server's last sweep are recorded before anyone reads.
      await escalateDueTickets(db, new Date(), hotel.id);
      return { entries: await inbox(db, agent) };
    });

    app.post('/notifications/inbox/:ticketId/acknowledge', async (request, reply): Promise<void> => {
      const { agent } = callerOf(request);
      const ticketId = parseRequest(
        z.uuid(),
        (request.params as { ticketId?: unknown }).ticketId,
        'ticket id',
      );
      if (!(await acknowledge(db, agent, ticketId))) {
        throw new HttpError(404, 'not_found', `No ticket ${ticketId} in this hotel.`);
      }
      reply.code(204);
    });
  };
}
