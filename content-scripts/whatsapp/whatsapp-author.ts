// The author of a guest's message in a group. WhatsApp names the author only on the first message
// of a run ("~ Ana" for a number not in the contacts); a later message of the run, such as a photo
// without data-pre-plain-text, takes the author of the run it continues.
import { phoneHandle } from '../phone-handle.ts';
import { plainText } from '../plain-text.ts';
import { anyOf } from '../selector-chain.ts';
import { readPrePlainStamp } from './whatsapp-pre-plain-text.ts';
import type { WhatsappSelectors } from './whatsapp-selectors.ts';

/** How many rows back a run is followed before the author counts as unknown. */
const RUN_LIMIT = 30;

export function groupAuthor(element: Element, s: WhatsappSelectors): string | undefined {
  const own = authorLine(element, s);
  if (own) return own;
  const row = element.closest(anyOf(s.row));
  let previous = row?.previousElementSibling ?? null;
  for (let seen = 0; previous && seen < RUN_LIMIT; seen += 1, previous = previous.previousElementSibling) {
    const message = previous.querySelector(`[${s.attributes.messageId}]`);
    // A date separator, a notice or the user's own message ends the run.
    if (!message || message.querySelector(anyOf(s.tailOut))) return undefined;
    const named = authorLine(message, s) ?? stampSender(message, s);
    if (named) return named;
    if (message.querySelector(anyOf(s.tailIn))) return undefined;
  }
  return undefined;
}

/**
 * The author line's name. An unsaved number shows as two spans, the number and "~ Name": the
 * number is then the name, so the sender keeps the phone that joins their channels.
 */
function authorLine(element: Element, s: WhatsappSelectors): string | undefined {
  const line = element.querySelector(anyOf(s.author));
  if (!line) return undefined;
  const pieces = [...line.querySelectorAll('span')].filter((span) => !span.querySelector('span'));
  const texts = (pieces.length > 1 ? pieces : [line]).map((piece) => plainText(piece).trim()).filter(Boolean);
  const phone = texts.find((text) => phoneHandle(text));
  const name = (phone ?? texts[0] ?? '').replace(/^~\s*/u, '').trim();
  return name || undefined;
}

function stampSender(element: Element, s: WhatsappSelectors): string | undefined {
  const stamp = element.querySelector(anyOf(s.prePlainText))?.getAttribute(s.attributes.prePlainText);
  return (stamp ? readPrePlainStamp(stamp)?.sender : undefined) || undefined;
}
