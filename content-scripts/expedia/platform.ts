// expedia: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import { EXPEDIA_SELECTORS, ExpediaSelectors } from './expedia-selectors.ts';

export const expediaPlatform = definePlatform({
  id: 'expedia',
  channel: 'expedia',
  matches: ['https://apps.expediapartnercentral.com/lodging/*'],
  selectors: ExpediaSelectors,
  builtIn: EXPEDIA_SELECTORS,
  loadAdapter: async () => (await import('./expedia-adapter.ts')).createExpediaAdapter,
  fixtures: 'expedia',
});
