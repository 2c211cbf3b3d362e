import { defineContentScript } from 'wxt/utils/define-content-script';
import { businessSuiteAdapter } from '../content-scripts/messenger/business-suite-adapter.ts';
import { startCapture } from '../content-scripts/capture-controller.ts';

export default defineContentScript({
  matches: ['https://business.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(businessSuiteAdapter, ctx);
  },
});
