import { defineContentScript } from 'wxt/utils/define-content-script';
import { expediaAdapter, createExpediaAdapter } from '../content-scripts/expedia/expedia-adapter.ts';
import { ExpediaSelectors } from '../content-scripts/expedia/expedia-selectors.ts';
import { packSupport } from '../content-scripts/selector-packs.ts';
import { startCapture } from '../content-scripts/capture-controller.ts';

export default defineContentScript({
  matches: ['https://apps.expediapartnercentral.com/lodging/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(expediaAdapter, ctx, packSupport(ExpediaSelectors, createExpediaAdapter));
  },
});
