// instagram: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import { INSTAGRAM_SELECTORS, InstagramSelectors } from './instagram-selectors.ts';

export const instagramPlatform = definePlatform({
  id: 'instagram',
  channel: 'instagram',
  // The whole site: staff reach Direct through in-app navigation, which loads no new page.
  matches: ['https://www.instagram.com/*'],
  selectors: InstagramSelectors,
  builtIn: INSTAGRAM_SELECTORS,
  loadAdapter: async () => (await import('./instagram-adapter.ts')).createInstagramAdapter,
  fixtures: 'instagram',
  realPages: 'instagram',
});
