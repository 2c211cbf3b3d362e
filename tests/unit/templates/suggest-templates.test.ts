import { describe, expect, it } from 'vitest';
import { suggestTemplates, type SuggestionContext } from '../../../shared/templates/suggest-templates.ts';
import { STARTER_LIBRARY } from '../../../shared/templates/starter-library.ts';
import { ReplyTemplate } from '../../../shared/templates/template-schema.ts';

const suggest = (context: Partial<SuggestionContext>, limit = 3) =>
  suggestTemplates(
    { topic: 'question', stage: 'pre_stay', channel: 'whatsapp', language: 'en', ...context },
    STARTER_LIBRARY,
    limit,
  ).map((s) => s.template.id);

describe('suggestTemplates', () => {
  it('puts the template made for the topic first, in the guest language', () => {
    expect(suggest({ topic: 'complaint', stage: 'in_stay', language: 'tr' })[0]).toBe(
      'tr-complaint-recovery',
    );
    expect(suggest({ topic: 'refund', stage: 'post_stay', language: 'de' })[0]).toBe('de-refund');
    expect(suggest({ topic: 'cancellation', language: 'ru' })[0]).toBe('ru-cancellation-change');
    expect(suggest({ topic: 'feedback', stage: 'post_stay', channel: 'email' })[0]).toBe(
      'en-post-stay-thanks',
    );
  });

  it('offers only templates in the guest language when it has them', () => {
    const ids = suggest({ topic: 'complaint', language: 'de' }, 10);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('de-'))).toBe(true);
  });

  it('falls back to English for a language without templates', () => {
    const ids = suggest({ topic: 'lost_item', stage: 'post_stay', language: 'pl' });
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('en-'))).toBe(true);
  });

  it('offers the short public reply first where the guest wrote in public, and only there', () => {
    expect(
      suggest({ topic: 'complaint', channel: 'instagram', awaitingFirstReply: true, inPublic: true })[0],
    ).toBe('en-public-reply');
    expect(
      suggest({ topic: 'complaint', channel: 'instagram', awaitingFirstReply: true, inPublic: false }, 10),
    ).not.toContain('en-public-reply');
    expect(suggest({ topic: 'complaint', channel: 'whatsapp', awaitingFirstReply: true }, 10)).not.toContain(
      'en-public-reply',
    );
  });

  it('never offers a template made for another topic or stage', () => {
    expect(suggest({ topic: 'invoice', stage: 'post_stay' }, 20)).not.toContain('en-refund');
    expect(suggest({ topic: 'cancellation', stage: 'in_stay' }, 20)).not.toContain('en-cancellation-change');
  });

  it('respects the limit and prefers a hotel template made for the exact case', () => {
    const hotelOwn = ReplyTemplate.parse({
      id: 'en-early-check-in',
      kind: 'acknowledgement',
      title: 'Early check-in',
      language: 'en',
      topics: ['special_request'],
      stages: ['pre_stay'],
      channels: ['whatsapp'],
      body: 'Dear {{guest_name}}, early check-in is subject to availability; we have noted it ({{record_number}}).',
    });
    const ids = suggestTemplates(
      { topic: 'special_request', stage: 'pre_stay', channel: 'whatsapp', language: 'en' },
      [...STARTER_LIBRARY, hotelOwn],
      2,
    ).map((s) => s.template.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe('en-early-check-in');
  });

  it("offers an agent's own template after the hotel's, even one made for the exact case", () => {
    const own = {
      ...ReplyTemplate.parse({
        id: 'my-en-early-check-in',
        kind: 'acknowledgement',
        title: 'My early check-in answer',
        language: 'en',
        topics: ['special_request'],
        stages: ['pre_stay'],
        channels: ['whatsapp'],
        body: 'Hi {{guest_name}}, I have asked for an early check-in for you ({{record_number}}).',
      }),
      personal: true,
    };
    const context: SuggestionContext = {
      topic: 'special_request',
      stage: 'pre_stay',
      channel: 'whatsapp',
      language: 'en',
    };
    const hotelOnly = suggestTemplates(context, STARTER_LIBRARY, 4).map((s) => s.template.id);
    const ids = suggestTemplates(context, [own, ...STARTER_LIBRARY], 4).map((s) => s.template.id);
    expect(ids).toEqual([...hotelOnly, 'my-en-early-check-in'].slice(0, 4));
    // Where the hotel's fill the list, they keep it.
    expect(suggestTemplates(context, [own, ...STARTER_LIBRARY], hotelOnly.length)).toHaveLength(
      hotelOnly.length,
    );
    expect(
      suggestTemplates(context, [own, ...STARTER_LIBRARY], hotelOnly.length).map((s) => s.template.id),
    ).toEqual(hotelOnly);
  });
});
