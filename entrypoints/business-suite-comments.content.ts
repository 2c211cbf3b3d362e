import { defineContentScript } from 'wxt/utils/define-content-script';
import { businessSuiteCommentsPlatform } from '../content-scripts/business-suite-comments/platform.ts';
import { createBusinessSuiteCommentsAdapter } from '../content-scripts/business-suite-comments/business-suite-comments-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...businessSuiteCommentsPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(businessSuiteCommentsPlatform, createBusinessSuiteCommentsAdapter, ctx),
});
