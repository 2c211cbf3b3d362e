// What a selector pack's strings are, and whether each is usable. Selector schemas mix CSS
// selectors with attribute names, URL parameters, printed words and regular expressions; the key
// says which: a string is a CSS selector unless its key (or an enclosing `attributes` object)
// names it as something else. A broken selector or pattern rejects the whole pack, so a page is
// read with one consistent pack, never half of one.

/** Keys whose strings are names or printed words, not selectors. */
const WORD_KEY =
  /(?:attributes?|params?|labels|prefixes|headings|verbs|markers|senders|types|roles|path|names|icons)$/i;
const PATTERN_KEY = /patterns?$/i;
/** Objects whose every string is a name or word (attribute names, icon names per kind). */
const WORD_GROUP = /^(?:attributes|icons|words)$/i;
/** Keys that could reach an object's prototype when a pack is copied: never data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_PATTERN_CHARS = 300;
/** A quantified group that itself contains a quantifier: the shape of catastrophic backtracking. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/;

export type Kind = 'css' | 'word' | 'pattern';
/** Null when the selector is valid CSS, else why not. */
export type CssCheck = (selector: string) => string | null;

export function kindOfKey(path: readonly string[]): Kind {
  const keys = path.filter((key) => !/^\d+$/.test(key));
  const key = keys.at(-1) ?? '';
  if (keys.slice(0, -1).some((enclosing) => WORD_GROUP.test(enclosing))) return 'word';
  if (PATTERN_KEY.test(key)) return 'pattern';
  return WORD_KEY.test(key) ? 'word' : 'css';
}

/** Every reason the pack cannot be used, as "path: reason" (never the pack's own strings). */
export function selectorPackProblems(selectors: unknown, cssProblem: CssCheck): string[] {
  const problems: string[] = [];
  walk(
    selectors,
    [],
    (path, value) => {
      const where = path.join('.') || '(root)';
      if (typeof value !== 'string') return;
      const kind = kindOfKey(path);
      const problem = kind === 'css' ? cssProblem(value) : kind === 'pattern' ? patternProblem(value) : null;
      if (problem) problems.push(`${where}: ${problem}`);
    },
    (path, key) =>
      problems.push(`${[...path, '…'].join('.')}: the key ${JSON.stringify(key)} is not allowed`),
  );
  return problems;
}

function walk(
  value: unknown,
  path: string[],
  leaf: (path: string[], value: unknown) => void,
  forbidden: (path: string[], key: string) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...path, String(index)], leaf, forbidden));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) forbidden(path, key);
      else walk((value as Record<string, unknown>)[key], [...path, key], leaf, forbidden);
    }
  } else leaf(path, value);
}

function patternProblem(source: string): string | null {
  if (source.length > MAX_PATTERN_CHARS) return `a pattern is at most ${MAX_PATTERN_CHARS} characters`;
  if (NESTED_QUANTIFIER.test(source)) return 'a pattern must not repeat a repeated group';
  try {
    new RegExp(source);
    return null;
  } catch {
    return 'not a regular expression';
  }
}
