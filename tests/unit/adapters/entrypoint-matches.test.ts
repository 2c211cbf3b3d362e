// Each content-script entry point declares its pages as a literal (WXT reads it at build time);
// the adapter carries the same list. This keeps the two from drifting apart.
import { describe, expect, it } from 'vitest';
import type { PlatformAdapter } from '../../../content-scripts/platform-adapter.ts';
import { airbnbAdapter } from '../../../content-scripts/airbnb/airbnb-adapter.ts';
import { bookingAdapter } from '../../../content-scripts/booking/booking-adapter.ts';
import { expediaAdapter } from '../../../content-scripts/expedia/expedia-adapter.ts';
import { instagramAdapter } from '../../../content-scripts/instagram/instagram-adapter.ts';
import { messengerAdapter } from '../../../content-scripts/messenger/messenger-adapter.ts';
import { businessSuiteAdapter } from '../../../content-scripts/messenger/business-suite-adapter.ts';

const entries: [string, PlatformAdapter, () => Promise<{ default: { matches?: unknown } }>][] = [
  ['airbnb', airbnbAdapter, () => import('../../../entrypoints/airbnb.content.ts')],
  ['booking', bookingAdapter, () => import('../../../entrypoints/booking.content.ts')],
  ['expedia', expediaAdapter, () => import('../../../entrypoints/expedia.content.ts')],
  ['instagram', instagramAdapter, () => import('../../../entrypoints/instagram.content.ts')],
  ['messenger', messengerAdapter, () => import('../../../entrypoints/messenger.content.ts')],
  ['business-suite', businessSuiteAdapter, () => import('../../../entrypoints/business-suite.content.ts')],
];

describe('content-script entry points', () => {
  it.each(entries)(
    '%s runs on exactly the pages its adapter is written for',
    async (_name, adapter, load) => {
      const entry = await load();
      expect(entry.default.matches).toEqual(adapter.matches);
      expect(adapter.matches.length).toBeGreaterThan(0);
      for (const pattern of adapter.matches) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/.*\*$/);
    },
  );
});
