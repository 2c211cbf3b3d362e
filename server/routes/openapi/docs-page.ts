// GET /v1/docs: the OpenAPI document as one plain HTML page, rendered here on the server. No
// script at all and nothing fetched from elsewhere; every text from the document is escaped.
import { createHash } from 'node:crypto';

type Json = Record<string, unknown>;

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1d2733}
code,pre{font:13px ui-monospace,monospace}section.op{border-top:1px solid #d0d7de;padding:.5rem 0}
.method{display:inline-block;min-width:4.5rem;font-weight:700}table{border-collapse:collapse;margin:.25rem 0}
td,th{border:1px solid #d0d7de;padding:.2rem .5rem;text-align:left;vertical-align:top}
ul.schema{margin:.1rem 0;padding-left:1.2rem}.req{color:#b42318}.muted{color:#57606a}`;

/** The page's Content-Security-Policy: its one inline style block and nothing else. */
export const DOCS_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; frame-ancestors 'none'`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escaped text with `code` spans and paragraphs, the only markdown the descriptions use. */
function prose(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)
    .join('');
}

const refName = (ref: string) => ref.split('/').at(-1) ?? ref;

function constraints(schema: Json): string {
  const parts: string[] = [];
  for (const key of [
    'format',
    'minimum',
    'maximum',
    'minLength',
    'maxLength',
    'minItems',
    'maxItems',
    'default',
  ]) {
    if (schema[key] !== undefined) parts.push(`${key} ${JSON.stringify(schema[key])}`);
  }
  if (schema.pattern !== undefined && schema.format === undefined)
    parts.push(`pattern ${String(schema.pattern)}`);
  return parts.length ? ` <span class="muted">(${escapeHtml(parts.join(', '))})</span>` : '';
}

/** A JSON Schema as nested lists, deep enough to read; named schemas become links. */
export function schemaHtml(schema: unknown, depth = 0): string {
  if (!schema || typeof schema !== 'object') return '<span class="muted">any</span>';
  const s = schema as Json;
  if (typeof s.$ref === 'string') {
    const name = escapeHtml(refName(s.$ref));
    return `<a href="#schema-${name}">${name}</a>`;
  }
  const description = typeof s.description === 'string' ? ` — ${escapeHtml(s.description)}` : '';
  const choices = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (Array.isArray(choices)) {
    return `one of:<ul class="schema">${choices.map((c) => `<li>${schemaHtml(c, depth + 1)}</li>`).join('')}</ul>`;
  }
  if (Array.isArray(s.allOf)) return (s.allOf as unknown[]).map((c) => schemaHtml(c, depth)).join(' and ');
  if (Array.isArray(s.enum)) {
    return `${(s.enum as unknown[]).map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(' | ')}${description}`;
  }
  if (s.const !== undefined) return `<code>${escapeHtml(JSON.stringify(s.const))}</code>${description}`;
  const type = Array.isArray(s.type) ? s.type.join(' or ') : String(s.type ?? 'any');
  if (s.type === 'array') return `array of ${schemaHtml(s.items, depth)}${constraints(s)}${description}`;
  if (s.type === 'object' || s.properties) {
    const properties = Object.entries((s.properties ?? {}) as Json);
    const required = new Set((s.required ?? []) as string[]);
    if (properties.length === 0) {
      const values = s.additionalProperties && typeof s.additionalProperties === 'object';
      return `object${values ? ` of ${schemaHtml(s.additionalProperties, depth + 1)}` : ''}${description}`;
    }
    if (depth > 6) return `object${description}`;
    const items = properties.map(
      ([name, value]) =>
        `<li><code>${escapeHtml(name)}</code>${required.has(name) ? ' <span class="req">required</span>' : ''}: ${schemaHtml(value, depth + 1)}</li>`,
    );
    return `object${description}<ul class="schema">${items.join('')}</ul>`;
  }
  return `${escapeHtml(type)}${constraints(s)}${description}`;
}

function operationHtml(method: string, path: string, op: Json): string {
  const parameters = (op.parameters ?? []) as Json[];
  const rows = parameters.map(
    (p) =>
      `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td><td>${p.required ? 'yes' : 'no'}</td><td>${schemaHtml(p.schema)}</td></tr>`,
  );
  const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>).map(([status, answer]) => {
    const content = Object.entries((answer.content ?? {}) as Record<string, Json>)[0];
    const schema = content ? ` ${escapeHtml(content[0])}: ${schemaHtml(content[1].schema)}` : '';
    return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(String(answer.description ?? ''))}${schema}</li>`;
  });
  return `<section class="op" id="${escapeHtml(String(op.operationId ?? ''))}">
<h3><span class="method">${escapeHtml(method.toUpperCase())}</span><code>${escapeHtml(path)}</code></h3>
<p><strong>${escapeHtml(String(op.summary ?? ''))}</strong></p>${prose(String(op.description ?? ''))}
${rows.length ? `<table><tr><th>parameter</th><th>in</th><th>required</th><th>value</th></tr>${rows.join('')}</table>` : ''}
${body ? `<p>Body (JSON): ${schemaHtml((body['application/json'] as Json).schema)}</p>` : ''}
<p>Answers:</p><ul>${responses.join('')}</ul></section>`;
}

function operations(paths: Record<string, Record<string, Json>>): { tag: string; html: string }[] {
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      tag: String(((op.tags as string[] | undefined) ?? ['Other'])[0]),
      html: operationHtml(method, path, op),
    })),
  );
}

export function renderDocsPage(document: Json): string {
  const info = document.info as Json;
  const byTag = new Map<string, string[]>();
  for (const { tag, html } of operations((document.paths ?? {}) as Record<string, Record<string, Json>>)) {
    byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
  }
  const webhooks = operations((document.webhooks ?? {}) as Record<string, Record<string, Json>>);
  const schemas = Object.entries(((document.components as Json | undefined)?.schemas ?? {}) as Json);
  const tags = [...byTag.keys()];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(String(info.title))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><h1>${escapeHtml(String(info.title))} <span class="muted">v${escapeHtml(String(info.version))}</span></h1>
${prose(String(info.description ?? ''))}
<p>The machine-readable document: <a href="openapi.json">openapi.json</a> (OpenAPI ${escapeHtml(String(document.openapi))}).</p>
<nav><ul>${tags.map((tag) => `<li><a href="#tag-${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`).join('')}${webhooks.length ? '<li><a href="#webhooks">Webhooks</a></li>' : ''}<li><a href="#schemas">Schemas</a></li></ul></nav>
${tags.map((tag) => `<h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${byTag.get(tag)!.join('\n')}`).join('\n')}
${webhooks.length ? `<h2 id="webhooks">Webhooks</h2>${webhooks.map((w) => w.html).join('\n')}` : ''}
<h2 id="schemas">Schemas</h2>
${schemas.map(([name, schema]) => `<section class="op" id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3><p>${schemaHtml(schema)}</p></section>`).join('\n')}
</body></html>`;
}
