import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailAdapter, createGmailAdapter } from '../content-scripts/gmail/gmail-adapter.ts';
import { GmailSelectors } from '../content-scripts/gmail/gmail-selectors.ts';
import { packSupport } from '../content-scripts/selector-packs.ts';
import { startCapture } from '../content-scripts/capture-controller.ts';

export default defineContentScript({
  matches: ['https://mail.google.com/mail/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(gmailAdapter, ctx, packSupport(GmailSelectors, createGmailAdapter));
  },
});
