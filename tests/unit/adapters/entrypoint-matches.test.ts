// Each content-script entry point runs on exactly the pages its platform declares (platform.ts,
// read by WXT at build time through the entry point), and those are https pages of named hosts:
// host permissions never wider than the platforms Konuk reads.
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../content-scripts/platforms.ts';

const entryPoints = import.meta.glob<{ default: { matches?: unknown } }>('../../../entrypoints/*.content.ts');

describe('content-script entry points', () => {
  it.each(PLATFORMS.map((platform) => [platform.id, platform] as const))(
    '%s runs on exactly the pages its platform declares',
    async (id, platform) => {
      const load = entryPoints[`../../../entrypoints/${id}.content.ts`];
      expect(load, `entrypoints/${id}.content.ts`).toBeDefined();
      const entry = await load!();
      expect(entry.default.matches).toEqual([...platform.matches]);
      expect(platform.matches.length).toBeGreaterThan(0);
      for (const pattern of platform.matches) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/.*\*$/);
    },
    20_000,
  );
});
