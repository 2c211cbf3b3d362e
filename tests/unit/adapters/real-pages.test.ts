// Every adapter over every real capture in ../shared/real-pages: every message found, no phantom,
// no message read twice, ids stable across reloads, and every field the capture's expect.json
// knows read exactly (direction, sender, page-local time, text and its line breaks, ids).
import { describe, expect, it } from 'vitest';
import { platformById } from '../../../content-scripts/platforms.ts';
import { listRealPages, readRealPage } from './real-page-harness.ts';

const pages = listRealPages();

describe('real page captures', () => {
  it('are there to read (../shared/real-pages beside the repository)', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [`${page.platform}/${page.file}`, page] as const))(
    '%s',
    async (_name, page) => {
      const platform = platformById(page.adapter);
      expect(platform, `a platform named ${page.adapter} in content-scripts/platforms.ts`).toBeDefined();
      const result = await readRealPage(page, (await platform!.loadAdapter())());
      expect({
        missing: result.missing,
        phantoms: result.phantoms,
        doubles: result.doubles,
        unstableIds: result.unstableIds,
        misses: result.misses,
      }).toEqual({ missing: [], phantoms: [], doubles: [], unstableIds: 0, misses: [] });
      expect(result.found).toBe(result.expected);
    },
  );
});
