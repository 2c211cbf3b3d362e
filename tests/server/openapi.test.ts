// GET /v1/openapi.json is a valid OpenAPI 3.1 document that lists exactly the routes the server
// registered (a route added without documentation fails here), and says truly who may call
// each; GET /v1/docs renders it as a page without scripts. The document does not depend on the
// database, so this runs on PGlite only.
import { Validator, type SpecData } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredRoutes } from '../../server/routes/openapi/index.ts';
import { openApiPath } from '../../server/routes/openapi/openapi-document.ts';
import { routeKey } from '../../server/routes/openapi/route-doc.ts';
import { ROUTE_TABLE } from '../../server/routes/openapi/route-table.ts';
import { ServerHarness } from './support/databases.ts';

const server = new ServerHarness('pglite');
beforeAll(() => server.open());
afterAll(() => server.close());

const SAMPLE_PARAMS: Record<string, string> = {
  recordNumber: 'K-9999',
  queue: 'mine',
  key: 'front_office',
  platform: 'whatsapp',
};
const SAMPLE_UUID = '00000000-0000-4000-8000-000000000000';

/** Bodies for the routes that read their input before they check the caller's role. */
const VALID_BODIES: Record<string, unknown> = {
  'POST /v1/tickets/:recordNumber/compensation/decision': { approve: true },
};

const urlOf = (path: string) =>
  path.replace(/:([A-Za-z]+)/g, (_, name: string) => SAMPLE_PARAMS[name] ?? SAMPLE_UUID);

async function fetchDocument() {
  const response = await server.app.inject({ method: 'GET', url: '/v1/openapi.json' });
  expect(response.statusCode).toBe(200);
  return response.json() as {
    openapi: string;
    paths: Record<string, Record<string, { 'x-konuk-roles': unknown; security?: unknown[] }>>;
  };
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1, fetched without a token', async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document as unknown as SpecData);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the validator refuses a broken document (so the check above means something)', async () => {
    const document = await fetchDocument();
    const broken = structuredClone(document) as Record<string, unknown>;
    delete broken.info;
    expect((await new Validator().validate(broken as SpecData)).valid).toBe(false);
  });

  it('documents every route the server registered, and no other', async () => {
    const documented = ROUTE_TABLE.map((route) => routeKey(route.method, route.path));
    expect(new Set(documented).size).toBe(documented.length);
    expect([...registeredRoutes(server.app)].sort()).toEqual([...documented].sort());

    const document = await fetchDocument();
    const inDocument = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => routeKey(method, path)),
    );
    expect(inDocument.sort()).toEqual(
      ROUTE_TABLE.map((route) => routeKey(route.method, openApiPath(route.path))).sort(),
    );
  });

  it('says who may call each route, and the API enforces exactly that', async () => {
    const { hotelId } = await server.tenant();
    const frontline = await server.colleague(hotelId, 'Deniz', 'frontline');
    const coordinator = await server.colleague(hotelId, 'Cem', 'coordinator');
    const outcomes: string[] = [];
    for (const [index, route] of ROUTE_TABLE.entries()) {
      const key = routeKey(route.method, route.path);
      const url = urlOf(route.path);
      const body = VALID_BODIES[key] ?? (route.body ? {} : undefined);
      // Each from its own address, so the limit on failed sign-ins per address stays out of it.
      const anonymous = await server.app.inject({
        method: route.method,
        url,
        remoteAddress: `127.0.1.${index}`,
        ...(body ? { payload: body as object } : {}),
      });
      if (route.access === 'public') {
        outcomes.push(`${key} anonymous ${anonymous.statusCode < 400 ? 'ok' : anonymous.statusCode}`);
        continue;
      }
      const asFrontline = await frontline.api.raw(route.method, url, body ? { body } : {});
      outcomes.push(`${key} anonymous ${anonymous.statusCode}`);
      const restricted = Array.isArray(route.access) && !route.access.includes('frontline');
      outcomes.push(`${key} frontline ${asFrontline.status === 403 ? 'refused' : 'let in'}`);
      expect(asFrontline.status === 403, `${key}: frontline ${asFrontline.status}`).toBe(restricted);
      if (Array.isArray(route.access) && route.access.includes('coordinator')) {
        const asCoordinator = await coordinator.api.raw(route.method, url, body ? { body } : {});
        expect(asCoordinator.status, `${key}: coordinator`).not.toBe(403);
      }
    }
    expect(outcomes.filter((o) => o.includes('anonymous') && !/ (ok|401)$/.test(o))).toEqual([]);
  });
});

describe('the docs page', () => {
  it('renders every route as plain HTML with no script and a policy that allows none', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/v1/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(String(response.headers['content-security-policy'])).toMatch(
      /^default-src 'none'; style-src 'sha256-/,
    );
    expect(response.body).not.toMatch(/<script|https?:\/\/(?!json-schema)/i);
    for (const route of ROUTE_TABLE) {
      expect(response.body).toContain(`<code>${openApiPath(route.path)}</code>`);
    }
    expect(response.body).toContain('Who may call it: coordinator, supervisor.');
  });
});
