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
  /**
   * Line breaks typed into text nodes are the text's own (WhatsApp renders each line as a span
   * ending in "\n" under white-space: pre-wrap). Off by default: elsewhere a newline in markup is
   * only how the page's HTML happens to be indented.
   */
  keepLineBreaks?: boolean;
}

export function plainText(root: Element, options: PlainTextOptions = {}): string {
  const parts: string[] = [];
  walk(root, parts, options, false);
  return normalise(parts.join(''));
}

function walk(node: Node, parts: string[], options: PlainTextOptions, preformatted: boolean): void {
  const { exclude } = options;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      parts.push(preformatted ? text : collapseSpaces(text, options.keepLineBreaks === true));
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
    walk(element, parts, options, preformatted || tag === 'PRE');
    if (marker) parts.push(marker);
  }
}

function collapseSpaces(text: string, keepLineBreaks: boolean): string {
  if (!keepLineBreaks) return text.replace(/[\t\n\r\f ]+/g, ' ');
  return text.replace(/\r\n?/g, '\n').replace(/[\t\f ]+/g, ' ');
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
