import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from './platform-adapter.ts';

export function startCapture(_adapter: PlatformAdapter, _ctx: ContentScriptContext): void {}
