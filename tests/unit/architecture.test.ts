// The layering the README promises, checked on the import graph (static imports; an on-demand
// import() is how the registry names an adapter without loading it):
//   - the background never reaches page code: from content-scripts/ it may read only the platform
//     registry's data (descriptions, selector schemas, pack rules);
//   - shared/ is the domain: no browser, Node or UI imports;
//   - UI components reach data through the page API: only it (page-api.ts and its page store)
//     imports the background's code or Dexie.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const STATIC_IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(STATIC_IMPORT)].map((m) => (m[1] ?? m[2])!).filter(Boolean);
}

/** Every project file reachable from `entries` through static imports (packages not followed). */
function reachable(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      if (existsSync(target)) queue.push(target);
    }
  }
  return seen;
}

const files = (folder: string) =>
  readdirSync(resolve(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => resolve(e.parentPath, e.name));

/** Registry data the background may read: platform descriptions, selector schemas, pack rules. */
const REGISTRY_DATA = [
  /^content-scripts\/platforms\.ts$/,
  /^content-scripts\/platform-definition\.ts$/,
  /^content-scripts\/platform-adapter\.ts$/,
  /^content-scripts\/selector-packs-check\.ts$/,
  /^content-scripts\/[a-z-]+\/(?:[a-z-]+-)?platform\.ts$/,
  /^content-scripts\/(?:[a-z-]+\/)?[a-z-]+-selectors\.ts$/,
  // Words and patterns a pack carries as data (printed UI words, regular-expression sources).
  /^content-scripts\/(?:[a-z-]+\/)?[a-z-]+-words\.ts$/,
  /^content-scripts\/(?:[a-z-]+\/)?regex-source\.ts$/,
];

describe('architecture', () => {
  it('the background never imports page code (adapters, composers, capture machinery)', () => {
    const graph = reachable([resolve(ROOT, 'entrypoints/background.ts'), ...files('background')]);
    const pageCode = [...graph]
      .map((file) => relative(ROOT, file))
      .filter((file) => file.startsWith('content-scripts/'))
      .filter((file) => !REGISTRY_DATA.some((allowed) => allowed.test(file)));
    expect(pageCode).toEqual([]);
  });

  it('shared/ imports no browser, Node or UI code', () => {
    const offending = files('shared').flatMap((file) =>
      importsOf(file)
        .filter(
          (s) =>
            /^(?:node:|wxt|preact|dexie|fastify|pg\b|@electric-sql)/.test(s) ||
            /\.\.\/(?:background|components|content-scripts|server)\//.test(s),
        )
        .map((s) => `${relative(ROOT, file)} -> ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('UI components reach data only through the page API, never the background or its database', () => {
    const PAGE_API = /^components\/page-(?:api|store)\.ts$/;
    const offending = files('components')
      .filter((file) => !PAGE_API.test(relative(ROOT, file)))
      .flatMap((file) =>
        importsOf(file)
          .filter((s) => /^dexie/.test(s) || /\.\.\/background\//.test(s))
          .map((s) => `${relative(ROOT, file)} -> ${s}`),
      );
    expect(offending).toEqual([]);
  });
});
