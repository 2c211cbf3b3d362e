import { describe, expect, it } from 'vitest';
import { suggestTemplates } from '../../../shared/templates/suggest-templates.ts';
import { STARTER_LIBRARY } from '../../../shared/templates/starter-library.ts';

describe('suggestions for a guest language without templates', () => {
  const context = { topic: 'complaint', stage: 'in_stay', channel: 'whatsapp', language: 'pl' } as const;

  it("offers the hotel's chosen language", () => {
    const suggestions = suggestTemplates({ ...context, fallbackLanguage: 'tr' }, STARTER_LIBRARY);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((s) => s.template.language === 'tr')).toBe(true);
  });

  it('offers English when the hotel chose nothing', () => {
    const suggestions = suggestTemplates(context, STARTER_LIBRARY);
    expect(suggestions.every((s) => s.template.language === 'en')).toBe(true);
  });

  it("keeps the guest's own language first when it has templates", () => {
    const suggestions = suggestTemplates(
      { ...context, language: 'de', fallbackLanguage: 'tr' },
      STARTER_LIBRARY,
    );
    expect(suggestions.every((s) => s.template.language === 'de')).toBe(true);
  });
});
