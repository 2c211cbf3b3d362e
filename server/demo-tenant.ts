// The demo hotel `npm start` and `npm run konuk -- demo` set up, with a frontline agent and a
// coordinator, each with a random token. The database keeps only the tokens' hashes; the tokens
// themselves are kept in a file beside the data (0600, readable by this account alone), so every
// start prints the same two tokens and an extension or a coordinator who pasted one keeps working
// after a restart. Without that file (deleted, or another database) fresh tokens are issued and
// the earlier demo tokens revoked: a token is never derived from anything a database reveals.
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Database, Queryable } from './db/database.ts';
import { DEFAULT_DATA_DIR } from './db/open-database.ts';
import {
  findCallerByLiveToken,
  issueToken,
  revokeLabelledTokens,
} from './repositories/api-token-repository.ts';
import {
  createAgent,
  createHotel,
  findAgentByName,
  findDemoHotel,
  type Agent,
} from './repositories/tenant-repository.ts';

export const DEMO_HOTEL_NAME = 'Demo Hotel Belek';
export const DEMO_AGENT_NAME = 'Demo Agent';
export const DEMO_COORDINATOR_NAME = 'Demo Coordinator';
const DEMO_LABEL = 'demo';

export interface DemoTenant {
  hotelId: string;
  /** The frontline agent: their own queue, capture, suggestions, phone calls. */
  agentId: string;
  token: string;
  /** A coordinator of the same hotel, so the dashboard can be seen on the first day too. */
  coordinator: { agentId: string; name: string; token: string };
}

export interface DemoTokenOptions {
  /** Where the demo tokens are kept between starts; null: issue fresh ones every time. */
  tokenFile: string | null;
  now?: () => Date;
}

/** Beside the PGlite data it belongs to; with PostgreSQL, in .konuk-data/. */
export function demoTokenFileFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATABASE_URL) return join(dirname(DEFAULT_DATA_DIR), 'postgres-demo-tokens.json');
  return join(env.KONUK_DATA_DIR || DEFAULT_DATA_DIR, 'demo-tokens.json');
}

const TokenFile = z.record(z.uuid(), z.string().min(1).max(500));
type TokenFile = z.infer<typeof TokenFile>;

export async function ensureDemoTenant(
  db: Database,
  { tokenFile, now = () => new Date() }: DemoTokenOptions,
): Promise<DemoTenant> {
  const kept = tokenFile ? await readTokenFile(tokenFile) : {};
  const { tenant, changed } = await db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtextextended('konuk.demo-tenant', 0))`);
    const hotel =
      (await findDemoHotel(tx)) ?? (await createHotel(tx, { name: DEMO_HOTEL_NAME, isDemo: true }));
    const agent =
      (await findAgentByName(tx, hotel.id, DEMO_AGENT_NAME)) ??
      (await createAgent(tx, { hotelId: hotel.id, name: DEMO_AGENT_NAME, role: 'frontline' }));
    const coordinator =
      (await findAgentByName(tx, hotel.id, DEMO_COORDINATOR_NAME)) ??
      (await createAgent(tx, { hotelId: hotel.id, name: DEMO_COORDINATOR_NAME, role: 'coordinator' }));
    const at = now().toISOString();
    const agentToken = await liveTokenOf(tx, agent, kept[agent.id], at);
    const coordinatorToken = await liveTokenOf(tx, coordinator, kept[coordinator.id], at);
    return {
      changed: agentToken.fresh || coordinatorToken.fresh,
      tenant: {
        hotelId: hotel.id,
        agentId: agent.id,
        token: agentToken.token,
        coordinator: { agentId: coordinator.id, name: coordinator.name, token: coordinatorToken.token },
      },
    };
  });
  if (tokenFile && changed) {
    await writeTokenFile(tokenFile, {
      [tenant.agentId]: tenant.token,
      [tenant.coordinator.agentId]: tenant.coordinator.token,
    });
  }
  return tenant;
}

/** The kept token while it still signs this agent in; else a fresh one, the earlier demo ones revoked. */
async function liveTokenOf(
  tx: Queryable,
  agent: Agent,
  kept: string | undefined,
  now: string,
): Promise<{ token: string; fresh: boolean }> {
  if (kept && (await findCallerByLiveToken(tx, kept, now))?.agent.id === agent.id) {
    return { token: kept, fresh: false };
  }
  await revokeLabelledTokens(tx, agent.id, DEMO_LABEL, now);
  const issued = await issueToken(tx, agent.hotelId, { agentId: agent.id, label: DEMO_LABEL }, now);
  if (!issued) throw new Error(`the demo agent ${agent.id} vanished while its token was issued`);
  return { token: issued.token, fresh: true };
}

async function readTokenFile(path: string): Promise<TokenFile> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return {};
  try {
    return TokenFile.parse(JSON.parse(text));
  } catch {
    return {};
  }
}

async function writeTokenFile(path: string, tokens: TokenFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
  // writeFile's mode applies only to a file it creates: an older, wider file is narrowed too.
  await chmod(path, 0o600);
}
