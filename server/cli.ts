// `npm run konuk -- <command>`: set up hotels, agents and tokens on the database the server uses
// (DATABASE_URL, else the PGlite in KONUK_DATA_DIR). While a server holds that PGlite folder,
// the command is run by that server, over its local CLI channel (server/cli-channel.ts), so what
// it creates works at once.
import { phoneRegion } from '../shared/phone-number.ts';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MAX_NAME_CHARS } from '../shared/limits.ts';
import { Role } from '../shared/taxonomy.ts';
import { CliChannelRefusal, NoCliChannel, sendToCliChannel, serveCliChannel } from './cli-channel.ts';
import {
  CliError,
  createTokenCommand,
  ExpiresIn,
  listTokensCommand,
  revokeTokenCommand,
  type TokenCommandContext,
} from './cli-tokens.ts';
import type { Database } from './db/database.ts';
import { DataDirInUse } from './db/data-dir-lock.ts';
import { DEFAULT_DATA_DIR, openDatabaseFromEnv } from './db/open-database.ts';
import { demoTokenFileFromEnv, ensureDemoTenant } from './demo-tenant.ts';
import { createAgent, createHotel, findHotel } from './repositories/tenant-repository.ts';

export { CliError };

export const USAGE = `Usage: npm run konuk -- <command>
  hotel create --name <name> [--time-zone Europe/Istanbul] [--country TR]
  agent create --hotel <hotel id> --name <name> [--role frontline|coordinator|owner|supervisor]
  token create --agent <agent id> [--label <label>] [--expires-in 30d|12h|90m|2w]
  token list --hotel <hotel id>
  token revoke <token id>
  demo          create (once) "Demo Hotel Belek" with "Demo Agent" and "Demo Coordinator", print their tokens`;

export interface CliOptions {
  now?: () => Date;
  /** Where `demo` keeps its tokens between runs (demo-tenant.ts); null: fresh ones each run. */
  demoTokenFile?: string | null;
}

const Name = z.string().trim().min(1, 'must not be empty').max(MAX_NAME_CHARS);
const Id = z.uuid('must be an id printed by a create command');
const TimeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/Istanbul');
const Country = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => phoneRegion(code) !== undefined, 'must be a country code such as TR or DE');

function option<S extends z.ZodType>(schema: S, value: unknown, flag: string): z.infer<S> {
  if (value === undefined) throw new CliError(`Missing --${flag}.\n${USAGE}`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CliError(`--${flag} ${parsed.error.issues[0]!.message}.`);
  return parsed.data;
}

/** Runs one command; `print` receives its output lines. Throws CliError for bad input. */
export async function runCli(
  argv: readonly string[],
  db: Database,
  print: (line: string) => void,
  { now = () => new Date(), demoTokenFile = null }: CliOptions = {},
): Promise<void> {
  const { positionals, values } = parseCommandLine(argv);
  const command = positionals.slice(0, 2).join(' ');
  const [operand, ...extra] = positionals.slice(2);
  const context: TokenCommandContext = { db, print, now };
  if (extra.length > 0 || (operand !== undefined && command !== 'token revoke')) {
    throw new CliError(`Unexpected "${[operand, ...extra].join(' ')}".\n${USAGE}`);
  }
  switch (command) {
    case 'hotel create': {
      const hotel = await createHotel(db, {
        name: option(Name, values.name, 'name'),
        timeZone: option(TimeZone, values['time-zone'] ?? 'Europe/Istanbul', 'time-zone'),
        country: option(Country, values.country ?? 'TR', 'country'),
      });
      print(`Created hotel "${hotel.name}" (${hotel.timeZone}, ${hotel.country}): ${hotel.id}`);
      return;
    }
    case 'agent create': {
      const hotelId = option(Id, values.hotel, 'hotel');
      if (!(await findHotel(db, hotelId))) throw new CliError(`No hotel ${hotelId}.`);
      const agent = await createAgent(db, {
        hotelId,
        name: option(Name, values.name, 'name'),
        role: option(Role, values.role ?? 'frontline', 'role'),
      });
      print(`Created ${agent.role} agent "${agent.name}": ${agent.id}`);
      return;
    }
    case 'token create':
      return createTokenCommand(context, {
        agentId: option(Id, values.agent, 'agent'),
        label: values.label === undefined ? undefined : option(Name, values.label, 'label'),
        expiresInMs:
          values['expires-in'] === undefined
            ? undefined
            : option(ExpiresIn, values['expires-in'], 'expires-in'),
      });
    case 'token list':
      return listTokensCommand(context, option(Id, values.hotel, 'hotel'));
    case 'token revoke': {
      if (operand === undefined) throw new CliError(`Missing the token id.\n${USAGE}`);
      const tokenId = Id.safeParse(operand);
      if (!tokenId.success) throw new CliError('The token id must be an id printed by token list.');
      return revokeTokenCommand(context, tokenId.data);
    }
    case 'demo': {
      const demo = await ensureDemoTenant(db, { tokenFile: demoTokenFile, now });
      print(`Demo hotel: ${demo.hotelId}`);
      print(`Demo agent: ${demo.agentId}`);
      print(`Demo token: ${demo.token}`);
      print(`Demo coordinator: ${demo.coordinator.agentId}`);
      print(`Demo coordinator token: ${demo.coordinator.token}`);
      return;
    }
    default:
      throw new CliError(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
  }
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        'time-zone': { type: 'string' },
        country: { type: 'string' },
        hotel: { type: 'string' },
        role: { type: 'string' },
        agent: { type: 'string' },
        label: { type: 'string' },
        'expires-in': { type: 'string' },
      },
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.length === 0 || argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  await runCliFromEnv(argv, process.env, (line) => console.log(line));
}

/**
 * Runs one command on the database the environment names; while a server holds that PGlite
 * folder, the server runs it. A server without the channel (an older one) leaves the
 * DataDirInUse message, which says to stop it.
 */
export async function runCliFromEnv(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
): Promise<void> {
  let db: Database;
  try {
    db = await openDatabaseFromEnv(env);
  } catch (error) {
    if (!(error instanceof DataDirInUse)) throw error;
    return runOnServer(error, argv, print);
  }
  try {
    await runCli(argv, db, print, { demoTokenFile: demoTokenFileFromEnv(env) });
  } finally {
    await db.close();
  }
}

/**
 * For the process that holds a PGlite folder: answers the CLI's commands run beside it. Null
 * with PostgreSQL (the CLI opens its own connection there) or where no channel can be opened;
 * the CLI then says to stop the server, as before.
 */
export async function serveCliFromEnv(
  db: Database,
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void,
): Promise<{ close(): Promise<void> } | null> {
  if (db.kind !== 'pglite') return null;
  const options: CliOptions = { demoTokenFile: demoTokenFileFromEnv(env) };
  try {
    return await serveCliChannel(env.KONUK_DATA_DIR || DEFAULT_DATA_DIR, (argv, print) =>
      runCli(argv, db, print, options),
    );
  } catch (error) {
    warn(`The CLI cannot reach this server (${error instanceof Error ? error.message : String(error)}).`);
    return null;
  }
}

async function runOnServer(inUse: DataDirInUse, argv: readonly string[], print: (line: string) => void) {
  try {
    for (const line of await sendToCliChannel(inUse.dataDir, argv)) print(line);
  } catch (error) {
    if (error instanceof NoCliChannel) throw inUse;
    if (error instanceof CliChannelRefusal) {
      for (const line of error.lines) print(line);
      throw new CliError(error.message);
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof CliError || error instanceof DataDirInUse ? error.message : error);
    process.exitCode = 1;
  });
}
