import { expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { extensionOriginsFromEnv } from '../../server/plugins/cors.ts';
import { MAX_BODY_BYTES } from '../../shared/limits.ts';
import { ApiClient } from './support/api-client.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { guest } from './support/messages.ts';

describeOnEachDatabase('rejected requests', (server) => {
  it('rejects malformed JSON with 400 and stores nothing', async () => {
    const { api, hotelId } = await server.tenant();
    const rejected = await api.error(
      api.raw('POST', '/v1/messages/batch', {
        payload: '{"messages": [',
        headers: { 'content-type': 'application/json' },
      }),
    );

    expect(rejected.status).toBe(400);
    expect(rejected.body).toMatchObject({
      error: 'invalid_json',
      message: 'The request body is not valid JSON.',
    });
    expect(await server.count('messages', hotelId)).toBe(0);
  });

  it('rejects a body over the size limit with 413 and stores nothing', async () => {
    const { api, hotelId } = await server.tenant();
    const text = 'x'.repeat(19_000);
    const messages = Array.from({ length: 240 }, (_, i) => guest('c1', `m${i}`, i, { text }));
    expect(JSON.stringify({ messages }).length).toBeGreaterThan(MAX_BODY_BYTES);
    const rejected = await api.error(api.raw('POST', '/v1/messages/batch', { body: { messages } }));

    expect(rejected.status).toBe(413);
    expect(rejected.body.message).toContain(String(MAX_BODY_BYTES));
    expect(await server.count('messages', hotelId)).toBe(0);
  });

  it('rejects a batch with one wrong-typed message whole, naming the field, and stores nothing', async () => {
    const { api, hotelId } = await server.tenant();
    const bad = { ...guest('c1', 'm2', 1), sentAt: 'yesterday', direction: 'sideways' };
    const rejected = await api.error(
      api.raw('POST', '/v1/messages/batch', { body: { messages: [guest('c1', 'm1', 0), bad] } }),
    );

    expect(rejected.status).toBe(400);
    expect(rejected.body.error).toBe('invalid_request');
    expect(rejected.body.issues?.map((i) => i.path).sort()).toEqual([
      'messages.1.direction',
      'messages.1.sentAt',
    ]);
    expect(rejected.body.message).toContain('messages.1.');
    expect(await server.count('messages', hotelId)).toBe(0);
    expect(await server.count('tickets', hotelId)).toBe(0);
  });

  it('rejects an empty batch, a batch that is not an object and a non-JSON body', async () => {
    const { api } = await server.tenant();
    const empty = await api.error(api.raw('POST', '/v1/messages/batch', { body: { messages: [] } }));
    expect(empty.status).toBe(400);
    expect(empty.body.issues?.[0]?.path).toBe('messages');

    const array = await api.error(api.raw('POST', '/v1/messages/batch', { body: [guest('c1', 'm1', 0)] }));
    expect(array.status).toBe(400);

    const text = await api.error(
      api.raw('POST', '/v1/messages/batch', { payload: 'hello', headers: { 'content-type': 'text/plain' } }),
    );
    expect(text.status).toBe(415);
    expect(text.body.message).toContain('application/json');
  });

  it('rejects a status change to an unknown status or with extra fields, and changes nothing', async () => {
    const { api } = await server.tenant();
    await api.ingest([guest('c1', 'm1', 0)]);
    const before = await api.ticket('K-0001');

    const unknown = await api.error(api.raw('PATCH', '/v1/tickets/K-0001', { body: { status: 'done' } }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues?.[0]?.path).toBe('status');
    const extra = await api.error(
      api.raw('PATCH', '/v1/tickets/K-0001', { body: { status: 'closed', ownerAgentId: null } }),
    );
    expect(extra.status).toBe(400);

    expect(await api.ticket('K-0001')).toEqual(before);
  });

  it('answers 401 with a clear message without a valid token, and stores nothing', async () => {
    const { hotelId } = await server.tenant();
    const batch = { messages: [guest('c1', 'm1', 0)] };
    const anonymous = await server.app.inject({ method: 'POST', url: '/v1/messages/batch', payload: batch });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().message).toContain('Authorization');

    const basic = await server.app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    expect(basic.statusCode).toBe(401);
    expect(basic.json().message).toContain('Bearer');

    const forged = new ApiClient(server.app, 'konuk_not-a-real-token');
    const wrong = await forged.error(forged.raw('POST', '/v1/messages/batch', { body: batch }));
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toContain('not valid');
    expect(await server.count('messages', hotelId)).toBe(0);
  });

  it('answers health without a token and 404 for unknown routes', async () => {
    const health = await server.app.inject({ method: 'GET', url: '/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ ok: true });

    const unknown = await server.app.inject({ method: 'GET', url: '/v1/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: 'not_found' });
  });

  it('lets the extension’s service worker call the API across origins, and no web page', async () => {
    const { token } = await server.tenant();
    for (const origin of [
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
      'moz-extension://1b2c3d4e-0000-4000-8000-000000000000',
    ]) {
      const preflight = await server.app.inject({
        method: 'OPTIONS',
        url: '/v1/messages/batch',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(origin);
      expect(String(preflight.headers['access-control-allow-headers'])).toContain('Authorization');
      expect(String(preflight.headers['access-control-allow-methods'])).toContain('PATCH');

      const call = await server.app.inject({
        method: 'GET',
        url: '/v1/me',
        headers: { origin, authorization: `Bearer ${token}` },
      });
      expect(call.statusCode).toBe(200);
      expect(call.headers['access-control-allow-origin']).toBe(origin);
    }

    const page = await server.app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { origin: 'https://evil.example', authorization: `Bearer ${token}` },
    });
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never writes query strings (guest phone numbers) or tokens to the request log', async () => {
    const lines: string[] = [];
    const app = await buildApp({
      db: server.db,
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } },
    });
    const { token } = await server.tenant();
    try {
      const phone = '+905551234567';
      await app.inject({
        method: 'GET',
        url: `/v1/tickets?conversationId=${encodeURIComponent(phone)}`,
        headers: { authorization: `Bearer ${token}` },
      });
      const log = lines.join('');
      expect(log).toContain('/v1/tickets');
      expect(log).not.toContain('5551234567');
      expect(log).not.toContain(token);
    } finally {
      await app.close();
    }
  });

  it('allows only Konuk’s own extension origin once it is configured, and sends security headers', async () => {
    const konuk = 'chrome-extension://konukkonukkonukkonukkonukkonukko';
    const app = await buildApp({
      db: server.db,
      extensionOrigins: extensionOriginsFromEnv({ KONUK_EXTENSION_ORIGINS: `${konuk}/, ` }),
    });
    try {
      const preflight = (origin: string) =>
        app.inject({
          method: 'OPTIONS',
          url: '/v1/messages/batch',
          headers: { origin, 'access-control-request-method': 'POST' },
        });
      expect((await preflight(konuk)).headers['access-control-allow-origin']).toBe(konuk);
      const other = await preflight('chrome-extension://abcdefghijklmnopabcdefghijklmnop');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();

      const health = await app.inject({ method: 'GET', url: '/v1/health' });
      expect(health.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      });
      expect(String(health.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    } finally {
      await app.close();
    }
  });
});
