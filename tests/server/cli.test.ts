import { expect, it } from 'vitest';
import { CliError, runCli } from '../../server/cli.ts';
import { ensureDemoTenant } from '../../server/demo-tenant.ts';
import { describeOnEachDatabase } from './support/databases.ts';

describeOnEachDatabase('konuk CLI', (server) => {
  async function run(...argv: string[]): Promise<string[]> {
    const lines: string[] = [];
    await runCli(argv, server.db, (line) => lines.push(line));
    return lines;
  }
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

  it('sets up the demo hotel once and prints the same working token every time', async () => {
    const first = await run('demo');
    const second = await run('demo');
    const direct = await ensureDemoTenant(server.db);

    expect(second).toEqual(first);
    expect(lastWord(first[2])).toBe(direct.token);
    expect(lastWord(first[0])).toBe(direct.hotelId);
    const response = await me(direct.token);
    expect(response.json()).toMatchObject({
      agent: { id: direct.agentId, name: 'Demo Agent' },
      hotel: { name: 'Demo Hotel Belek', timeZone: 'Europe/Istanbul' },
    });
    expect(lastWord(first[4])).toBe(direct.coordinator.token);
    const coordinator = await me(direct.coordinator.token);
    expect(coordinator.json()).toMatchObject({
      agent: { id: direct.coordinator.agentId, name: 'Demo Coordinator', role: 'coordinator' },
    });
    const hotels = await server.db.query('select id from hotels where is_demo');
    expect(hotels).toHaveLength(1);
  });
});
