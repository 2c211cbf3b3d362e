// messenger: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import { MESSENGER_SELECTORS, MessengerSelectors } from './messenger-selectors.ts';

export const messengerPlatform = definePlatform({
  id: 'messenger',
  channel: 'messenger',
  // All of facebook.com: staff reach /messages through in-app navigation, which loads no new page.
  matches: ['https://www.messenger.com/*', 'https://www.facebook.com/*'],
  selectors: MessengerSelectors,
  builtIn: MESSENGER_SELECTORS,
  loadAdapter: async () => (await import('./messenger-adapter.ts')).createMessengerAdapter,
  fixtures: 'messenger',
  realPages: 'messenger',
});
