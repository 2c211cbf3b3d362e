import type { PlatformAdapter } from '../platform-adapter.ts';

export const whatsappAdapter: PlatformAdapter = {
  id: 'whatsapp',
  channel: 'whatsapp',
  matches: [],
  messageSelector: 'never',
  readMessage: () => null,
  badgeAnchor: () => null,
  findComposer: () => null,
  isConversationOpen: () => false,
};
