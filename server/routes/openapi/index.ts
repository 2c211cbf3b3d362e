// GET /v1/openapi.json and GET /v1/docs, public (they describe the API, not a hotel's data).
// Also keeps the list of every route Fastify registers, so the test can compare it with the
// route table.
import type { FastifyInstance } from 'fastify';
import { buildOpenApiDocument } from './openapi-document.ts';
import { DOCS_PAGE_CSP, renderDocsPage } from './docs-page.ts';
import { ROUTE_TABLE } from './route-table.ts';
import { routeKey } from './route-doc.ts';
import { openApiExtras } from './openapi-extras.ts';

const registered = new WeakMap<FastifyInstance, string[]>();

/** Every "METHOD /path" registered on `app` after this call (HEAD twins of GET routes left out). */
export function registeredRoutes(app: FastifyInstance): readonly string[] {
  return registered.get(app) ?? [];
}

let cached: { document: ReturnType<typeof buildOpenApiDocument>; page: string } | undefined;

function documentAndPage() {
  if (!cached) {
    const document = buildOpenApiDocument(ROUTE_TABLE, openApiExtras());
    cached = { document, page: renderDocsPage(document as unknown as Record<string, unknown>) };
  }
  return cached;
}

/** Registers the two routes under `prefix` and starts listing routes; call it before the others. */
export async function registerOpenApi(app: FastifyInstance, prefix: string): Promise<void> {
  const routes: string[] = [];
  registered.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') routes.push(routeKey(method, route.url));
  });
  await app.register(
    async (scope) => {
      scope.get('/openapi.json', async () => documentAndPage().document);
      scope.get('/docs', async (_request, reply) => {
        // Runs after the API-wide security headers, so this page's own policy wins.
        reply.header('content-type', 'text/html; charset=utf-8');
        return documentAndPage().page;
      });
      scope.addHook('onSend', async (request, reply, payload) => {
        if (request.routeOptions.url?.endsWith('/docs'))
          reply.header('content-security-policy', DOCS_PAGE_CSP);
        return payload;
      });
    },
    { prefix },
  );
}
