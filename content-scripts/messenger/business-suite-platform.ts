// business-suite: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import { BUSINESS_SUITE_SELECTORS, BusinessSuiteSelectors } from './messenger-selectors.ts';

export const businessSuitePlatform = definePlatform({
  id: 'business-suite',
  channel: 'messenger',
  matches: ['https://business.facebook.com/*'],
  selectors: BusinessSuiteSelectors,
  builtIn: BUSINESS_SUITE_SELECTORS,
  loadAdapter: async () => (await import('./business-suite-adapter.ts')).createBusinessSuiteAdapter,
  fixtures: 'messenger',
});
