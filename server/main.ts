// `npm run server`: the API on PORT (8787) and HOST (127.0.0.1), on PostgreSQL when
// DATABASE_URL is set, else on PGlite in KONUK_DATA_DIR (.konuk-data/pglite).
import { buildApp } from './app.ts';
import { serveCliFromEnv } from './cli.ts';
import { openDatabaseFromEnv } from './db/open-database.ts';
import { extensionOriginsFromEnv } from './plugins/cors.ts';
import { escalateDueTickets } from './repositories/escalation-sweep.ts';
import { WebhookWorker } from './services/webhook-worker.ts';

const DEFAULT_PORT = 8787;
const DEFAULT_HOST = '127.0.0.1';
/** Tiers are minutes apart: checking every half minute tells each one on time. */
const ESCALATION_SWEEP_MS = 30_000;

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  }
  const host = process.env.HOST ?? DEFAULT_HOST;
  const db = await openDatabaseFromEnv();
  const extensionOrigins = extensionOriginsFromEnv();
  const app = await buildApp({
    db,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    ...(extensionOrigins ? { extensionOrigins } : {}),
  });
  if (!extensionOrigins) {
    app.log.warn(
      'KONUK_EXTENSION_ORIGINS is not set: any browser extension may call this API across origins',
    );
  }
  const sweep = setInterval(() => {
    escalateDueTickets(db, new Date()).catch((error: unknown) => {
      app.log.error(
        { err: { message: error instanceof Error ? error.message : String(error) } },
        'escalation sweep failed',
      );
    });
  }, ESCALATION_SWEEP_MS);
  // `npm run konuk -- token create …` beside this server is run by it: the token works at once.
  const cli = await serveCliFromEnv(db, process.env, (message) => app.log.warn(message));
  const webhooks = new WebhookWorker(db, {
    onError: (message) => app.log.error({ err: { message } }, 'webhook delivery failed'),
  });
  webhooks.start();
  const stop = async () => {
    clearInterval(sweep);
    await cli?.close();
    await webhooks.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port, host });
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  console.log(`Konuk API (${db.kind}) listening on http://${shownHost}:${boundPort}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
