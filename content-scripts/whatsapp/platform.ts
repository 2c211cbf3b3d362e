// whatsapp: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import { WhatsappSelectors } from './whatsapp-selectors.ts';

export const whatsappPlatform = definePlatform({
  id: 'whatsapp',
  channel: 'whatsapp',
  matches: ['https://web.whatsapp.com/*'],
  selectors: WhatsappSelectors,
  loadAdapter: async () => (await import('./whatsapp-adapter.ts')).createWhatsappAdapter,
  fixtures: 'whatsapp',
  realPages: 'whatsapp',
});
