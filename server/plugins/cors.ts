// The extension calls the API from its service worker, whose origin is chrome-extension://<id>
// or moz-extension://<uuid>. Web pages are never allowed. With `extensionOrigins` (the server's
// KONUK_EXTENSION_ORIGINS) only Konuk's own extension is, not every extension the browser has;
// without it (development, unpacked builds whose id differs per machine) any extension origin.
import type { FastifyInstance } from 'fastify';

const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i;
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOWED_HEADERS = 'Authorization, Content-Type';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/** KONUK_EXTENSION_ORIGINS: a comma-separated list; empty or unset means none configured. */
export function extensionOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const origins = (env.KONUK_EXTENSION_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  return origins.length > 0 ? origins : undefined;
}

export function registerCors(app: FastifyInstance, extensionOrigins?: readonly string[]): void {
  const allowed = extensionOrigins && new Set(extensionOrigins.map((o) => o.toLowerCase()));
  const isAllowedOrigin = (origin: string | undefined): origin is string =>
    origin !== undefined &&
    EXTENSION_ORIGIN.test(origin) &&
    (allowed === undefined || allowed.has(origin.toLowerCase()));
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    reply.header('vary', 'Origin');
    if (!isAllowedOrigin(origin)) return;
    reply.header('access-control-allow-origin', origin);
    const isPreflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'];
    if (!isPreflight) return;
    return reply
      .code(204)
      .header('access-control-allow-methods', ALLOWED_METHODS)
      .header('access-control-allow-headers', ALLOWED_HEADERS)
      .header('access-control-max-age', PREFLIGHT_MAX_AGE_SECONDS)
      .send();
  });
}
