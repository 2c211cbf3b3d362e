import { defineContentScript } from 'wxt/utils/define-content-script';
import { whatsappPlatform } from '../content-scripts/whatsapp/platform.ts';
import { createWhatsappAdapter } from '../content-scripts/whatsapp/whatsapp-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...whatsappPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(whatsappPlatform, createWhatsappAdapter, ctx),
});
