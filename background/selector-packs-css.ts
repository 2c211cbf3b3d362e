// Checks that a selector pack's selector is CSS the browser's querySelector accepts, without a
// DOM: Chrome's background is a service worker, which has no document to try a selector on. It
// is a strict reading of Selectors Level 4 (no namespaces, no pseudo-elements, which
// querySelector never matches, and only pseudo-classes both Chrome and Firefox know): a valid but
// exotic selector may be refused, which keeps the built-in pack in use; a broken one never passes.

/** Pseudo-classes both engines support without arguments. */
const PLAIN_PSEUDO_CLASSES = new Set([
  'active',
  'any-link',
  'checked',
  'default',
  'defined',
  'disabled',
  'empty',
  'enabled',
  'first-child',
  'first-of-type',
  'focus',
  'focus-visible',
  'focus-within',
  'hover',
  'in-range',
  'indeterminate',
  'invalid',
  'last-child',
  'last-of-type',
  'link',
  'only-child',
  'only-of-type',
  'optional',
  'out-of-range',
  'placeholder-shown',
  'read-only',
  'read-write',
  'required',
  'root',
  'scope',
  'target',
  'valid',
  'visited',
]);

type Argument = 'selectors' | 'relative' | 'nth' | 'nth-of' | 'idents';
const FUNCTIONAL_PSEUDO_CLASSES: Readonly<Record<string, Argument>> = {
  not: 'selectors',
  is: 'selectors',
  where: 'selectors',
  has: 'relative',
  'nth-child': 'nth-of',
  'nth-last-child': 'nth-of',
  'nth-of-type': 'nth',
  'nth-last-of-type': 'nth',
  lang: 'idents',
  dir: 'idents',
};

const AN_PLUS_B = /^(?:odd|even|[+-]?\d+|[+-]?\d*n(?:\s*[+-]\s*\d+)?)$/i;
const WHITESPACE = /[ \t\n\r\f]/;
const HEX = /[0-9a-f]/i;

class SelectorSyntaxError extends Error {}

/** Null when `text` is a valid selector list, else why not (positions and names, never the text). */
export function cssSelectorProblem(text: string): string | null {
  try {
    const parser = new Parser(text);
    parser.selectorList(false);
    parser.expectEnd();
    return null;
  } catch (error) {
    if (error instanceof SelectorSyntaxError) return error.message;
    throw error;
  }
}

class Parser {
  private i = 0;

  constructor(private readonly text: string) {}

  expectEnd(): void {
    if (this.i < this.text.length) this.fail('unexpected character');
  }

  selectorList(relative: boolean): void {
    do {
      this.skipSpace();
      this.complexSelector(relative);
      this.skipSpace();
    } while (this.eat(','));
  }

  private complexSelector(relative: boolean): void {
    if (relative && this.combinator()) this.skipSpace();
    this.compound();
    for (;;) {
      const before = this.i;
      const spaced = this.skipSpace();
      const explicit = this.combinator();
      if (explicit) this.skipSpace();
      if (!explicit && (!spaced || this.atEndOfSelector())) {
        this.i = before;
        return;
      }
      this.compound();
    }
  }

  private combinator(): boolean {
    const char = this.peek();
    if (char === '>' || char === '+' || char === '~') {
      this.i += 1;
      return true;
    }
    return false;
  }

  private atEndOfSelector(): boolean {
    const char = this.peek();
    return char === undefined || char === ',' || char === ')';
  }

  private compound(): void {
    let parts = 0;
    if (this.eat('*')) parts += 1;
    else if (this.startsIdent()) {
      this.ident();
      parts += 1;
    }
    if (this.peek() === '|') this.fail('namespaces are not supported');
    for (;;) {
      const char = this.peek();
      if (char === '#') {
        this.i += 1;
        if (!this.startsIdent()) this.fail('an id selector needs a name');
        this.ident();
      } else if (char === '.') {
        this.i += 1;
        if (!this.startsIdent()) this.fail('a class selector needs a name');
        this.ident();
      } else if (char === '[') {
        this.attribute();
      } else if (char === ':') {
        this.pseudoClass();
      } else break;
      parts += 1;
    }
    if (parts === 0) this.fail('a selector is missing');
  }

