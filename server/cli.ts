// `npm run konuk -- <command>`: set up hotels, agents and tokens on the database the server uses
// (DATABASE_URL, else the PGlite in KONUK_DATA_DIR; stop the server first when it is PGlite).
import { phoneRegion } from '../shared/phone-number.ts';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MAX_NAME_CHARS } from '../shared/limits.ts';
import { Role } from '../shared/taxonomy.ts';
import type { Database } from './db/database.ts';
import { DataDirInUse } from './db/data-dir-lock.ts';
import { openDatabaseFromEnv } from './db/open-database.ts';
import { ensureDemoTenant } from './demo-tenant.ts';
import {
  createAgent,
  createHotel,
  findAgent,
  findHotel,
  saveToken,
} from './repositories/tenant-repository.ts';
import { generateToken } from './services/api-tokens.ts';

export const USAGE = `Usage: npm run konuk -- <command>
  hotel create --name <name> [--time-zone Europe/Istanbul] [--country TR]
  agent create --hotel <hotel id> --name <name> [--role frontline|coordinator|owner|supervisor]
  token create --agent <agent id> [--label <label>]
  demo          create (once) "Demo Hotel Belek" with "Demo Agent" and print its token`;

export class CliError extends Error {
  override name = 'CliError';
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
): Promise<void> {
  const { positionals, values } = parseCommandLine(argv);
  const command = positionals.join(' ');
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
    case 'token create': {
      const agentId = option(Id, values.agent, 'agent');
      const agent = await findAgent(db, agentId);
      if (!agent) throw new CliError(`No agent ${agentId}.`);
      const token = generateToken();
      await saveToken(db, agent.id, token, values.label);
      print(`Token for "${agent.name}" (shown only now; only its hash is stored):`);
      print(token);
      return;
    }
    case 'demo': {
      const demo = await ensureDemoTenant(db);
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
  const db = await openDatabaseFromEnv();
  try {
    await runCli(argv, db, (line) => console.log(line));
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof CliError || error instanceof DataDirInUse ? error.message : error);
    process.exitCode = 1;
  });
}
