// The documentation of the integration routes (issue 9): this document and its page.
import { z } from 'zod';
import type { RouteDoc } from './route-doc.ts';

const INTEGRATION = 'Integration';

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
];
