// The documentation of the integration routes (issue 9): this document and its page, webhooks,
// the reservation list and the post-stay thank-you queue.
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
import {
  ReservationImportRequest,
  ReservationImportResponse,
  ThankYouDueResponse,
  ThankYouSentRequest,
  ThankYouSentResponse,
} from '../../../shared/reservation-contract.ts';
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
  {
    method: 'POST',
    path: '/v1/reservations/import',
    tag: 'Post-stay',
    summary: 'Upload the reservation list (CSV)',
    description:
      'Columns (header row, any order, English or Turkish names): reservation number, guest, phone, e-mail, arrival, departure. Separated by ; or , (a UTF-8 byte-order mark is fine); dates YYYY-MM-DD or DD.MM.YYYY. Rows that cannot be used are answered in `problems` by line, with reasons; the others are stored. Uploading again updates reservations by their number.',
    access: COORDINATORS,
    body: ReservationImportRequest,
    responses: { 200: ReservationImportResponse },
    errors: [422],
  },
  {
    method: 'GET',
    path: '/v1/queues/thank-you-due',
    tag: 'Post-stay',
    summary: 'Guests who checked out 24 to 48 hours ago and have not been thanked',
    description:
      'Check-out is taken as noon in the hotel’s time zone. Each stay once, with the post-stay template filled in the guest’s language and the channel to use.',
    access: 'agent',
    responses: { 200: ThankYouDueResponse },
  },
  {
    method: 'POST',
    path: '/v1/queues/thank-you-due/sent',
    tag: 'Post-stay',
    summary: 'Record a thank-you sent outside Konuk’s pages',
    description:
      'When the guest wrote before, the filled template is logged as a staff message on their ticket, so their 1-5 answer lands on it as its CSAT. 201 the first time, 200 with the first record after.',
    access: 'agent',
    body: ThankYouSentRequest,
    responses: { 201: ThankYouSentResponse, 200: ThankYouSentResponse },
    errors: [404],
  },
];
