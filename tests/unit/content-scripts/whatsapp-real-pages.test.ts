// The WhatsApp adapter over every real WhatsApp capture in ../shared/real-pages/whatsapp, checked
// against its expect.json: every message found, none invented, ids stable, every known field exact.
import { describe, expect, it } from 'vitest';
import { whatsappAdapter } from '../../../content-scripts/whatsapp/whatsapp-adapter.ts';
import { listRealPages, readRealPage } from '../adapters/real-page-harness.ts';

const pages = listRealPages().filter((page) => page.adapter === 'whatsapp');

describe('WhatsApp over the real page captures', () => {
  it('has captures to read', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.file, page] as const))('%s', async (_name, page) => {
    const result = await readRealPage(page, whatsappAdapter);
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
