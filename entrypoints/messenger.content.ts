import { defineContentScript } from 'wxt/utils/define-content-script';
import { messengerAdapter, createMessengerAdapter } from '../content-scripts/messenger/messenger-adapter.ts';
import { MessengerSelectors } from '../content-scripts/messenger/messenger-selectors.ts';
import { packSupport } from '../content-scripts/selector-packs.ts';
import { startCapture } from '../content-scripts/capture-controller.ts';

export default defineContentScript({
  // All of facebook.com: staff reach /messages through in-app navigation, which loads no new page.
  matches: ['https://www.messenger.com/*', 'https://www.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(messengerAdapter, ctx, packSupport(MessengerSelectors, createMessengerAdapter));
  },
});