  private attribute(): void {
    this.i += 1;
    this.skipSpace();
    if (!this.startsIdent()) this.fail('an attribute selector needs a name');
    this.ident();
    this.skipSpace();
    if (this.eat(']')) return;
    const operator = /^[~|^$*]?=/.exec(this.text.slice(this.i));
    if (!operator) this.fail('an attribute selector needs an operator');
    this.i += operator[0].length;
    this.skipSpace();
    if (this.peek() === '"' || this.peek() === "'") this.string();
    else if (this.startsIdent()) this.ident();
    else this.fail('an attribute value must be a name or a quoted string');
    this.skipSpace();
    // The case-sensitivity flag: [lang="tr" i].
    if (/^[is]\s*\]/i.test(this.text.slice(this.i))) {
      this.i += 1;
      this.skipSpace();
    }
    if (!this.eat(']')) this.fail('an attribute selector is not closed');
  }

  private pseudoClass(): void {
    this.i += 1;
    if (this.peek() === ':') this.fail('pseudo-elements never match an element');
    if (!this.startsIdent()) this.fail('a pseudo-class needs a name');
    const name = this.ident().toLowerCase();
    if (!this.eat('(')) {
      if (!PLAIN_PSEUDO_CLASSES.has(name)) this.fail(`unknown pseudo-class :${name}`);
      return;
    }
    const argument = FUNCTIONAL_PSEUDO_CLASSES[name];
    if (!argument) this.fail(`unknown pseudo-class :${name}()`);
    this.skipSpace();
    if (argument === 'selectors' || argument === 'relative') this.selectorList(argument === 'relative');
    else if (argument === 'idents') this.identList();
    else this.nth(argument === 'nth-of');
    this.skipSpace();
    if (!this.eat(')')) this.fail(`:${name}() is not closed`);
  }

  private nth(mayHaveOf: boolean): void {
    const rest = this.text.slice(this.i);
    const end = rest.search(mayHaveOf ? /\)|\sof\s/i : /\)/);
    const formula = (end === -1 ? rest : rest.slice(0, end)).trim();
    if (!AN_PLUS_B.test(formula)) this.fail('an nth formula must be like 2n+1, odd or even');
    this.i += end === -1 ? rest.length : end;
    if (mayHaveOf && /^\sof\s/i.test(this.text.slice(this.i))) {
      this.i += 3;
      this.selectorList(false);
    }
  }

  private identList(): void {
    do {
      this.skipSpace();
      // Names only: Chrome refuses :lang("tr") although the specification allows strings.
      if (!this.startsIdent()) this.fail('a name is missing');
      this.ident();
      this.skipSpace();
    } while (this.eat(','));
  }

  private startsIdent(): boolean {
    const [a, b, c] = [this.text[this.i], this.text[this.i + 1], this.text[this.i + 2]];
    if (a === '-') return b === '-' || isNameStart(b) || (b === '\\' && isEscapable(c));
    return isNameStart(a) || (a === '\\' && isEscapable(b));
  }

  private ident(): string {
    const start = this.i;
    for (;;) {
      const char = this.peek();
      if (char === undefined) break;
      if (char === '\\') this.escape();
      else if (isNameChar(char)) this.i += char.length;
      else break;
    }
    return this.text.slice(start, this.i);
  }

  private escape(): void {
    this.i += 1;
    const char = this.peek();
    if (!isEscapable(char)) this.fail('a backslash escapes nothing');
    if (HEX.test(char!)) {
      let digits = 0;
      while (digits < 6 && HEX.test(this.peek() ?? '')) {
        this.i += 1;
        digits += 1;
      }
      if (WHITESPACE.test(this.peek() ?? '')) this.i += 1;
    } else this.i += char!.length;
  }

  private string(): void {
    const quote = this.peek()!;
    this.i += 1;
    for (;;) {
      const char = this.peek();
      if (char === undefined || char === '\n' || char === '\r' || char === '\f')
        this.fail('a quoted string is not closed');
      if (char === quote) {
        this.i += 1;
        return;
      }
      if (char === '\\') {
        this.i += 1;
        if (this.peek() === undefined) this.fail('a quoted string is not closed');
      }
      this.i += this.peek()!.length;
    }
  }

  private skipSpace(): boolean {
    const start = this.i;
    while (WHITESPACE.test(this.peek() ?? '')) this.i += 1;
    return this.i > start;
  }

  private eat(char: string): boolean {
    if (this.peek() !== char) return false;
    this.i += 1;
    return true;
  }

  /** The character (a whole code point) at the cursor. */
  private peek(): string | undefined {
    const code = this.text.codePointAt(this.i);
    return code === undefined ? undefined : String.fromCodePoint(code);
  }

  private fail(reason: string): never {
    throw new SelectorSyntaxError(`${reason} at position ${this.i}`);
  }
}

function isNameStart(char: string | undefined): boolean {
  return char !== undefined && (/[a-zA-Z_]/.test(char) || char.codePointAt(0)! >= 0x80);
}

function isNameChar(char: string): boolean {
  return isNameStart(char) || /[0-9-]/.test(char);
}

function isEscapable(char: string | undefined): boolean {
  return char !== undefined && char !== '\n' && char !== '\r' && char !== '\f';
}
