import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailPlatform } from '../content-scripts/gmail/platform.ts';
import { createGmailAdapter } from '../content-scripts/gmail/gmail-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...gmailPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(gmailPlatform, createGmailAdapter, ctx),
});
