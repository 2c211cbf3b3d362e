import type { FastifyInstance } from 'fastify';
import { NotificationListQuery, type NotificationListResponse } from '../../../shared/api-contract.ts';
import type { Database } from '../../db/database.ts';
import { parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { escalateDueTickets } from '../../repositories/escalation-sweep.ts';
import { listNotifications } from '../../repositories/notification-repository.ts';

export function notificationRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/notifications', async (request): Promise<NotificationListResponse> => {
      const { agent, hotel } = callerOf(request);
      const query = parseRequest(NotificationListQuery, request.query, 'query');
      // Tiers that fell due since the server's last sweep are recorded before anyone reads.
      await escalateDueTickets(db, new Date(), hotel.id);
      const page = await listNotifications(db, hotel.id, agent.role, query);
      return {
        notifications: page.notifications,
        cursor: page.notifications.at(-1)?.seq ?? query.since ?? null,
        hasMore: page.hasMore,
      };
    });
  };
}
