// Where the API is and which agent token to send. Kept in the extension's IndexedDB: content
// scripts can read storage.local, and the token must never reach a page or a content script.
import { z } from 'zod';
import type { KonukDb } from './db.ts';

/** The API origin this build was made for; wxt.config.ts grants host permission for it alone. */
export const BUILD_API_URL = import.meta.env.VITE_KONUK_API_URL || 'http://127.0.0.1:8787';
const BUILD_TOKEN = import.meta.env.VITE_KONUK_TOKEN ?? '';

export const Settings = z.object({
  apiUrl: z.url({ protocol: /^https?$/ }),
  token: z.string().trim().max(500),
});
export type Settings = z.infer<typeof Settings>;

const KEY = 'connection';

export async function loadSettings(db: KonukDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const parsed = Settings.safeParse(row ?? { apiUrl: BUILD_API_URL, token: BUILD_TOKEN });
  return parsed.success ? parsed.data : { apiUrl: BUILD_API_URL, token: '' };
}

export async function saveSettings(db: KonukDb, settings: Settings): Promise<Settings> {
  const parsed = Settings.parse(settings);
  await db.settings.put({ key: KEY, ...parsed });
  return parsed;
}

export function isConfigured(settings: Settings): boolean {
  return settings.token.length > 0;
}

/**
 * The origin pattern a host permission is asked for, or null when the build already has it.
 * The manifest grants the build's API host without a port (Chrome matches every port of it),
 * so another port on that host needs no prompt.
 */
export function extraOriginPattern(apiUrl: string): string | null {
  const wanted = new URL(apiUrl);
  const built = new URL(BUILD_API_URL);
  const sameHost = wanted.protocol === built.protocol && wanted.hostname === built.hostname;
  return sameHost ? null : `${wanted.origin}/*`;
}
