import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    permissions: ['storage', 'alarms', 'tabs'],
    host_permissions: [`${apiUrl.protocol}//${apiUrl.hostname}/*`],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'konuk@konuk.app', strict_min_version: '128.0' } },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
