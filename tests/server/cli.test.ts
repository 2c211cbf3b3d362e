import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CliError, runCli, type CliOptions } from '../../server/cli.ts';
import { ensureDemoTenant } from '../../server/demo-tenant.ts';
import { describeOnEachDatabase } from './support/databases.ts';

// The CLI's clock: every expiry it writes is counted from here, never from the machine's.
const NOW = new Date('2026-03-10T09:00:00Z');

describeOnEachDatabase('konuk CLI', (server) => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'konuk-cli-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  async function runWith(options: CliOptions, ...argv: string[]): Promise<string[]> {
    const lines: string[] = [];
    await runCli(argv, server.db, (line) => lines.push(line), { now: () => NOW, ...options });
    return lines;
  }
  const run = (...argv: string[]) => runWith({}, ...argv);
  const lastWord = (line: string | undefined) => line!.split(' ').at(-1)!;

  const me = (token: string) =>
    server.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });

  it('creates a hotel, an agent and a token that the API accepts', async () => {
    const hotelId = lastWord(
      (await run('hotel', 'create', '--name', 'Side Palace', '--time-zone', 'Europe/Berlin'))[0],
    );
    const agentId = lastWord(
      (await run('agent', 'create', '--hotel', hotelId, '--name', 'Ayşe', '--role', 'coordinator'))[0],
    );
    const output = await run('token', 'create', '--agent', agentId);
    const token = output[1]!;

    expect(output[0]).toContain('shown only now');
    expect(token).toMatch(/^konuk_[A-Za-z0-9_-]{43}$/);
    const response = await me(token);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      agent: { id: agentId, name: 'Ayşe', role: 'coordinator' },
      hotel: { id: hotelId, name: 'Side Palace', timeZone: 'Europe/Berlin' },
    });
    const stored = await server.db.query<{ token_hash: string }>(
      'select token_hash from api_tokens where agent_id = $1',
      [agentId],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(token);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('defaults a hotel to Europe/Istanbul and an agent to frontline', async () => {
    const hotelId = lastWord((await run('hotel', 'create', '--name', 'Kemer Beach'))[0]);
    const agentId = lastWord((await run('agent', 'create', '--hotel', hotelId, '--name', 'Can'))[0]);
    const token = (await run('token', 'create', '--agent', agentId))[1]!;

    expect((await me(token)).json()).toMatchObject({
      agent: { role: 'frontline' },
      hotel: { timeZone: 'Europe/Istanbul' },
    });
  });

  it('refuses bad input with a clear message and creates nothing', async () => {
    const [{ n: before }] = (await server.db.query<{ n: number }>(
      'select count(*)::int as n from hotels',
    )) as [{ n: number }];
    await expect(run('hotel', 'create')).rejects.toThrow(/Missing --name/);
    await expect(run('hotel', 'create', '--name', 'X', '--time-zone', 'Mars/Olympus')).rejects.toThrow(
      /time zone/,
    );
    await expect(run('agent', 'create', '--hotel', 'nope', '--name', 'A')).rejects.toThrow(/--hotel/);
    await expect(
      run('agent', 'create', '--hotel', '00000000-0000-4000-8000-000000000000', '--name', 'A'),
    ).rejects.toThrow(/No hotel/);
    await expect(run('token', 'create', '--agent', '00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      /No agent/,
    );
    await expect(run('hotel', 'delete')).rejects.toThrow(CliError);
    const [{ n: after }] = (await server.db.query<{ n: number }>(
      'select count(*)::int as n from hotels',
    )) as [{ n: number }];
    expect(after).toBe(before);
  });

  it('lists a hotel’s tokens, issues one that expires, and revokes one so it signs nobody in', async () => {
    const hotelId = lastWord((await run('hotel', 'create', '--name', 'Lara Bay'))[0]);
    const agentId = lastWord((await run('agent', 'create', '--hotel', hotelId, '--name', 'Deniz'))[0]);
    const lasting = (await run('token', 'create', '--agent', agentId, '--label', 'Front desk'))[1]!;
    // Issued "now" in 2026 for a day: long expired by the time anyone reads this test.
    const brief = await run('token', 'create', '--agent', agentId, '--expires-in', '1d');
    expect(brief[0]).toContain('valid until 2026-03-11T09:00:00.000Z');
    expect((await me(brief[1]!)).statusCode).toBe(401);
    expect((await me(lasting)).statusCode).toBe(200);

    const listed = await run('token', 'list', '--hotel', hotelId);
    expect(listed[0]).toBe('Tokens of "Lara Bay" (id, agent, label, created, state):');
    // Both were issued at the CLI's "now", when the day-long one had not run out yet.
    const lastingLine = listed.find((line) => line.includes('Front desk'))!;
    expect(lastingLine).toMatch(
      /^[0-9a-f-]{36} {2}Deniz {2}Front desk {2}2026-03-10T09:00:00\.000Z {2}live, no expiry$/,
    );
    expect(listed.filter((line) => line !== lastingLine).slice(1)).toEqual([
      expect.stringMatching(
        / {2}Deniz {2}- {2}2026-03-10T09:00:00\.000Z {2}live until 2026-03-11T09:00:00\.000Z$/,
      ),
    ]);
    expect(listed.join('\n')).not.toContain(lasting);

    const lastingId = lastingLine.split(' ')[0]!;
    expect(await run('token', 'revoke', lastingId)).toEqual([
      `Revoked token ${lastingId}: it signs nobody in from now on.`,
    ]);
    expect((await me(lasting)).statusCode).toBe(401);
    expect(await run('token', 'list', '--hotel', hotelId)).toContainEqual(
      expect.stringMatching(new RegExp(`^${lastingId} .* revoked 2026-03-10T09:00:00\\.000Z$`)),
    );
  });

  it('refuses token commands with bad input, saying what is wrong', async () => {
    const hotelId = lastWord((await run('hotel', 'create', '--name', 'Kas Cove'))[0]);
    const agentId = lastWord((await run('agent', 'create', '--hotel', hotelId, '--name', 'Ece'))[0]);
    await expect(run('token', 'create', '--agent', agentId, '--expires-in', 'soon')).rejects.toThrow(
      '--expires-in must be a number and a unit, such as 30d, 12h, 90m or 2w.',
    );
    await expect(run('token', 'create', '--agent', agentId, '--expires-in', '4000d')).rejects.toThrow(
      'at most 3650d',
    );
    await expect(run('token', 'revoke')).rejects.toThrow('Missing the token id');
    await expect(run('token', 'revoke', 'abc')).rejects.toThrow('an id printed by token list');
    await expect(run('token', 'revoke', '00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      'No token 00000000-0000-4000-8000-000000000000',
    );
    await expect(run('token', 'list', '--hotel', '00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      'No hotel',
    );
    expect(await run('token', 'list', '--hotel', hotelId)).toEqual(['"Kas Cove" has no tokens.']);
  });

  it('gives the demo agents random tokens, kept in a 0600 file so every start prints the same ones', async () => {
    const tokenFile = join(folder, `demo-tokens-${server.kind}.json`);
    const first = await runWith({ demoTokenFile: tokenFile }, 'demo');
    const second = await runWith({ demoTokenFile: tokenFile }, 'demo');
    const direct = await ensureDemoTenant(server.db, { tokenFile, now: () => NOW });

    expect(second).toEqual(first);
    expect(lastWord(first[2])).toBe(direct.token);
    expect(lastWord(first[4])).toBe(direct.coordinator.token);
    expect(direct.token).toMatch(/^konuk_[A-Za-z0-9_-]{43}$/);
    expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(tokenFile, 'utf8'))).toEqual({
      [direct.agentId]: direct.token,
      [direct.coordinator.agentId]: direct.coordinator.token,
    });
    expect(await server.db.query('select 1 from api_tokens where token_hash = $1', [direct.token])).toEqual(
      [],
    );
    expect((await me(direct.token)).json()).toMatchObject({
      agent: { id: direct.agentId, name: 'Demo Agent' },
      hotel: { name: 'Demo Hotel Belek', timeZone: 'Europe/Istanbul' },
    });
    expect((await me(direct.coordinator.token)).json()).toMatchObject({
      agent: { id: direct.coordinator.agentId, name: 'Demo Coordinator', role: 'coordinator' },
    });
    expect(await server.db.query('select id from hotels where is_demo')).toHaveLength(1);

    // Without the file (deleted, or another machine) nobody can work the tokens out again: fresh
    // ones are issued and the earlier ones stop working.
    await rm(tokenFile);
    const fresh = await ensureDemoTenant(server.db, { tokenFile, now: () => NOW });
    expect(fresh.hotelId).toBe(direct.hotelId);
    expect(fresh.token).not.toBe(direct.token);
    expect((await me(direct.token)).statusCode).toBe(401);
    expect((await me(direct.coordinator.token)).statusCode).toBe(401);
    expect((await me(fresh.coordinator.token)).statusCode).toBe(200);
  });
});
