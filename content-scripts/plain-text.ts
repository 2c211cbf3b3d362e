// innerText-like plain text of a message body, computed the same way in every browser and in
// happy-dom (whose innerText ignores <br>). Guest text only ever leaves as a string, never HTML.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'svg', 'SVG', 'KONUK-BADGE']);
const PARAGRAPHS = new Set([
  'P',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'UL',
  'OL',
  'TABLE',
]);
const LINES = new Set([
  'DIV',
  'LI',
  'TR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'FIGURE',
  'DL',
  'DT',
  'DD',
  'ADDRESS',
  'HR',
]);

/** A break marker between blocks; resolved after the walk so adjacent blocks do not stack up. */
const LINE = '\u0000L';
const PARAGRAPH = '\u0000P';

export interface PlainTextOptions {
  /** Elements to leave out (quoted history, the page's own hidden helpers). */
  exclude?: string;
}

export function plainText(root: Element, options: PlainTextOptions = {}): string {
  const parts: string[] = [];
  walk(root, parts, options.exclude, false);
  return normalise(parts.join(''));
}

function walk(node: Node, parts: string[], exclude: string | undefined, preformatted: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      parts.push(preformatted ? text : text.replace(/[\t\n\r\f ]+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.tagName;
    if (SKIPPED.has(tag) || element.hasAttribute('hidden')) continue;
    if (exclude && element.matches(exclude)) continue;
    if (tag === 'BR') {
      parts.push('\n');
      continue;
    }
    if (tag === 'IMG') {
      // Emoji are images with the character as alt text on WhatsApp and Gmail.
      parts.push(element.getAttribute('alt') ?? '');
      continue;
    }
    const marker = PARAGRAPHS.has(tag) ? PARAGRAPH : LINES.has(tag) ? LINE : '';
    if (marker) parts.push(marker);
    if (tag === 'TD' || tag === 'TH') parts.push('\t');
    walk(element, parts, exclude, preformatted || tag === 'PRE');
    if (marker) parts.push(marker);
  }
}

function normalise(raw: string): string {
  const withBreaks = raw.replace(/(?:\u0000[LP])+/g, (run) => (run.includes(PARAGRAPH) ? '\n\n' : '\n'));
  return withBreaks
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
