// What ../selector-chain.ts does for one element, for the other questions an adapter asks of a
// selector chain: every match, whether an element matches, and attribute fallbacks.

/** All elements matched by the first selector of the chain that matches anything. */
export function queryAllChain(root: ParentNode, chain: readonly string[]): Element[] {
  for (const selector of chain) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

export function matchesChain(element: Element, chain: readonly string[]): boolean {
  return chain.some((selector) => element.matches(selector));
}

/** The first non-empty value among the named attributes. */
export function firstAttribute(element: Element, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value) return value;
  }
  return undefined;
}
