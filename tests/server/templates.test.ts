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
    const { api } = await server.tenant();
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
    const { api } = await server.tenant();
    const response = await api.raw('PUT', `/v1/templates/${TRANSFER.id}`, { body: TRANSFER });
    expect(response.status).toBe(201);
    expect((await api.templates()).templates.some((t) => t.id === TRANSFER.id)).toBe(true);
  });

  it('refuses a second template with the same id, and bad templates, changing nothing', async () => {
    const { api } = await server.tenant();
    await api.createTemplate(TRANSFER);
    const before = await api.templates();

    const taken = await api.error(
      api.raw('POST', '/v1/templates', { body: { ...TRANSFER, title: 'Other' } }),
    );
    expect(taken).toMatchObject({ status: 409, body: { error: 'conflict' } });
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
    const belek = await server.tenant();
    const side = await server.tenant();
    await belek.api.createTemplate(TRANSFER);
    await belek.api.raw('DELETE', '/v1/templates/tr-closing');

    const sideIds = (await side.api.templates()).templates.map((t) => t.id);
    expect(sideIds).not.toContain(TRANSFER.id);
    expect(sideIds).toContain('tr-closing');
    expect((await side.api.error(side.api.raw('DELETE', `/v1/templates/${TRANSFER.id}`))).status).toBe(404);
    expect((await belek.api.templates()).templates.some((t) => t.id === TRANSFER.id)).toBe(true);
  });
});
