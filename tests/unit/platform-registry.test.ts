// A platform is one folder plus one line in content-scripts/platforms.ts. This walks the registry
// and fails, naming the platform and the piece, when any platform lacks what Konuk needs of it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../content-scripts/platforms.ts';
import { DEFAULT_SLA_POLICY } from '../../shared/sla-policy.ts';
import { STARTER_LIBRARY } from '../../shared/templates/starter-library.ts';
import { REAL_PAGES_DIR, listRealPages } from './adapters/real-page-harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const locales = ['en', 'tr'].map((language) => ({
  language,
  keys: Object.keys(JSON.parse(read(`public/_locales/${language}/messages.json`)) as object),
}));
const benchPages = (
  JSON.parse(read('bench/adapter-recall-expected.json')) as { pages: { adapter: string }[] }
).pages;

describe('the platform registry', () => {
  it('names each platform once', () => {
    const ids = PLATFORMS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(PLATFORMS.map((platform) => [platform.id, platform] as const))('%s', (id, platform) => {
    it('has an adapter that reads this platform and channel', async () => {
      const adapter = (await platform.loadAdapter())();
      expect(adapter.id).toBe(id);
      expect(adapter.channel).toBe(platform.channel);
    });

    it('has a thin content-script entry point that runs on its pages through the registry', () => {
      const entry = `entrypoints/${id}.content.ts`;
      expect(existsSync(resolve(ROOT, entry)), entry).toBe(true);
      const source = read(entry);
      expect(source).toMatch(/platform\.ts['"]/);
      expect(source).toMatch(/matches:\s*\[\.\.\.\w+Platform\.matches\]/);
    });

    it('has dated fixture pages and a ground truth for the adapter-recall bench', () => {
      const folder = resolve(ROOT, 'tests/fixtures', platform.fixtures);
      const dated = existsSync(folder)
        ? readdirSync(folder).filter((f) => /-\d{4}-\d{2}.*\.html$/.test(f))
        : [];
      expect(dated.length, `dated fixtures in tests/fixtures/${platform.fixtures}`).toBeGreaterThan(0);
      expect(
        benchPages.some((page) => page.adapter === id),
        'a page in bench/adapter-recall-expected.json',
      ).toBe(true);
    });

    it('has its name in every UI language', () => {
      for (const { language, keys } of locales) {
        expect(keys, `platform_${id.replace(/-/g, '_')} in ${language}`).toContain(
          `platform_${id.replace(/-/g, '_')}`,
        );
        expect(keys, `channel_${platform.channel} in ${language}`).toContain(`channel_${platform.channel}`);
      }
    });

    it('has a first-response target of its own channel and reply templates that suit it', () => {
      expect(DEFAULT_SLA_POLICY.targets.some((rule) => rule.channel === platform.channel)).toBe(true);
      const suits = STARTER_LIBRARY.filter(
        (t) => t.channels.length === 0 || t.channels.includes(platform.channel),
      );
      expect(suits.length).toBeGreaterThan(0);
    });

    it('points at its real captures when there are any', () => {
      if (!platform.realPages) return;
      expect(existsSync(resolve(REAL_PAGES_DIR, platform.realPages, 'expect.json'))).toBe(true);
    });
  });

  it('has a platform for every real capture', () => {
    const ids = new Set(PLATFORMS.map((p) => p.id));
    for (const page of listRealPages()) expect(ids, `${page.platform}/${page.file}`).toContain(page.adapter);
  });
});
