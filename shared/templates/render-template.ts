// Fills a template's variables. Values are inserted once, as plain text: a guest name that
// itself looks like "{{hotel_name}}" stays literal. A variable without a value stays visible as
// {{name}} and is listed, so the UI can highlight it before the agent inserts the reply.
import { VARIABLE_PATTERN } from './template-schema.ts';

export type TemplateValues = Readonly<Partial<Record<string, string | null>>>;

export type RenderedPart =
  { kind: 'text'; text: string } | { kind: 'variable'; name: string; value: string | null };

export interface RenderedTemplate {
  text: string;
  /** Variables left without a value, each once, in order of first use. */
  unfilled: string[];
  /** The text in pieces, for UIs that mark variables (as text nodes, never as HTML). */
  parts: RenderedPart[];
}

function valueOf(values: TemplateValues, name: string): string | null {
  const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function renderTemplate(template: { body: string }, values: TemplateValues): RenderedTemplate {
  const parts: RenderedPart[] = [];
  const unfilled: string[] = [];
  let last = 0;
  for (const match of template.body.matchAll(VARIABLE_PATTERN)) {
    if (match.index > last) parts.push({ kind: 'text', text: template.body.slice(last, match.index) });
    const name = match[1]!;
    const value = valueOf(values, name);
    parts.push({ kind: 'variable', name, value });
    if (value === null && !unfilled.includes(name)) unfilled.push(name);
    last = match.index + match[0].length;
  }
  if (last < template.body.length) parts.push({ kind: 'text', text: template.body.slice(last) });
  const text = parts.map((p) => (p.kind === 'text' ? p.text : (p.value ?? `{{${p.name}}}`))).join('');
  return { text, unfilled, parts };
}
