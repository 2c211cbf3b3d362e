import { defineContentScript } from 'wxt/utils/define-content-script';
import { whatsappAdapter, createWhatsappAdapter } from '../content-scripts/whatsapp/whatsapp-adapter.ts';
import { WhatsappSelectors } from '../content-scripts/whatsapp/whatsapp-selectors.ts';
import { packSupport } from '../content-scripts/selector-packs.ts';
import { startCapture } from '../content-scripts/capture-controller.ts';

export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(whatsappAdapter, ctx, packSupport(WhatsappSelectors, createWhatsappAdapter));
  },
});
