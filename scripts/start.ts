// `npm start`: the API on the embedded database with a demo hotel, the extension built against
// it, and what to do next: only lines the person at the keyboard can act on.
import { DEMO_AGENT_NAME, DEMO_HOTEL_NAME, demoTokenFileFromEnv } from '../server/demo-tenant.ts';
import { startLocalStack } from './local-stack.ts';

console.log('Starting Konuk: the API, the demo hotel and the extension build (about a minute)…');
try {
  const stack = await startLocalStack();
  console.log(`
Konuk is running.

  API          ${stack.apiUrl}  (database: ${stack.databaseKind})
  Extension    ${stack.extensionDir}

Two agents of "${DEMO_HOTEL_NAME}", each with a token to paste into the extension's options page:

  ${DEMO_AGENT_NAME} (frontline): the extension is built with this token
    ${stack.token}
    sees: badges and record numbers on guest messages, reply suggestions, the open-ticket queue
    in the popup, phone calls in the side panel. Not the dashboard.

  ${stack.coordinator.name} (coordinator)
    ${stack.coordinator.token}
    sees: all of the above, plus the dashboard (first responses, breaches, CSAT, top topics,
    capture health), merging and unmerging guest records, publishing selector packs.

  The same two tokens are printed at every start: they are kept in ${demoTokenFileFromEnv()}
  (readable by you alone; the database holds only their hashes). Delete that file and the next
  start issues new ones and revokes these.

Load the extension in Chrome or Chromium:
  1. Open chrome://extensions and switch on "Developer mode".
  2. Click "Load unpacked" and choose ${stack.extensionDir}
  3. It is already connected as ${DEMO_AGENT_NAME}. Open WhatsApp Web or Gmail: every guest
     message gets a Konuk badge and a record number. To be the coordinator, paste the second
     token in the options page (right-click the Konuk icon → Options) and press Save.

Try it without platform accounts:  npm run demo
Stop with Ctrl+C. Data stays in .konuk-data/ (set DATABASE_URL to use PostgreSQL instead).
`);
  const stop = () => {
    void stack.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`Konuk could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
