import { defineContentScript } from 'wxt/utils/define-content-script';
import { instagramAdapter, createInstagramAdapter } from '../content-scripts/instagram/instagram-adapter.ts';
import { InstagramSelectors } from '../content-scripts/instagram/instagram-selectors.ts';
import { packSupport } from '../content-scripts/selector-packs.ts';
import { startCapture } from '../content-scripts/capture-controller.ts';

export default defineContentScript({
  // The whole site: staff reach Direct through in-app navigation, which loads no new page.
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(instagramAdapter, ctx, packSupport(InstagramSelectors, createInstagramAdapter));
  },
});
