// The API never answers 500 to a request: what its contract accepts is stored (2xx), what the
// database could not store is refused by the contract (4xx naming the field), and a refused
// request changes nothing. Hostile values come from fast-check: control characters, lone
// surrogates, NUL, dates at the edges of what PostgreSQL and JavaScript can represent.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import {
  CaptureHealthReport,
  IngestRequest,
  PhoneCallRequest,
  SelectorPackUpdateRequest,
  TemplateRequest,
} from '../../shared/api-contract.ts';
import type { ApiClient } from './support/api-client.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { guest } from './support/messages.ts';

const RUNS = 40;

/** Strings a hostile or broken page can produce, short enough to keep the run quick. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\uD83D', 'x\uDE00y', '\uFFFF', '', ' ', '<b>x</b>', 'ğüşİ'),
);

/** Dates around the edges: year 0, BC, far future, offsets that cross a year, normal ones. */
const edgyDateTime = fc.oneof(
  fc.constantFrom(
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00+14:00',
    '1899-12-31T23:59:59Z',
    '9999-12-31T23:59:59Z',
    '9999-12-31T23:59:59-14:00',
    '2026-07-01T10:00:00.000Z',
    '2026-02-30T10:00:00Z',
  ),
  fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
);

const edgyDate = fc.oneof(
  fc.constantFrom('0000-01-01', '0001-01-01', '9999-12-31', '2026-07-01', '2026-13-01'),
  edgyDateTime.map((d) => d.slice(0, 10)),
);

const capturedMessage = fc.record(
  {
    channel: fc.constantFrom('whatsapp', 'email', 'booking', 'instagram'),
    conversationId: fc.oneof(hostileString, fc.constant('c|1')),
    platformMessageId: hostileString,
    direction: fc.constantFrom('inbound', 'outbound'),
    senderName: hostileString,
    senderHandle: fc.oneof(hostileString, fc.constant('+90 555 123 45 67')),
    sentAt: edgyDateTime,
    capturedAt: edgyDateTime,
    text: hostileString,
    conversationTitle: hostileString,
    reservationNumber: hostileString,
    guestName: hostileString,
    stay: fc.record({ checkIn: edgyDate, checkOut: edgyDate }),
  },
  {
    requiredKeys: [
      'channel',
      'conversationId',
      'platformMessageId',
      'direction',
      'sentAt',
      'capturedAt',
      'text',
    ],
  },
);

const template = fc.record({
  id: fc.oneof(fc.constant('fuzz-template'), hostileString),
  kind: fc.constantFrom('acknowledgement', 'closing'),
  title: hostileString,
  language: fc.constantFrom('en', 'tr'),
  body: hostileString,
});

const packValue = fc.oneof(hostileString, fc.boolean(), fc.array(hostileString, { maxLength: 3 }));
const selectorPack = fc.record({
  version: hostileString,
  selectors: fc.dictionary(hostileString, fc.oneof(packValue, fc.dictionary(hostileString, packValue)), {
    maxKeys: 3,
  }),
});

const healthReport = fc.record(
  {
    platform: fc.constantFrom('whatsapp', 'booking'),
    ok: fc.boolean(),
    problem: hostileString,
    pageUrlHost: hostileString,
  },
  { requiredKeys: ['platform', 'ok'] },
);

const phoneCall = fc.record(
  {
    guestName: hostileString,
    guestPhone: hostileString,
    text: hostileString,
    reservationNumber: hostileString,
    stay: fc.record({ checkIn: edgyDate, checkOut: edgyDate }),
    calledAt: edgyDateTime,
    callId: hostileString,
  },
  { requiredKeys: ['guestName', 'text'] },
);

/** Sends one request; fails the property on a 5xx, and on a 4xx to what the contract accepts. */
async function check(
  api: ApiClient,
  method: 'POST' | 'PUT',
  url: string,
  body: unknown,
  accepts: (body: unknown) => boolean,
): Promise<void> {
  const response = await api.raw(method, url, { body });
  expect(
    response.status,
    `${method} ${url} ${JSON.stringify(body)} -> ${JSON.stringify(response.json)}`,
  ).toBeLessThan(500);
  if (accepts(body)) {
    expect(
      response.status,
      `accepted by the contract, refused: ${JSON.stringify(response.json)}`,
    ).toBeLessThan(300);
  } else {
    expect(response.status).toBeGreaterThanOrEqual(400);
  }
}

