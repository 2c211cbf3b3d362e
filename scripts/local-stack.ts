// The whole of Konuk on one laptop: the API on the embedded PGlite (or DATABASE_URL) with the
// demo hotel, and the extension built to talk to it with the demo agent's token preloaded.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app.ts';
import { openDatabaseFromEnv } from '../server/db/open-database.ts';
import type { Database } from '../server/db/database.ts';
import { serveCliFromEnv } from '../server/cli.ts';
import { demoTokenFileFromEnv, ensureDemoTenant } from '../server/demo-tenant.ts';
import { WebhookWorker } from '../server/services/webhook-worker.ts';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface LocalStack {
  apiUrl: string;
  /** The frontline demo agent's token, the one the extension is built with. */
  token: string;
  coordinator: { name: string; token: string };
  databaseKind: string;
  extensionDir: string;
  close(): Promise<void>;
}

// The bundler's own chatter (a hundred lines of warnings about comments inside dependencies) is
// nothing a person starting Konuk can act on: it is kept, and shown only when the build fails.
function buildExtension(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['wxt', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0) return done();
      const log = Buffer.concat(output).toString('utf8').trim().split('\n').slice(-40).join('\n');
      fail(new Error(`building the extension failed (wxt build exited with ${code}):\n${log}`));
    });
  });
}

async function listen(app: FastifyInstance, port: number, host: string): Promise<void> {
  try {
    await app.listen({ port, host });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${port} is taken. Stop what uses it, or run with PORT=<another port>.`);
    }
    throw error;
  }
}

export async function startLocalStack(): Promise<LocalStack> {
  const port = Number(process.env.PORT ?? 8787);
  const host = '127.0.0.1';
  const apiUrl = `http://${host}:${port}`;
  let db: Database | undefined;
  let app: FastifyInstance | undefined;
  let cli: { close(): Promise<void> } | null = null;
  try {
    db = await openDatabaseFromEnv();
    const demo = await ensureDemoTenant(db, { tokenFile: demoTokenFileFromEnv() });
    app = await buildApp({ db, logger: { level: process.env.LOG_LEVEL ?? 'warn' } });
    await listen(app, port, host);
    cli = await serveCliFromEnv(db, process.env, (message) => console.warn(message));
    await buildExtension({ ...process.env, VITE_KONUK_API_URL: apiUrl, VITE_KONUK_TOKEN: demo.token });
    // Webhooks a coordinator registers are delivered here as by `npm run server`.
    const webhooks = new WebhookWorker(db);
    webhooks.start();
    const [openApp, openDb, openCli] = [app, db, cli];
    return {
      apiUrl,
      token: demo.token,
      coordinator: { name: demo.coordinator.name, token: demo.coordinator.token },
      databaseKind: db.kind,
      extensionDir: EXTENSION_DIR,
      async close() {
        await openCli?.close();
        await webhooks.stop();
        await openApp.close();
        await openDb.close();
      },
    };
  } catch (error) {
    await cli?.close();
    await app?.close();
    await db?.close();
    throw error;
  }
}
