// Checks a selector pack from the API before the extension keeps it: the platform must be in the
// registry (content-scripts/platforms.ts: data and schemas only, never adapter code), the
// selectors must satisfy that platform's own Zod schema, every selector must be CSS and every
// pattern a safe regular expression. Data only: nothing in a pack is ever run.
import type { z } from 'zod';
import type { SelectorPack } from '../shared/api-contract.ts';
import type { RemoteSelectorPack } from '../shared/runtime-messages.ts';
import { selectorPackProblems } from '../content-scripts/selector-packs-check.ts';
import { PLATFORMS } from '../content-scripts/platforms.ts';
import { cssSelectorProblem } from './selector-packs-css.ts';

/** Each platform's id (PlatformAdapter.id) and the schema of the pack its adapter is built from. */
export const SELECTOR_PACK_SCHEMAS: Readonly<Record<string, z.ZodType>> = Object.fromEntries(
  PLATFORMS.map((platform) => [platform.id, platform.selectors]),
);

export type PackCheck = { ok: true; pack: RemoteSelectorPack } | { ok: false; problem: string };

const MAX_PROBLEMS_SHOWN = 5;

export function checkSelectorPack(pack: Pick<SelectorPack, 'platform' | 'version' | 'selectors'>): PackCheck {
  const schema = Object.hasOwn(SELECTOR_PACK_SCHEMAS, pack.platform)
    ? SELECTOR_PACK_SCHEMAS[pack.platform]
    : undefined;
  if (!schema) return { ok: false, problem: 'no adapter reads this platform' };
  const forbidden = selectorPackProblems(pack.selectors, () => null);
  if (forbidden.length > 0) return rejected(forbidden);
  const parsed = schema.safeParse(pack.selectors);
  if (!parsed.success) {
    return rejected(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const problems = selectorPackProblems(parsed.data, cssSelectorProblem);
  if (problems.length > 0) return rejected(problems);
  return {
    ok: true,
    pack: { version: pack.version, selectors: parsed.data as RemoteSelectorPack['selectors'] },
  };
}

function rejected(problems: string[]): PackCheck {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).join('; ');
  const more = problems.length > MAX_PROBLEMS_SHOWN ? ` (+${problems.length - MAX_PROBLEMS_SHOWN} more)` : '';
  return { ok: false, problem: `${shown}${more}`.slice(0, 400) };
}
