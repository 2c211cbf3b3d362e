import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderTemplate } from '../../../shared/templates/render-template.ts';
import { VARIABLE_PATTERN } from '../../../shared/templates/template-schema.ts';

describe('renderTemplate', () => {
  it('fills the variables it has values for and lists the rest', () => {
    const rendered = renderTemplate(
      { body: 'Dear {{guest_name}}, record {{ record_number }} at {{hotel_name}}. {{guest_name}}!' },
      { guest_name: 'Ayşe', hotel_name: '', record_number: undefined },
    );
    expect(rendered.text).toBe('Dear Ayşe, record {{record_number}} at {{hotel_name}}. Ayşe!');
    expect(rendered.unfilled).toEqual(['record_number', 'hotel_name']);
  });

  it('treats a blank value as missing, so it is highlighted instead of sent empty', () => {
    expect(renderTemplate({ body: 'Hi {{guest_name}}' }, { guest_name: '   ' }).unfilled).toEqual([
      'guest_name',
    ]);
  });

  it('inserts values literally: a value that looks like a variable is not expanded', () => {
    const rendered = renderTemplate(
      { body: '{{guest_name}} / {{hotel_name}}' },
      { guest_name: '{{hotel_name}} <b>x</b>', hotel_name: 'Belek' },
    );
    expect(rendered.text).toBe('{{hotel_name}} <b>x</b> / Belek');
    expect(rendered.unfilled).toEqual([]);
  });

  it('does not take inherited object properties for values', () => {
    expect(renderTemplate({ body: '{{constructor}}' }, {}).unfilled).toEqual(['constructor']);
  });

  it('splits the text into parts a UI can mark without HTML', () => {
    expect(
      renderTemplate({ body: 'Hi {{guest_name}}, {{agent_name}}' }, { guest_name: 'Jan' }).parts,
    ).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'variable', name: 'guest_name', value: 'Jan' },
      { kind: 'text', text: ', ' },
      { kind: 'variable', name: 'agent_name', value: null },
    ]);
  });

  const names = fc.constantFrom('guest_name', 'record_number', 'hotel_name', 'agent_name', 'check_in');
  const body = fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        names.map((n) => `{{${n}}}`),
      ),
      { maxLength: 12 },
    )
    .map((pieces) => pieces.join(''));
  const values = fc.dictionary(names, fc.oneof(fc.string({ maxLength: 10 }), fc.constant(null)));

  it('never leaves a variable that has a value, and lists exactly those that have none', () => {
    fc.assert(
      fc.property(body, values, (text, vals) => {
        const rendered = renderTemplate({ body: text }, vals);
        const has = (n: string) => typeof vals[n] === 'string' && vals[n]!.trim() !== '';
        for (const part of rendered.parts) {
          if (part.kind === 'variable') expect(part.value === null).toBe(!has(part.name));
        }
        const used = [...text.matchAll(VARIABLE_PATTERN)].map((m) => m[1]!);
        expect(new Set(rendered.unfilled)).toEqual(new Set(used.filter((n) => !has(n))));
        const expected = text.replace(VARIABLE_PATTERN, (whole, n: string) =>
          has(n) ? vals[n]! : `{{${n}}}`,
        );
        expect(rendered.text).toBe(expected);
        expect(
          rendered.parts.map((p) => (p.kind === 'text' ? p.text : (p.value ?? `{{${p.name}}}`))).join(''),
        ).toBe(rendered.text);
      }),
    );
  });
});
