// Every route the API registers, documented: the OpenAPI document is built from this list, and
// tests/server/openapi.test.ts compares it with the routes Fastify registered, so a route added
// without an entry here fails the suite.
import { HOTEL_ROUTE_DOCS } from './hotel-route-docs.ts';
import { INTEGRATION_ROUTE_DOCS } from './integration-route-docs.ts';
import { REPORT_ROUTE_DOCS } from './report-route-docs.ts';
import type { RouteDoc } from './route-doc.ts';
import { TICKET_ROUTE_DOCS } from './ticket-route-docs.ts';

export const ROUTE_TABLE: readonly RouteDoc[] = [
  ...TICKET_ROUTE_DOCS,
  ...HOTEL_ROUTE_DOCS,
  ...INTEGRATION_ROUTE_DOCS,
  ...REPORT_ROUTE_DOCS,
];
