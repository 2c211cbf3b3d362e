// What one platform folder declares about itself: the one description that the content-script
// entry point, the background's selector-pack checks, the registry test and the benches read.
// Data and the selectors' Zod schema only; the adapter (page-reading code) is loaded on demand,
// so the background, which checks packs, never pulls an adapter into its bundle.
import type { z } from 'zod';
import type { Channel } from '../shared/taxonomy.ts';
import type { PlatformAdapter } from './platform-adapter.ts';

export interface PlatformDefinition<Pack = unknown> {
  /** The adapter's id (PlatformAdapter.id), the selector pack's platform and the locale key's suffix. */
  id: string;
  /** Which channel its messages are logged in (shared/taxonomy.ts). */
  channel: Channel;
  /** The pages its content script runs on (WebExtension match patterns). */
  matches: readonly string[];
  /** The shape of its selector pack, which a pack from the API must satisfy before it is used. */
  selectors: z.ZodType<Pack>;
  /** The selectors compiled into this release (the pack in use when the API serves none). */
  builtIn: Pack;
  /** Its adapter factory: built from a pack, or from the built-in selectors without one. */
  loadAdapter(): Promise<(pack?: Pack) => PlatformAdapter>;
  /** Its dated fixture pages, under tests/fixtures/. */
  fixtures: string;
  /** Its real page captures, under ../shared/real-pages/, where there are any. */
  realPages?: string;
}

export function definePlatform<Pack>(definition: PlatformDefinition<Pack>): PlatformDefinition<Pack> {
  return definition;
}
