import { defineContentScript } from 'wxt/utils/define-content-script';
import { whatsappAdapter } from '../content-scripts/whatsapp/whatsapp-adapter.ts';
import { startCapture } from '../content-scripts/capture-controller.ts';

export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(whatsappAdapter, ctx);
  },
});
