// The Gmail adapter over every real Gmail capture in ../shared/real-pages/gmail, checked
// against its expect.json: every message found, none invented, ids stable, every known field exact.
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../content-scripts/gmail/gmail-adapter.ts';
import { listRealPages, readRealPage } from '../adapters/real-page-harness.ts';

const pages = listRealPages().filter((page) => page.adapter === 'gmail');

describe('Gmail over the real page captures', () => {
  it('has captures to read', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.file, page] as const))('%s', async (_name, page) => {
    const result = await readRealPage(page, gmailAdapter);
    expect({
      missing: result.missing,
      phantoms: result.phantoms,
      doubles: result.doubles,
      unstableIds: result.unstableIds,
      misses: result.misses,
    }).toEqual({ missing: [], phantoms: [], doubles: [], unstableIds: 0, misses: [] });
    expect(result.found).toBe(result.expected);
  });
});
