// GET /v1/queues/:queue — mine, my team, unassigned, all (coordinators): what an agent works on
// next, most urgent first.
import type { FastifyInstance } from 'fastify';
import type { QueueResponse } from '../../../shared/api-contract.ts';
import { QueueName, QueueQuery } from '../../../shared/ticket-workflow.ts';
import type { Database } from '../../db/database.ts';
import { parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import { queueTickets } from '../../repositories/queue-repository.ts';
import { orderQueue } from '../../services/queue-order.ts';

export function queueRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/queues/:queue', async (request): Promise<QueueResponse> => {
      const caller = callerOf(request);
      const queue = parseRequest(QueueName, (request.params as { queue?: unknown }).queue, 'queue');
      const { limit } = parseRequest(QueueQuery, request.query, 'query');
      if (queue === 'all') requireCoordinator(caller, 'see every queue');
      const tickets = await queueTickets(db, caller.agent, queue);
      return { queue, tickets: orderQueue(tickets, new Date()).slice(0, limit) };
    });
  };
}
