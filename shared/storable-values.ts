// What the database can store, checked where a request is parsed, so the API answers a clear
// 400 instead of failing on every retry: PostgreSQL refuses U+0000 and lone UTF-16 surrogates in
// text, and dates outside its calendar (year 0) or past what an SLA clock can add to (year 9999).
import { z } from 'zod';

/** Dates Konuk stores lie in these years: generous for any guest message, far from the edges. */
export const EARLIEST_STORABLE_YEAR = 1900;
export const LATEST_STORABLE_YEAR = 9000;

const EARLIEST_MS = Date.UTC(EARLIEST_STORABLE_YEAR, 0, 1);
const LATEST_MS = Date.UTC(LATEST_STORABLE_YEAR + 1, 0, 1);
const DATE_RANGE_MESSAGE = `a date between the years ${EARLIEST_STORABLE_YEAR} and ${LATEST_STORABLE_YEAR}`;

const inStorableRange = (value: string) => {
  const ms = Date.parse(value);
  // A string that is no date at all already fails the format check; one issue is enough.
  return !Number.isFinite(ms) || (ms >= EARLIEST_MS && ms < LATEST_MS);
};

/** An ISO 8601 date-time with an offset, in the storable years. */
export const storableDateTime = z.iso
  .datetime({ offset: true })
  .refine(inStorableRange, `must be ${DATE_RANGE_MESSAGE}`);

/** An ISO 8601 calendar date (YYYY-MM-DD), in the storable years. */
export const storableDate = z.iso.date().refine(inStorableRange, `must be ${DATE_RANGE_MESSAGE}`);

/** Whether PostgreSQL can store the string as text. */
export function isStorableText(value: string): boolean {
  return value.isWellFormed() && !value.includes('\u0000');
}

const UNSTORABLE_TEXT =
  'contains a NUL character or half of an emoji (a lone surrogate), which cannot be stored';

function addUnstorableIssues(value: unknown, path: PropertyKey[], ctx: z.RefinementCtx): void {
  if (typeof value === 'string') {
    if (!isStorableText(value)) ctx.addIssue({ code: 'custom', path, message: UNSTORABLE_TEXT });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => addUnstorableIssues(item, [...path, i], ctx));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key))
        ctx.addIssue({ code: 'custom', path: [...path, key], message: UNSTORABLE_TEXT });
      addUnstorableIssues(item, [...path, key], ctx);
    }
  }
}

/** The schema, refusing any string (or object key) within its value that cannot be stored. */
export function storableStrings<S extends z.ZodType>(schema: S): S {
  return schema.superRefine((value, ctx) => addUnstorableIssues(value, [], ctx)) as unknown as S;
}
