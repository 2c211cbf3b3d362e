import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The API origin the build is configured for. Host permission is granted for it alone; a hotel
// that points the options page elsewhere is asked for that origin at run time.
const apiUrl = process.env.VITE_KONUK_API_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'tabs'],
    host_permissions: [`${new URL(apiUrl).origin}/*`],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  },
  vite: () => ({ plugins: [preact()] }),
});
