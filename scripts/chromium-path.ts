// Finds the Chromium that E2E tests, benchmarks and `npm run demo` drive. Browser downloads do
// not work on our machines, so we use the system's Chromium and say plainly what to install.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string | null {
  const fromEnv = process.env.KONUK_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function requireChromium(): string {
  const path = findChromium();
  if (path) return path;
  const wanted = process.env.KONUK_CHROMIUM
    ? `KONUK_CHROMIUM=${process.env.KONUK_CHROMIUM} does not exist.`
    : 'No Chromium found.';
  throw new Error(
    `${wanted} Konuk's browser tests load the extension into a real Chromium.\n` +
      `Install it with:  sudo apt-get install chromium   (Debian/Ubuntu)\n` +
      `or point KONUK_CHROMIUM at a Chromium or Chrome binary.`,
  );
}

/**
 * Flags for a Chromium on a machine without network, loading the built extension. Without the
 * background-networking flags Chromium keeps dialling Google hosts the closed network refuses.
 */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(`Chromium: ${requireChromium()}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
