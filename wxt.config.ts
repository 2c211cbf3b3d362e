import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PLATFORMS } from './content-scripts/platforms.ts';

// The API host the build is configured for. Host permission is granted for it alone (a pattern
// without a port matches every port of that host); a hotel that points the options page at
// another host is asked for that origin at run time.
const apiUrl = new URL(process.env.VITE_KONUK_API_URL ?? 'http://127.0.0.1:8787');

export default defineConfig({
  imports: false,
  // MV3 for Firefox too: one service-worker-style background and the same permission model.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // notifications: breaches and escalations reach the people concerned outside the page.
    // No `tabs`, which would show Konuk the address of every tab: it needs the address only of
    // the platforms' pages (to bring back the tab that shows a ticket's conversation), and host
    // access to those pages, which its content scripts read anyway, gives exactly that. All else
    // goes by tab id (tabs.query, sendMessage, create and update need no permission).
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: [
      `${apiUrl.protocol}//${apiUrl.hostname}/*`,
      ...new Set(PLATFORMS.flatMap((platform) => platform.matches)),
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The agent's workspace (the side panel) opens from the keyboard too: nothing else in the
    // browser's chrome says it exists.
    commands: {
      'open-workspace': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_command_open_workspace__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'konuk@konuk.app',
          // 140: the first release that reads data_collection_permissions (Firefox ESR 140).
          strict_min_version: '140.0',
          // Said as it is: guest conversations (names, numbers, their words) are read from the
          // pages and sent to the hotel's own Konuk server; nothing goes anywhere else.
          data_collection_permissions: {
            required: ['personalCommunications', 'personallyIdentifyingInfo', 'websiteContent'],
          },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
