// What the API documents about one route: its Zod schemas (from shared/, the same ones the
// route parses and answers with), who may call it and what it can answer. The route tables in
// this folder list every route the server registers; openapi-document.ts turns them into the
// OpenAPI document, and tests/server/openapi.test.ts fails when a registered route has no entry.
import type { z } from 'zod';
import type { Role } from '../../../shared/taxonomy.ts';

/** Who may call a route: nobody needs a token, any agent of the hotel, or only these roles. */
export type Access = 'public' | 'agent' | readonly Role[];

export const COORDINATORS: readonly Role[] = ['coordinator', 'supervisor'];

/** A success answer: a JSON body, no body (204), or another media type (an HTML page). */
export type SuccessDoc = z.ZodType | null | { mediaType: string; description: string };

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDoc {
  method: Method;
  /** As Fastify registers it, prefix included: /v1/tickets/:recordNumber. */
  path: string;
  summary: string;
  /** More than the summary: rules a caller must know (what a 409 means, who else may). */
  description?: string;
  tag: string;
  access: Access;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Partial<Record<200 | 201 | 202 | 204, SuccessDoc>>;
  /** Failures particular to the route (404, 409, 422); the common ones are added by access and input. */
  errors?: readonly ErrorStatus[];
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/** The key a route is known by in the tables and in Fastify's onRoute: "GET /v1/me". */
export const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;
