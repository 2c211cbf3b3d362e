import { defineContentScript } from 'wxt/utils/define-content-script';
import { expediaAdapter } from '../content-scripts/expedia/expedia-adapter.ts';
import { startCapture } from '../content-scripts/capture-controller.ts';

export default defineContentScript({
  matches: ['https://apps.expediapartnercentral.com/lodging/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(expediaAdapter, ctx);
  },
});
