// instagram-comments: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import { INSTAGRAM_COMMENTS_SELECTORS, InstagramCommentsSelectors } from './instagram-comments-selectors.ts';

export const instagramCommentsPlatform = definePlatform({
  id: 'instagram-comments',
  channel: 'instagram',
  // The whole site, as for Direct: staff reach a post from the profile grid or a notification
  // through in-app navigation, which loads no new page. The adapter reads only post pages.
  matches: ['https://www.instagram.com/*'],
  selectors: InstagramCommentsSelectors,
  builtIn: INSTAGRAM_COMMENTS_SELECTORS,
  loadAdapter: async () => (await import('./instagram-comments-adapter.ts')).createInstagramCommentsAdapter,
  fixtures: 'instagram-comments',
});
