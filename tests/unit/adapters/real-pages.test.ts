// Every adapter over every real capture in ../shared/real-pages: every message found, no phantom,
// no message read twice, ids stable across reloads, and every field the capture's expect.json
// knows read exactly (direction, sender, page-local time, text and its line breaks, ids).
import { describe, expect, it } from 'vitest';
import { whatsappAdapter } from '../../../content-scripts/whatsapp/whatsapp-adapter.ts';
import { gmailAdapter } from '../../../content-scripts/gmail/gmail-adapter.ts';
import { instagramAdapter } from '../../../content-scripts/instagram/instagram-adapter.ts';
import { messengerAdapter } from '../../../content-scripts/messenger/messenger-adapter.ts';
import { businessSuiteAdapter } from '../../../content-scripts/messenger/business-suite-adapter.ts';
import type { PlatformAdapter } from '../../../content-scripts/platform-adapter.ts';
import { listRealPages, readRealPage } from './real-page-harness.ts';

const ADAPTERS = new Map<string, PlatformAdapter>(
  [whatsappAdapter, gmailAdapter, instagramAdapter, messengerAdapter, businessSuiteAdapter].map((a) => [
    a.id,
    a,
  ]),
);
const pages = listRealPages();

describe('real page captures', () => {
  it('are there to read (../shared/real-pages beside the repository)', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [`${page.platform}/${page.file}`, page] as const))(
    '%s',
    async (_name, page) => {
      const adapter = ADAPTERS.get(page.adapter);
      expect(adapter, `an adapter named ${page.adapter}`).toBeDefined();
      const result = await readRealPage(page, adapter!);
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
