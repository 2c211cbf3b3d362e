// Backpressure at the door: an address that keeps sending wrong tokens is refused with 429 (before
// any lookup), an agent's tokens have a request budget per minute, and both recover when the
// minute turns. The clock is pinned.
import { expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { describeOnEachDatabase } from './support/databases.ts';

describeOnEachDatabase('rate limits', (server) => {
  it('answers 429 with Retry-After to an address guessing tokens, and to an agent over budget', async () => {
    let now = Date.parse('2026-07-01T10:00:00.000Z');
    const app = await buildApp({
      db: server.db,
      rateLimits: { failedAuthPerAddress: 5, requestsPerAgent: 8, windowMs: 60_000, now: () => now },
    });
    const { token } = await server.tenant();
    const me = (bearer: string) =>
      app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${bearer}` } });
    try {
      const guesses = [];
      for (let i = 0; i < 8; i += 1) guesses.push((await me(`konuk_guess${i}`)).statusCode);
      expect(guesses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      const refused = await me(token);
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.json()).toMatchObject({ error: 'rate_limited' });

      now += 60_000;
      const calls = [];
      for (let i = 0; i < 10; i += 1) calls.push((await me(token)).statusCode);
      expect(calls).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429, 429]);
      now += 60_000;
      expect((await me(token)).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
