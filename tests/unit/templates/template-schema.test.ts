import { describe, expect, it } from 'vitest';
import { ReplyTemplate, variablesIn } from '../../../shared/templates/template-schema.ts';

const template = (over: Record<string, unknown>) => ({
  id: 'en-custom',
  kind: 'acknowledgement',
  title: 'Custom',
  language: 'en',
  body: 'Hello {{guest_name}}',
  ...over,
});

describe('ReplyTemplate', () => {
  it('accepts a hotel template and fills in "any" for missing targeting', () => {
    const parsed = ReplyTemplate.parse(template({ body: 'Hi {{guest_name}}, spa: {{spa_phone}}' }));
    expect(parsed).toMatchObject({ topics: [], stages: [], channels: [] });
  });

  it('rejects malformed variables, unknown keys and over-long public replies', () => {
    expect(ReplyTemplate.safeParse(template({ body: 'Hello {{Guest Name}}' })).success).toBe(false);
    expect(ReplyTemplate.safeParse(template({ body: 'Hello {{guest_name}' })).success).toBe(false);
    expect(ReplyTemplate.safeParse(template({ topics: ['spa'] })).success).toBe(false);
    expect(ReplyTemplate.safeParse(template({ kind: 'public_reply', body: 'x'.repeat(281) })).success).toBe(
      false,
    );
    expect(ReplyTemplate.safeParse(template({ kind: 'public_reply', body: 'x'.repeat(280) })).success).toBe(
      true,
    );
  });

  it('lists the variables a body uses, each once', () => {
    expect(variablesIn('{{a_b}} {{ c }} {{a_b}}')).toEqual(['a_b', 'c']);
  });
});
