import type { CapturedMessage } from '../../shared/message.ts';

const NUL = /\u0000/g;
const REPLACEMENT = '\uFFFD';

export function storableText(value: string): string {
  return value.replace(NUL, REPLACEMENT).toWellFormed();
}

/**
 * PostgreSQL cannot store U+0000 or a lone UTF-16 surrogate (a page that cut an emoji in half).
 * A captured message containing one is still stored, with each replaced by U+FFFD, instead of
 * failing its whole batch on every retry.
 */
export function storableMessage(message: CapturedMessage): CapturedMessage {
  const entries = Object.entries(message);
  const clean = (value: unknown) =>
    typeof value !== 'string' || (value.isWellFormed() && !value.includes('\u0000'));
  if (entries.every(([, value]) => clean(value))) return message;
  return Object.fromEntries(
    entries.map(([field, value]) => [field, typeof value === 'string' ? storableText(value) : value]),
  ) as CapturedMessage;
}