describeOnEachDatabase('the contract against the real server', (server) => {
  it('refuses arrays longer than their choices before reading them (a template with 100,000 topics)', async () => {
    const { api, hotelId } = await server.tenant({ role: 'coordinator' });
    const huge = {
      id: 'huge',
      kind: 'closing',
      title: 'Huge',
      language: 'en',
      body: 'Thanks',
      topics: Array(100_000).fill('question'),
    };
    const template = await api.error(api.raw('PUT', '/v1/templates/huge', { body: huge }));
    expect(template.status).toBe(400);
    expect(template.body.issues?.[0]?.path).toBe('topics');
    await api.ingest([guest('c1', 'm1', 0)]);
    const patch = await api.error(
      api.raw('PATCH', '/v1/tickets/K-0001', { body: { escalation: Array(200_000).fill('safety') } }),
    );
    expect(patch.status).toBe(400);
    expect(patch.body.issues?.[0]?.path).toBe('escalation');
    expect((await api.ticket('K-0001')).ticket.escalation).toEqual([]);
    expect(await server.count('reply_templates', hotelId)).toBe(0);
  });

  it('answers every message batch with 2xx or a clear 4xx, never 500', async () => {
    const { api } = await server.tenant({ role: 'coordinator' });
    await fc.assert(
      fc.asyncProperty(fc.array(capturedMessage, { minLength: 1, maxLength: 4 }), async (messages) => {
        await check(
          api,
          'POST',
          '/v1/messages/batch',
          { messages },
          (b) => IngestRequest.safeParse(b).success,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('answers every template, selector pack, health report and phone call with 2xx or 4xx', async () => {
    const { api } = await server.tenant({ role: 'coordinator' });
    await fc.assert(
      fc.asyncProperty(template, selectorPack, healthReport, phoneCall, async (t, pack, report, call) => {
        await check(
          api,
          'PUT',
          '/v1/templates/fuzz-template',
          t,
          (b) => TemplateRequest.safeParse(b).success && t.id === 'fuzz-template',
        );
        await check(
          api,
          'PUT',
          '/v1/selector-packs/whatsapp',
          pack,
          (b) => SelectorPackUpdateRequest.safeParse(b).success,
        );
        await check(
          api,
          'POST',
          '/v1/capture-health',
          report,
          (b) => CaptureHealthReport.safeParse(b).success,
        );
        const callResponse = await api.raw('POST', '/v1/tickets', { body: call });
        expect(callResponse.status, JSON.stringify([call, callResponse.json])).toBeLessThan(500);
        if (!PhoneCallRequest.safeParse(call).success)
          expect(callResponse.status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses the inputs the database cannot store with a 400 naming the field, and stores nothing', async () => {
    const { api, hotelId } = await server.tenant({ role: 'coordinator' });
    const cases: [string, unknown][] = [
      ['messages.0.sentAt', { messages: [guest('c1', 'm1', 0, { sentAt: '0000-01-01T00:00:00Z' })] }],
      ['messages.0.sentAt', { messages: [guest('c1', 'm1', 0, { sentAt: '9999-12-31T23:59:59Z' })] }],
      [
        'messages.0.stay.checkIn',
        { messages: [guest('c1', 'm1', 0, { stay: { checkIn: '0000-01-01', checkOut: '2026-07-02' } })] },
      ],
    ];
    for (const [path, body] of cases) {
      const rejected = await api.error(api.raw('POST', '/v1/messages/batch', { body }));
      expect(rejected.status).toBe(400);
      expect(rejected.body.issues?.map((i) => i.path)).toContain(path);
    }
    expect(await server.count('messages', hotelId)).toBe(0);

    const template = { id: 'nul', kind: 'closing', title: 'A\u0000', language: 'en', body: 'Thanks \uD83D' };
    const refused = await api.error(api.raw('PUT', '/v1/templates/nul', { body: template }));
    expect(refused.status).toBe(400);
    expect(refused.body.issues?.map((i) => i.path).sort()).toEqual(['body', 'title']);

    const pack = await api.error(
      api.raw('PUT', '/v1/selector-packs/whatsapp', {
        body: { version: 'v1', selectors: { row: '\u0000' } },
      }),
    );
    expect(pack.status).toBe(400);
    expect(pack.body.issues?.[0]?.path).toBe('selectors.row');

    const report = await api.error(
      api.raw('POST', '/v1/capture-health', {
        body: { platform: 'whatsapp', ok: false, problem: 'x\uDE00' },
      }),
    );
    expect(report.status).toBe(400);
    expect(report.body.issues?.[0]?.path).toBe('problem');
    expect(await server.count('reply_templates', hotelId)).toBeGreaterThanOrEqual(0);
    expect(await server.count('selector_packs', hotelId)).toBe(0);
    expect(await server.count('capture_health', hotelId)).toBe(0);
  });
});
