// `npm start`: the API on the embedded database with a demo hotel, the extension built against
// it, and what to do next.
import { startLocalStack } from './local-stack.ts';

try {
  const stack = await startLocalStack();
  console.log(`
Konuk is running.

  API         ${stack.apiUrl}  (database: ${stack.databaseKind})
  Demo token  ${stack.token}
  Extension   ${stack.extensionDir}

Load the extension in Chrome or Chromium:
  1. Open chrome://extensions and switch on "Developer mode".
  2. Click "Load unpacked" and choose ${stack.extensionDir}
  3. The extension is already connected to this API as "Demo Agent" of "Demo Hotel Belek".
     Open WhatsApp Web or Gmail: every guest message gets a Konuk badge and a record number.

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
