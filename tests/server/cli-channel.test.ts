// The CLI beside a running server on PGlite: the folder has one writer, so the server runs the
// command for it, over a socket only this account can open, and a token it creates works at once.
// A server without that channel leaves the CLI with the message to stop it.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { cliSocketPath } from '../../server/cli-channel.ts';
import { CliError, runCliFromEnv, serveCliFromEnv } from '../../server/cli.ts';
import type { Database } from '../../server/db/database.ts';
import { openDatabase } from '../../server/db/open-database.ts';

let dir: string;
let db: Database;
let app: FastifyInstance;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'konuk-cli-channel-'));
  env = { KONUK_DATA_DIR: dir };
  db = await openDatabase({ dataDir: dir });
  app = await buildApp({ db });
});

afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]): Promise<string[]> {
  const lines: string[] = [];
  await runCliFromEnv(argv, env, (line) => lines.push(line));
  return lines;
}
const lastWord = (line: string | undefined) => line!.split(' ').at(-1)!;

describe('the CLI beside a running PGlite server', () => {
  it('is run by the server, and the token it creates works at once, without a restart', async () => {
    const channel = await serveCliFromEnv(db, env, () => undefined);
    try {
      expect((await stat(cliSocketPath(dir))).mode & 0o777).toBe(0o600);
      const hotelId = lastWord((await cli('hotel', 'create', '--name', 'Belek Garden'))[0]);
      const agentId = lastWord((await cli('agent', 'create', '--hotel', hotelId, '--name', 'Mert'))[0]);
      const created = await cli('token', 'create', '--agent', agentId, '--expires-in', '30d');
      expect(created[0]).toContain('for "Mert", valid until');

      const me = await app.inject({
        method: 'GET',
        url: '/v1/me',
        headers: { authorization: `Bearer ${created[1]}` },
      });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ agent: { name: 'Mert' }, hotel: { name: 'Belek Garden' } });
      expect((await cli('token', 'list', '--hotel', hotelId))[1]).toContain('Mert');

      const refused = cli('agent', 'create', '--hotel', hotelId, '--name', 'X', '--role', 'boss');
      await expect(refused).rejects.toBeInstanceOf(CliError);
      await expect(refused).rejects.toThrow('--role');
      // Something that is not the CLI gets an answer and changes nothing.
      expect(await rawRequest(cliSocketPath(dir), 'hello\n')).toContain('not a Konuk CLI request');
    } finally {
      await channel?.close();
    }
  });

  it('says the server must be stopped when the server answers no CLI', async () => {
    await expect(cli('hotel', 'create', '--name', 'Nowhere')).rejects.toThrow(
      /in use by another Konuk process .* stop that process first/,
    );
    expect(await db.query("select 1 from hotels where name = 'Nowhere'")).toEqual([]);
  });
});

function rawRequest(path: string, text: string): Promise<string> {
  return new Promise((done, failed) => {
    const socket = createConnection(path, () => socket.write(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => done(answer));
    socket.on('error', failed);
  });
}
