import { defineContentScript } from 'wxt/utils/define-content-script';
import { messengerPlatform } from '../content-scripts/messenger/platform.ts';
import { createMessengerAdapter } from '../content-scripts/messenger/messenger-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...messengerPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(messengerPlatform, createMessengerAdapter, ctx),
});
