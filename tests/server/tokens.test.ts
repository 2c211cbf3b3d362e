// Tokens are random, listed without their secrets, revocable and optionally expiring; coordinators
// and supervisors manage their own hotel's, and a revoked or expired token gets 401.
import { expect, it } from 'vitest';
import { TokenCreateResponse, TokenListResponse } from '../../shared/api-contract.ts';
import { ApiClient } from './support/api-client.ts';
import { describeOnEachDatabase } from './support/databases.ts';

describeOnEachDatabase('API tokens', (server) => {
  it('lets a coordinator issue, list and revoke an agent’s token; revoked, it gets 401', async () => {
    const coordinator = await server.tenant({ role: 'coordinator' });
    const agent = await server.colleague(coordinator.hotelId, 'Ayşe');
    const issued = await coordinator.api.raw('POST', '/v1/tokens', {
      body: { agentId: agent.agentId, label: 'Front desk PC' },
    });
    expect(issued.status).toBe(201);
    const { token, info } = TokenCreateResponse.parse(issued.json);
    expect(token).toMatch(/^konuk_[A-Za-z0-9_-]{43}$/);
    const asAgent = new ApiClient(server.app, token);
    expect((await asAgent.me()).agent.name).toBe('Ayşe');

    const listed = TokenListResponse.parse((await coordinator.api.raw('GET', '/v1/tokens')).json);
    expect(listed.tokens.map((t) => [t.agentName, t.label, t.revokedAt])).toContainEqual([
      'Ayşe',
      'Front desk PC',
      null,
    ]);
    expect(JSON.stringify(listed)).not.toContain(token);

    expect((await coordinator.api.raw('DELETE', `/v1/tokens/${info.id}`)).status).toBe(204);
    const refused = await asAgent.error(asAgent.raw('GET', '/v1/me'));
    expect(refused.status).toBe(401);
    expect(refused.body.message).toContain('revoked');
    const after = TokenListResponse.parse((await coordinator.api.raw('GET', '/v1/tokens')).json);
    expect(after.tokens.find((t) => t.id === info.id)?.revokedAt).not.toBeNull();
  });

  it('refuses an expired token with 401 and accepts one that has not expired', async () => {
    const coordinator = await server.tenant({ role: 'coordinator' });
    const issue = async (expiresAt: string) =>
      TokenCreateResponse.parse(
        (
          await coordinator.api.raw('POST', '/v1/tokens', {
            body: { agentId: coordinator.agentId, expiresAt },
          })
        ).json,
      ).token;
    const expired = new ApiClient(server.app, await issue('2001-01-01T00:00:00Z'));
    const valid = new ApiClient(server.app, await issue('8999-01-01T00:00:00Z'));
    expect((await expired.error(expired.raw('GET', '/v1/me'))).status).toBe(401);
    expect((await valid.me()).agent.id).toBe(coordinator.agentId);
  });

  it('keeps tokens to coordinators of the same hotel', async () => {
    const frontline = await server.tenant();
    const forbidden = await frontline.api.error(frontline.api.raw('GET', '/v1/tokens'));
    expect(forbidden.status).toBe(403);

    const other = await server.tenant({ role: 'coordinator' });
    const mine = await server.tenant({ role: 'coordinator' });
    const theirs = TokenCreateResponse.parse(
      (await other.api.raw('POST', '/v1/tokens', { body: { agentId: other.agentId } })).json,
    );
    expect((await mine.api.raw('DELETE', `/v1/tokens/${theirs.info.id}`)).status).toBe(404);
    expect((await mine.api.raw('POST', '/v1/tokens', { body: { agentId: other.agentId } })).status).toBe(404);
    const listed = TokenListResponse.parse((await mine.api.raw('GET', '/v1/tokens')).json);
    expect(listed.tokens.every((t) => t.agentId === mine.agentId)).toBe(true);
    expect((await new ApiClient(server.app, theirs.token).me()).agent.id).toBe(other.agentId);
  });
});
