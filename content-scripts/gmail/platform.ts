// gmail: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import { GMAIL_SELECTORS, GmailSelectors } from './gmail-selectors.ts';

export const gmailPlatform = definePlatform({
  id: 'gmail',
  channel: 'email',
  matches: ['https://mail.google.com/mail/*'],
  selectors: GmailSelectors,
  builtIn: GMAIL_SELECTORS,
  loadAdapter: async () => (await import('./gmail-adapter.ts')).createGmailAdapter,
  fixtures: 'gmail',
  realPages: 'gmail',
});
