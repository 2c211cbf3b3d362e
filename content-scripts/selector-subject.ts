// The subject (last compound) of each selector in a list: `#main [role="row"] [data-id], div.adn`
// -> `[data-id], div.adn`. Descendants of an added node are found with the subject and then
// checked with the full selector; that equals querySelectorAll(full) in every engine, including
// happy-dom, which wrongly requires the whole chain inside the subtree.

export function subjectSelector(selectorList: string): string {
  return splitTopLevel(selectorList, (char) => char === ',')
    .map((selector) => {
      const parts = splitTopLevel(selector.trim(), (char) => /[\s>+~]/.test(char));
      return parts.filter((part) => part.length > 0).at(-1) ?? selector.trim();
    })
    .join(', ');
}

/** Splits where `isSeparator` holds outside brackets, parentheses and quotes. */
function splitTopLevel(text: string, isSeparator: (char: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '[' || char === '(') {
      depth += 1;
    } else if (char === ']' || char === ')') {
      depth -= 1;
    } else if (depth === 0 && isSeparator(char)) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}
