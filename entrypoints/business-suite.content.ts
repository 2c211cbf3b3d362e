import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  businessSuiteAdapter,
  createBusinessSuiteAdapter,
} from '../content-scripts/messenger/business-suite-adapter.ts';
import { BusinessSuiteSelectors } from '../content-scripts/messenger/messenger-selectors.ts';
import { packSupport } from '../content-scripts/selector-packs.ts';
import { startCapture } from '../content-scripts/capture-controller.ts';

export default defineContentScript({
  matches: ['https://business.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(businessSuiteAdapter, ctx, packSupport(BusinessSuiteSelectors, createBusinessSuiteAdapter));
  },
});
