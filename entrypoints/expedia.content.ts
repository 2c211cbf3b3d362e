import { defineContentScript } from 'wxt/utils/define-content-script';
import { expediaPlatform } from '../content-scripts/expedia/platform.ts';
import { createExpediaAdapter } from '../content-scripts/expedia/expedia-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...expediaPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(expediaPlatform, createExpediaAdapter, ctx),
});
