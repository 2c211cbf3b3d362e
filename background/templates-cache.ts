// The hotel's reply templates and the agent's own as the background last fetched them, with the
// names that fill {{hotel_name}} and {{agent_name}}. One row in the meta table, parsed on every read, and tied to
// the connection it came from: after the options page switches server or token, another hotel's
// templates are never offered.
import { z } from 'zod';
import { ReplyTemplate, type OfferedTemplate } from '../shared/templates/template-schema.ts';
import type { KonukDb } from './db.ts';
import type { Settings } from './settings.ts';

const KEY = 'templates';

export const TemplateCache = z.object({
  /** connectionId() of the settings the templates were fetched with. */
  connection: z.string(),
  fetchedAt: z.number(),
  templates: z.array(ReplyTemplate),
  /** The agent's own drafts (issue 14); a cache written before they existed has none. */
  personal: z.array(ReplyTemplate).default([]),
  /** Coordinators and supervisors change the hotel's templates; other agents only their own. */
  canEditHotel: z.boolean().default(false),
  hotelName: z.string().nullable(),
  agentName: z.string().nullable(),
  hotelTimeZone: z.string().nullable().optional(),
});
export type TemplateCache = z.infer<typeof TemplateCache>;

/**
 * What this agent is offered: the hotel's templates, then their own, marked `personal`. An own
 * template whose id the hotel also uses is left out, so a panel never shows one id twice.
 */
export function offeredTemplates(cache: TemplateCache): OfferedTemplate[] {
  const hotelIds = new Set(cache.templates.map((t) => t.id));
  const own = cache.personal.filter((t) => !hotelIds.has(t.id)).map((t) => ({ ...t, personal: true }));
  return [...cache.templates, ...own];
}

/** A digest, so the token itself is not written a second time. */
export async function connectionId(settings: Settings): Promise<string> {
  const bytes = new TextEncoder().encode(`${settings.apiUrl}\n${settings.token}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function readTemplateCache(db: KonukDb, connection: string): Promise<TemplateCache | null> {
  const parsed = TemplateCache.safeParse((await db.meta.get(KEY))?.value);
  return parsed.success && parsed.data.connection === connection ? parsed.data : null;
}

export async function writeTemplateCache(db: KonukDb, cache: TemplateCache): Promise<void> {
  await db.meta.put({ key: KEY, value: TemplateCache.parse(cache) });
}
