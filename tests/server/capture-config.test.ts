import { expect, it } from 'vitest';
import { MAX_SELECTOR_PACK_BYTES } from '../../shared/api-contract.ts';
import { describeOnEachDatabase } from './support/databases.ts';

const PACK = {
  version: '2026-11-20',
  selectors: {
    message: ['[data-test-id="message"]', '.bui-message'],
    messageIdAttributes: ['data-message-id'],
    composer: ['textarea[name="message"]'],
    reservation: { panel: ['aside'], reservationNumber: { selectors: [], scanPanel: true } },
  },
};

describeOnEachDatabase('selector packs', (server) => {
  it('serves the packs a coordinator published to every agent of the hotel', async () => {
    const tenant = await server.tenant();
    const coordinator = await server.colleague(tenant.hotelId, 'Ayşe', 'coordinator');
    expect(await tenant.api.selectorPacks()).toEqual({ packs: [] });

    const published = await coordinator.api.putSelectorPack('booking', PACK);
    expect(published).toMatchObject({ platform: 'booking', ...PACK });
    const newer = await coordinator.api.putSelectorPack('booking', { ...PACK, version: '2026-11-21' });

    expect(await tenant.api.selectorPacks()).toEqual({ packs: [newer] });
  });

  it('lets only coordinators and supervisors publish', async () => {
    const tenant = await server.tenant();
    const refused = await tenant.api.error(
      tenant.api.raw('PUT', '/v1/selector-packs/booking', { body: PACK }),
    );

    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/Only coordinators and supervisors can publish selector packs/);
    expect(await server.count('selector_packs', tenant.hotelId)).toBe(0);
  });

  it('takes data only, of bounded shape and size, and changes nothing otherwise', async () => {
    const { api, hotelId } = await server.tenant({ role: 'supervisor' });
    await api.putSelectorPack('whatsapp', PACK);
    const before = await api.selectorPacks();
    const bad: [string, unknown][] = [
      ['whatsapp', { ...PACK, selectors: ['not', 'an', 'object'] }],
      ['whatsapp', { ...PACK, selectors: { message: 42 } }],
      ['whatsapp', { ...PACK, selectors: { message: [{ code: 'alert(1)' }] } }],
      ['whatsapp', { ...PACK, selectors: { a: { b: { c: { d: { e: 'too deep' } } } } } }],
      ['whatsapp', { ...PACK, selectors: { big: 'x'.repeat(2_001) } }],
      [
        'whatsapp',
        {
          ...PACK,
          selectors: Object.fromEntries(
            Array.from({ length: 80 }, (_, i) => [`s${i}`, Array.from({ length: 20 }, () => 'y'.repeat(50))]),
          ),
        },
      ],
      ['whatsapp', { selectors: PACK.selectors }],
      ['whatsapp', { ...PACK, script: 'x' }],
      ['WhatsApp Web', PACK],
    ];
    for (const [platform, body] of bad) {
      const rejected = await api.error(
        api.raw('PUT', `/v1/selector-packs/${encodeURIComponent(platform)}`, { body }),
      );
      expect(rejected.status).toBe(400);
    }
    expect(JSON.stringify(bad[5]![1]).length).toBeGreaterThan(MAX_SELECTOR_PACK_BYTES);
    expect(await api.selectorPacks()).toEqual(before);
    expect(await server.count('selector_packs', hotelId)).toBe(1);
  });

  it('keeps each hotel’s packs to itself', async () => {
    const belek = await server.tenant({ role: 'coordinator' });
    const side = await server.tenant({ role: 'coordinator' });
    await belek.api.putSelectorPack('booking', PACK);

    expect((await side.api.selectorPacks()).packs).toEqual([]);
  });
});

describeOnEachDatabase('capture health', (server) => {
  it('keeps each agent’s latest state per platform with counts, for coordinators to see', async () => {
    const frontline = await server.tenant({ agentName: 'Selin' });
    const colleague = await server.colleague(frontline.hotelId, 'Deniz');
    const coordinator = await server.colleague(frontline.hotelId, 'Ayşe', 'coordinator');

    await frontline.api.reportHealth({ platform: 'booking', ok: true });
    await frontline.api.reportHealth({
      platform: 'booking',
      ok: false,
      problem: 'no messages read in an open conversation',
      pageUrlHost: 'Admin.Booking.com',
    });
    const latest = await frontline.api.reportHealth({ platform: 'whatsapp', ok: true });
    await colleague.api.reportHealth({ platform: 'booking', ok: true, pageUrlHost: 'admin.booking.com' });

    expect(latest).toMatchObject({ agentName: 'Selin', platform: 'whatsapp', ok: true, reports: 1 });
    const { entries } = await coordinator.api.captureHealth();
    expect(entries.map((e) => [e.agentName, e.platform, e.ok, e.reports, e.problemReports])).toEqual([
      ['Selin', 'booking', false, 2, 1],
      ['Deniz', 'booking', true, 1, 0],
      ['Selin', 'whatsapp', true, 1, 0],
    ]);
    expect(entries[0]).toMatchObject({
      problem: 'no messages read in an open conversation',
      pageUrlHost: 'admin.booking.com',
      lastProblemAt: expect.any(String),
    });
  });

  it('shows capture health to coordinators and supervisors only', async () => {
    const { api } = await server.tenant();
    const refused = await api.error(api.raw('GET', '/v1/capture-health'));
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/you are signed in as a frontline agent/);
  });

  it('rejects a report with page text, a full URL or a bad platform, recording nothing', async () => {
    const { api, hotelId } = await server.tenant();
    for (const body of [
      { platform: 'booking' },
      { platform: 'booking', ok: 'yes' },
      { platform: 'Booking.com!', ok: true },
      { platform: 'booking', ok: false, pageUrlHost: 'https://admin.booking.com/hotel?ses=1' },
      { platform: 'booking', ok: false, problem: 'x'.repeat(501) },
      { platform: 'booking', ok: false, guestText: 'Merhaba' },
    ]) {
      expect((await api.error(api.raw('POST', '/v1/capture-health', { body }))).status).toBe(400);
    }
    expect(await server.count('capture_health', hotelId)).toBe(0);
  });

  it('keeps each hotel’s capture health to itself', async () => {
    const belek = await server.tenant();
    const side = await server.tenant({ role: 'coordinator' });
    await belek.api.reportHealth({ platform: 'gmail', ok: false, problem: 'thread id missing' });

    expect(await side.api.captureHealth()).toEqual({ entries: [] });
  });
});
