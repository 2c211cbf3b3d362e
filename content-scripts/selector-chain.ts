// Fallback chains: newest selector first. When an older selector is the one that matched, the
// adapter reports it, so a platform change is noticed while a fallback still holds.
import type { ReadEnvironment } from './platform-adapter.ts';

type Chain = readonly string[];
type FallbackReport = Pick<ReadEnvironment, 'reportFallback'>;

/** The first element under `root` matched by the chain, trying each selector in order. */
export function queryChain(
  root: ParentNode,
  chain: Chain,
  name: string,
  env?: FallbackReport,
): Element | null {
  for (const [index, selector] of chain.entries()) {
    const found = root.querySelector(selector);
    if (found) {
      if (index > 0) env?.reportFallback?.(`${name}[${index}]`);
      return found;
    }
  }
  return null;
}

/** The nearest ancestor-or-self matched by the chain. */
export function closestChain(
  element: Element,
  chain: Chain,
  name: string,
  env?: FallbackReport,
): Element | null {
  for (const [index, selector] of chain.entries()) {
    const found = element.closest(selector);
    if (found) {
      if (index > 0) env?.reportFallback?.(`${name}[${index}]`);
      return found;
    }
  }
  return null;
}

/** One selector string matching whatever any selector of the chain matches. */
export function anyOf(chain: Chain): string {
  return chain.join(', ');
}
