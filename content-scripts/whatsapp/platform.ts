// whatsapp: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import { WHATSAPP_SELECTORS, WhatsappSelectors } from './whatsapp-selectors.ts';

export const whatsappPlatform = definePlatform({
  id: 'whatsapp',
  channel: 'whatsapp',
  matches: ['https://web.whatsapp.com/*'],
  selectors: WhatsappSelectors,
  builtIn: WHATSAPP_SELECTORS,
  loadAdapter: async () => (await import('./whatsapp-adapter.ts')).createWhatsappAdapter,
  fixtures: 'whatsapp',
  realPages: 'whatsapp',
});
