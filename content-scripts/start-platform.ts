// What every platform's content-script entry point does: read the page with the platform's adapter,
// built from the hotel's selector pack when the API serves one that fits the platform's schema.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startCapture } from './capture-controller.ts';
import type { PlatformAdapter } from './platform-adapter.ts';
import type { PlatformDefinition } from './platform-definition.ts';
import { packSupport } from './selector-packs.ts';

export function startPlatform<Pack>(
  platform: PlatformDefinition<Pack>,
  createAdapter: (pack?: Pack) => PlatformAdapter,
  ctx: ContentScriptContext,
): void {
  startCapture(createAdapter(), ctx, packSupport(platform.selectors, createAdapter));
}
