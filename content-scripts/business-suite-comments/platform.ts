// business-suite-comments: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import {
  BUSINESS_SUITE_COMMENTS_SELECTORS,
  BusinessSuiteCommentsSelectors,
} from './business-suite-comments-selectors.ts';

export const businessSuiteCommentsPlatform = definePlatform({
  id: 'business-suite-comments',
  // Facebook Page comments; Instagram comments in the same view are logged on Instagram's channel.
  channel: 'messenger',
  // The inbox only, where the comments view lives.
  matches: ['https://business.facebook.com/latest/inbox/*'],
  selectors: BusinessSuiteCommentsSelectors,
  builtIn: BUSINESS_SUITE_COMMENTS_SELECTORS,
  loadAdapter: async () =>
    (await import('./business-suite-comments-adapter.ts')).createBusinessSuiteCommentsAdapter,
  fixtures: 'business-suite-comments',
});
