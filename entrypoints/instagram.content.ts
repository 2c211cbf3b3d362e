import { defineContentScript } from 'wxt/utils/define-content-script';
import { instagramPlatform } from '../content-scripts/instagram/platform.ts';
import { createInstagramAdapter } from '../content-scripts/instagram/instagram-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...instagramPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(instagramPlatform, createInstagramAdapter, ctx),
});
