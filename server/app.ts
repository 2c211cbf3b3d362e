// The Konuk API as a Fastify instance (no listen): main.ts serves it, tests inject into it.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { API_PREFIX } from '../shared/api-contract.ts';
import { MAX_BODY_BYTES } from '../shared/limits.ts';
import type { Database } from './db/database.ts';
import { registerAuth } from './plugins/auth.ts';
import type { RateLimits } from './plugins/rate-limit.ts';
import { registerCors } from './plugins/cors.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { captureHealthRoutes } from './routes/capture-health/index.ts';
import { guestRoutes } from './routes/guests/index.ts';
import { healthRoutes } from './routes/health/index.ts';
import { meRoutes } from './routes/me/index.ts';
import { messageRoutes } from './routes/messages/index.ts';
import { notificationRoutes } from './routes/notifications/index.ts';
import { reportRoutes } from './routes/reports/index.ts';
import { selectorPackRoutes } from './routes/selector-packs/index.ts';
import { templateRoutes } from './routes/templates/index.ts';
import { ticketRoutes } from './routes/tickets/index.ts';
import { tokenRoutes } from './routes/tokens/index.ts';
import { ticketWorkflowRoutes } from './routes/tickets/workflow.ts';
import { noReplyNeededRoutes } from './routes/messages/no-reply-needed.ts';
import { queueRoutes } from './routes/queues/index.ts';
import { teamRoutes } from './routes/teams/index.ts';
import { settingsRoutes } from './routes/settings/index.ts';
import { notificationInboxRoutes } from './routes/notifications/inbox.ts';
import { publicContactRoutes } from './routes/public-contacts/index.ts';
import { registerOpenApi } from './routes/openapi/index.ts';
import { webhookRoutes } from './routes/webhooks/index.ts';
import { reservationRoutes } from './routes/reservations/index.ts';

export interface AppOptions {
  db: Database;
  logger?: FastifyServerOptions['logger'];
  /** The extension origins allowed to call across origins; any extension's when absent. */
  extensionOrigins?: readonly string[];
  /** Per address and per agent; tests pin the clock and lower the limits. */
  rateLimits?: RateLimits;
  /** The clock of the post-stay queue; tests pin it. */
  clock?: () => Date;
}

export async function buildApp({
  rateLimits,
  db,
  logger = false,
  extensionOrigins,
  clock,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: withoutGuestData(logger), bodyLimit: MAX_BODY_BYTES });
  // Every body is JSON; anything else gets a clear 415 rather than a confusing validation error.
  app.removeContentTypeParser('text/plain');
  registerErrorHandling(app);
  registerCors(app, extensionOrigins);
  registerSecurityHeaders(app);
  await registerOpenApi(app, API_PREFIX);
  await app.register(healthRoutes, { prefix: API_PREFIX });
  await app.register(
    async (api) => {
      registerAuth(api, db, rateLimits);
      await api.register(meRoutes);
      await api.register(messageRoutes(db));
      await api.register(ticketRoutes(db));
      await api.register(ticketWorkflowRoutes(db));
      await api.register(noReplyNeededRoutes(db));
      await api.register(queueRoutes(db));
      await api.register(teamRoutes(db));
      await api.register(settingsRoutes(db));
      await api.register(notificationInboxRoutes(db));
      await api.register(notificationRoutes(db));
      await api.register(templateRoutes(db));
      await api.register(reportRoutes(db));
      await api.register(guestRoutes(db));
      await api.register(publicContactRoutes(db));
      await api.register(selectorPackRoutes(db));
      await api.register(captureHealthRoutes(db));
      await api.register(tokenRoutes(db));
      await api.register(webhookRoutes(db));
      await api.register(reservationRoutes(db, clock));
    },
    { prefix: API_PREFIX },
  );
  return app;
}

/**
 * Request logs name the method and path only: query strings carry guest data (a phone number or
 * conversation id in ?conversationId=), and headers carry tokens.
 */
function withoutGuestData(logger: AppOptions['logger']): AppOptions['logger'] {
  if (!logger || typeof logger !== 'object') return logger;
  return {
    ...logger,
    serializers: {
      req: (request: { method: string; url: string; ip?: string }) => ({
        method: request.method,
        path: request.url.split('?')[0],
        remoteAddress: request.ip,
      }),
    },
  };
}
