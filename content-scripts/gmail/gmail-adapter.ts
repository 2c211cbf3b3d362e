import type { PlatformAdapter } from '../platform-adapter.ts';

export const gmailAdapter: PlatformAdapter = {
  id: 'gmail',
  channel: 'email',
  matches: [],
  messageSelector: 'never',
  readMessage: () => null,
  badgeAnchor: () => null,
  findComposer: () => null,
  isConversationOpen: () => false,
};
