// What the document carries besides the routes: named schemas, and the webhooks Konuk sends
// (OpenAPI 3.1 `webhooks`), each with its signed JSON body.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { StoredMessage, Ticket } from '../../../shared/ticket.ts';
import { WEBHOOK_EVENTS, webhookEventBody } from '../../../shared/webhook-contract.ts';
import type { DocumentExtras } from './openapi-document.ts';

const DELIVERY_HEADERS =
  'POSTed to each registered URL subscribed to the event. Headers: `Konuk-Signature: sha256=<hex HMAC-SHA256 of the raw body with the webhook’s secret>`, `Konuk-Event`, `Konuk-Event-Id` (also the body’s `id`, the same on every retry: de-duplicate on it), `Konuk-Delivery`, `Konuk-Attempt`. Answer 2xx to acknowledge; anything else, or no answer within 10 s, is retried with exponential backoff (30 s doubling to 6 h, 12 attempts).';

function webhooks(): ZodOpenApiPathsObject {
  return Object.fromEntries(
    WEBHOOK_EVENTS.map((event) => [
      event,
      {
        post: {
          operationId: `webhook${event.replace(/(^|\.)(.)/g, (_, _dot: string, c: string) => c.toUpperCase())}`,
          summary: `The ${event} event`,
          description: DELIVERY_HEADERS,
          tags: ['Webhooks'],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: webhookEventBody(event) } },
          },
          responses: { '200': { description: 'Any 2xx acknowledges the delivery' } },
        },
      },
    ]),
  );
}

export function openApiExtras(): DocumentExtras {
  return { schemas: { Ticket, StoredMessage }, webhooks: webhooks() };
}
