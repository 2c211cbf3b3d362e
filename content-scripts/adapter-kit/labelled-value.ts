// Side panels print facts as label/value pairs ("Booking reference number" / "4829103556"). When
// a platform gives the value no attribute of its own, find it by its printed label: a <dt> gives
// its <dd>, a label element its next sibling, a "Label: value" line the text after the colon.
import { plainText } from '../plain-text.ts';

const LABEL_CANDIDATES = 'dt, th, label, span, div, p, strong, b, h3, h4';

function ownText(element: Element): string {
  return plainText(element)
    .replace(/[:：]\s*$/, '')
    .trim();
}

/** The label the text starts with as a whole word: "Guests: 2" does not start with "Guest". */
function startsWithLabel(text: string, labels: readonly string[]): string | undefined {
  const lower = text.toLocaleLowerCase();
  return labels.find(
    (label) =>
      lower.startsWith(label.toLocaleLowerCase()) && !/[\p{L}\p{N}]/u.test(text.charAt(label.length)),
  );
}

function valueAfter(label: Element): string | undefined {
  if (label.tagName === 'DT') {
    let next = label.nextElementSibling;
    while (next && next.tagName !== 'DD') next = next.nextElementSibling;
    return next ? plainText(next) || undefined : undefined;
  }
  if (label.tagName === 'TH') {
    const cell = label.nextElementSibling;
    return cell ? plainText(cell) || undefined : undefined;
  }
  const sibling = label.nextElementSibling;
  if (sibling) return plainText(sibling) || undefined;
  // "<p><b>Arrival:</b> Mon 18 May 2026</p>": the value is the parent's text after the label.
  const parentText = label.parentElement ? plainText(label.parentElement) : '';
  const labelText = plainText(label);
  return parentText.startsWith(labelText)
    ? parentText.slice(labelText.length).trim() || undefined
    : undefined;
}

/** The value printed next to the first of `labels` inside `root`, or undefined. */
export function valueByLabel(root: ParentNode, labels: readonly string[]): string | undefined {
  if (labels.length === 0) return undefined;
  for (const candidate of Array.from(root.querySelectorAll(LABEL_CANDIDATES))) {
    const text = ownText(candidate);
    const label = startsWithLabel(text, labels);
    if (!label) continue;
    // "Arrival: Mon 18 May 2026" in one element: the value follows the label.
    const inline = text
      .slice(label.length)
      .replace(/^\s*[:：]?\s*/, '')
      .trim();
    if (inline && candidate.children.length === 0) return inline;
    if (text.length === label.length) {
      const value = valueAfter(candidate);
      if (value) return value;
    }
  }
  return undefined;
}
