// The documentation of the integration routes (issue 9): this document and its page, webhooks.
import { z } from 'zod';
import {
  DeliveryListQuery,
  DeliveryListResponse,
  WebhookCreateRequest,
  WebhookCreateResponse,
  WebhookInfo,
  WebhookListResponse,
  WebhookUpdateRequest,
} from '../../../shared/webhook-contract.ts';
import { COORDINATORS, type RouteDoc } from './route-doc.ts';

const INTEGRATION = 'Integration';
const WEBHOOKS = 'Webhooks';
const webhookParams = z.object({ id: z.uuid() });
const URL_RULE =
  'The URL must be http or https without a user name or password; with NODE_ENV=production only https, except to this machine (localhost, 127.0.0.1, [::1]).';

export const INTEGRATION_ROUTE_DOCS: readonly RouteDoc[] = [
  {
    method: 'GET',
    path: '/v1/openapi.json',
    tag: INTEGRATION,
    summary: 'This API’s OpenAPI 3.1 document',
    access: 'public',
    responses: { 200: z.object({ openapi: z.string() }).loose() },
  },
  {
    method: 'GET',
    path: '/v1/docs',
    tag: INTEGRATION,
    summary: 'This document as a readable page',
    access: 'public',
    responses: {
      200: { mediaType: 'text/html', description: 'The API reference, plain HTML without scripts' },
    },
  },
  {
    method: 'GET',
    path: '/v1/webhooks',
    tag: WEBHOOKS,
    summary: 'The hotel’s webhooks (never their secrets)',
    access: COORDINATORS,
    responses: { 200: WebhookListResponse },
  },
  {
    method: 'POST',
    path: '/v1/webhooks',
    tag: WEBHOOKS,
    summary: 'Register a URL for some events',
    description: `The answer carries the signing secret, shown this once. ${URL_RULE}`,
    access: COORDINATORS,
    body: WebhookCreateRequest,
    responses: { 201: WebhookCreateResponse },
    errors: [422],
  },
  {
    method: 'PATCH',
    path: '/v1/webhooks/:id',
    tag: WEBHOOKS,
    summary: 'Change a webhook’s URL or events, or pause and resume it',
    description: URL_RULE,
    access: COORDINATORS,
    params: webhookParams,
    body: WebhookUpdateRequest,
    responses: { 200: WebhookInfo },
    errors: [404, 422],
  },
  {
    method: 'DELETE',
    path: '/v1/webhooks/:id',
    tag: WEBHOOKS,
    summary: 'Remove a webhook and its queue',
    access: COORDINATORS,
    params: webhookParams,
    responses: { 204: null },
    errors: [404],
  },
  {
    method: 'GET',
    path: '/v1/webhooks/:id/deliveries',
    tag: WEBHOOKS,
    summary: 'A webhook’s delivery log, newest first',
    access: COORDINATORS,
    params: webhookParams,
    query: DeliveryListQuery,
    responses: { 200: DeliveryListResponse },
    errors: [404],
  },
];
