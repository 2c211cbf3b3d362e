// A hotel's webhooks (issue 9), for coordinators and supervisors: register a URL for some events
// (the signing secret is answered once), change, pause or remove it, read its delivery log.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  DeliveryListQuery,
  WebhookCreateRequest,
  WebhookUpdateRequest,
  webhookUrlProblem,
  type DeliveryListResponse,
  type WebhookCreateResponse,
  type WebhookInfo,
  type WebhookListResponse,
} from '../../../shared/webhook-contract.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import { listDeliveries } from '../../repositories/webhook-delivery-repository.ts';
import {
  createWebhook,
  deleteWebhook,
  listWebhooks,
  updateWebhook,
} from '../../repositories/webhook-repository.ts';
import { generateWebhookSecret } from '../../services/webhook-signature.ts';

const webhookIdOf = (params: unknown) =>
  parseRequest(z.uuid(), (params as { id?: unknown }).id, 'webhook id');

const notFound = (id: string) => new HttpError(404, 'not_found', `No webhook ${id} in this hotel.`);

export interface WebhookRouteOptions {
  /** Production refuses plain-http URLs except to this machine (NODE_ENV=production). */
  production?: boolean;
}

export function webhookRoutes(
  db: Database,
  { production = process.env.NODE_ENV === 'production' }: WebhookRouteOptions = {},
) {
  const checkUrl = (url: string | undefined) => {
    const problem = url === undefined ? null : webhookUrlProblem(url, production);
    if (problem) {
      throw new HttpError(400, 'invalid_request', `Invalid request body: url: ${problem}`, [
        { path: 'url', message: problem },
      ]);
    }
  };

  return async (app: FastifyInstance): Promise<void> => {
    app.get('/webhooks', async (request): Promise<WebhookListResponse> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'see webhooks');
      return { webhooks: await listWebhooks(db, caller.hotel.id) };
    });

    app.post('/webhooks', async (request, reply): Promise<WebhookCreateResponse> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'register webhooks');
      const input = parseRequest(WebhookCreateRequest, request.body, 'request body');
      checkUrl(input.url);
      const secret = generateWebhookSecret();
      const webhook = await createWebhook(db, {
        ...input,
        id: randomUUID(),
        hotelId: caller.hotel.id,
        agentId: caller.agent.id,
        secret,
        now: new Date().toISOString(),
      });
      reply.code(201);
      return { webhook, secret };
    });

    app.patch('/webhooks/:id', async (request): Promise<WebhookInfo> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'change webhooks');
      const id = webhookIdOf(request.params);
      const update = parseRequest(WebhookUpdateRequest, request.body, 'request body');
      checkUrl(update.url);
      const webhook = await updateWebhook(db, caller.hotel.id, id, update, new Date().toISOString());
      if (!webhook) throw notFound(id);
      return webhook;
    });

    app.delete('/webhooks/:id', async (request, reply) => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'remove webhooks');
      const id = webhookIdOf(request.params);
      if (!(await deleteWebhook(db, caller.hotel.id, id))) throw notFound(id);
      return reply.code(204).send();
    });

    app.get('/webhooks/:id/deliveries', async (request): Promise<DeliveryListResponse> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'read webhook deliveries');
      const id = webhookIdOf(request.params);
      const query = parseRequest(DeliveryListQuery, request.query, 'query');
      const deliveries = await listDeliveries(db, caller.hotel.id, id, query);
      if (!deliveries) throw notFound(id);
      return { deliveries };
    });
  };
}
