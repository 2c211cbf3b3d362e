import type { CapturedMessage } from '../../shared/message.ts';

const NUL = /\u0000/g;
const REPLACEMENT = '\uFFFD';

/**
 * PostgreSQL text cannot hold U+0000. A captured message containing one is still stored, with
 * each NUL replaced by U+FFFD, instead of failing its whole batch on every retry.
 */
export function withoutNul(message: CapturedMessage): CapturedMessage {
  const entries = Object.entries(message);
  if (!entries.some(([, value]) => typeof value === 'string' && value.includes('\u0000'))) return message;
  return Object.fromEntries(
    entries.map(([field, value]) => [
      field,
      typeof value === 'string' ? value.replace(NUL, REPLACEMENT) : value,
    ]),
  ) as CapturedMessage;
}
