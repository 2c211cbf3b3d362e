import { expect, it } from 'vitest';
import { STARTER_LIBRARY } from '../../shared/templates/starter-library.ts';
import type { ReplyTemplateInput } from '../../shared/templates/template-schema.ts';
import { describeOnEachDatabase } from './support/databases.ts';

const TRANSFER: ReplyTemplateInput = {
  id: 'en-airport-transfer',
  kind: 'acknowledgement',
  title: 'Airport transfer booked',
  language: 'en',
  topics: ['special_request'],
  body: 'Dear {{guest_name}}, your transfer is booked (record {{record_number}}).',
};

describeOnEachDatabase('reply templates', (server) => {
  it('starts each hotel with the starter library', async () => {
    const { api, hotelId } = await server.tenant();
    const { templates } = await api.templates();

    expect(templates.map((t) => t.id).sort()).toEqual(STARTER_LIBRARY.map((t) => t.id).sort());
    expect(new Set(templates.map((t) => t.language))).toEqual(new Set(['tr', 'en', 'de', 'ru', 'ar']));
    await api.templates();
    expect(await server.count('reply_templates', hotelId)).toBe(STARTER_LIBRARY.length);
  });

  it('creates, replaces and deletes a hotel’s templates; a deleted starter template stays deleted', async () => {
    const { api } = await server.tenant({ role: 'coordinator' });
    expect((await api.createTemplate(TRANSFER)).template).toMatchObject({
      ...TRANSFER,
      stages: [],
      channels: [],
    });

    const edited = { ...TRANSFER, title: 'Transfer confirmed' };
    expect((await api.putTemplate(edited)).template.title).toBe('Transfer confirmed');
    const deleted = await api.raw('DELETE', '/v1/templates/en-closing');
    expect(deleted.status).toBe(204);

    const ids = (await api.templates()).templates.map((t) => t.id);
    expect(ids).toContain('en-airport-transfer');
    expect(ids).not.toContain('en-closing');
    expect(ids).toHaveLength(STARTER_LIBRARY.length);
    expect((await api.templates()).templates.find((t) => t.id === TRANSFER.id)!.title).toBe(
      'Transfer confirmed',
    );
  });

  it('creates a template with PUT when the id is new', async () => {
    const { api } = await server.tenant({ role: 'supervisor' });
    const response = await api.raw('PUT', `/v1/templates/${TRANSFER.id}`, { body: TRANSFER });
    expect(response.status).toBe(201);
    expect((await api.templates()).templates.some((t) => t.id === TRANSFER.id)).toBe(true);
  });

  it('refuses a second template with the same id, and bad templates, changing nothing', async () => {
    const { api } = await server.tenant({ role: 'coordinator' });
    await api.createTemplate(TRANSFER);
    const before = await api.templates();

    const taken = await api.error(
      api.raw('POST', '/v1/templates', { body: { ...TRANSFER, title: 'Other' } }),
    );
    expect(taken).toMatchObject({
      status: 409,
      body: {
        error: 'conflict',
        message: `The hotel has a template "${TRANSFER.id}" already: change it with PUT /v1/templates/${TRANSFER.id}.`,
      },
    });
    const invalid = [
      { ...TRANSFER, id: 'Has Spaces' },
      { ...TRANSFER, kind: 'upsell' },
      { ...TRANSFER, body: 'Dear {{ Guest Name }}' },
      { ...TRANSFER, kind: 'public_reply', body: 'x'.repeat(281) },
      { ...TRANSFER, language: 'xx' },
    ];
    for (const body of invalid) {
      const rejected = await api.error(api.raw('POST', '/v1/templates', { body }));
      expect(rejected.status).toBe(400);
      expect(rejected.body.error).toBe('invalid_request');
    }
    const mismatch = await api.error(api.raw('PUT', '/v1/templates/en-closing', { body: TRANSFER }));
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.issues?.[0]?.path).toBe('id');
    expect((await api.error(api.raw('DELETE', '/v1/templates/no-such-template'))).status).toBe(404);
    expect(await api.templates()).toEqual(before);
  });

  it('keeps each hotel’s templates to itself', async () => {
    const belek = await server.tenant({ role: 'coordinator' });
    const side = await server.tenant({ role: 'coordinator' });
    await belek.api.createTemplate(TRANSFER);
    await belek.api.raw('DELETE', '/v1/templates/tr-closing');

    const sideIds = (await side.api.templates()).templates.map((t) => t.id);
    expect(sideIds).not.toContain(TRANSFER.id);
    expect(sideIds).toContain('tr-closing');
    expect((await side.api.error(side.api.raw('DELETE', `/v1/templates/${TRANSFER.id}`))).status).toBe(404);
    expect((await belek.api.templates()).templates.some((t) => t.id === TRANSFER.id)).toBe(true);
  });

  it('lets only coordinators and supervisors change the hotel’s templates: a frontline agent gets 403 and changes nothing', async () => {
    const coordinator = await server.tenant({ role: 'coordinator' });
    const frontline = await server.colleague(coordinator.hotelId, 'Ayşe');
    const owner = await server.colleague(coordinator.hotelId, 'Kemal', 'owner');
    const before = await coordinator.api.templates();

    for (const agent of [frontline, owner]) {
      const attempts = [
        agent.api.raw('POST', '/v1/templates', { body: TRANSFER }),
        agent.api.raw('PUT', '/v1/templates/en-closing', { body: { ...TRANSFER, id: 'en-closing' } }),
        agent.api.raw('DELETE', '/v1/templates/en-closing'),
      ];
      for (const attempt of attempts) {
        const refused = await agent.api.error(attempt);
        expect(refused.status).toBe(403);
        expect(refused.body.message).toMatch(
          /^Only coordinators and supervisors can change the hotel's reply templates; you are signed in as an? (frontline|owner) agent\.$/,
        );
      }
    }
    // They still read the hotel's library, for their suggestions.
    expect(await frontline.api.templates()).toEqual(before);
    expect(await coordinator.api.templates()).toEqual(before);
  });

  it('keeps an agent’s own templates to that agent: listed, changed and deleted by them alone', async () => {
    const frontline = await server.tenant();
    const colleague = await server.colleague(frontline.hotelId, 'Deniz');
    const coordinator = await server.colleague(frontline.hotelId, 'Selin', 'coordinator');
    const mine = { ...TRANSFER, id: 'my-transfer', title: 'My transfer note' };

    const created = await frontline.api.raw('POST', '/v1/my-templates', { body: mine });
    expect(created.status).toBe(201);
    const again = await frontline.api.error(frontline.api.raw('POST', '/v1/my-templates', { body: mine }));
    expect(again).toMatchObject({ status: 409, body: { error: 'conflict' } });
    const edited = await frontline.api.raw('PUT', '/v1/my-templates/my-transfer', {
      body: { ...mine, title: 'Transfer, my words' },
    });
    expect(edited.status).toBe(200);
    const listed = await frontline.api.raw('GET', '/v1/my-templates');
    expect(listed.json).toEqual({
      templates: [expect.objectContaining({ id: 'my-transfer', title: 'Transfer, my words' })],
    });

    // Nobody else sees or touches it, a coordinator of the same hotel included, and the hotel's
    // library does not change.
    for (const other of [colleague, coordinator]) {
      expect((await other.api.raw('GET', '/v1/my-templates')).json).toEqual({ templates: [] });
      const deleting = await other.api.error(other.api.raw('DELETE', '/v1/my-templates/my-transfer'));
      expect(deleting.status).toBe(404);
    }
    expect((await coordinator.api.templates()).templates.map((t) => t.id)).not.toContain('my-transfer');

    expect((await frontline.api.raw('DELETE', '/v1/my-templates/my-transfer')).status).toBe(204);
    expect((await frontline.api.raw('GET', '/v1/my-templates')).json).toEqual({ templates: [] });
  });

  it('refuses a bad own template, and more than 100 of them, changing nothing', async () => {
    const { api, agentId } = await server.tenant();
    const bad = await api.error(
      api.raw('POST', '/v1/my-templates', { body: { ...TRANSFER, body: 'Dear {{ Guest Name }}' } }),
    );
    expect(bad.status).toBe(400);
    const values = Array.from({ length: 100 }, (_, i) => [
      agentId,
      `my-${i}`,
      JSON.stringify({ ...TRANSFER, id: `my-${i}` }),
    ]);
    for (const row of values) {
      await server.db.query(
        `insert into personal_templates (agent_id, hotel_id, id, template, updated_at)
         select $1, hotel_id, $2, $3, now() from agents where id = $1`,
        row,
      );
    }
    const full = await api.error(
      api.raw('POST', '/v1/my-templates', { body: { ...TRANSFER, id: 'my-one-more' } }),
    );
    expect(full).toMatchObject({ status: 409, body: { error: 'too_many_templates' } });
    expect(full.body.message).toBe('You keep at most 100 templates of your own: delete one first.');
    // Changing one of the hundred is still fine.
    const replaced = await api.raw('PUT', '/v1/my-templates/my-7', { body: { ...TRANSFER, id: 'my-7' } });
    expect(replaced.status).toBe(200);
  });
});
