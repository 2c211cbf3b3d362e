import { defineContentScript } from 'wxt/utils/define-content-script';
import { businessSuitePlatform } from '../content-scripts/messenger/business-suite-platform.ts';
import { createBusinessSuiteAdapter } from '../content-scripts/messenger/business-suite-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...businessSuitePlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(businessSuitePlatform, createBusinessSuiteAdapter, ctx),
});
