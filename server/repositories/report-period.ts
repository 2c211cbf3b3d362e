// A report's period as instants, and its buckets (weeks, months): the bounds are worked out here
// in the hotel's time zone (shared/zoned-time.ts) and handed to SQL as an array, so a daylight-
// saving change or a zone the database does not know never moves a ticket to another week.
// `width_bucket(at, bounds)` numbers the bucket an instant falls in from 1.
import { parseDay, shiftDay } from '../../shared/report-calendar.ts';
import { instantOf } from '../../shared/zoned-time.ts';

export interface ReportRange {
  /** First instant of the first day, and first instant after the last day (ISO). */
  start: string;
  end: string;
  /** The moment of the request: a first response not yet sent is missed once this passes its target. */
  now: string;
}

export interface Buckets {
  /** One label per bucket (a week's Monday, a month). */
  labels: string[];
  /** labels.length + 1 instants: bucket i runs from bounds[i] to bounds[i + 1]. */
  bounds: string[];
}

/** The first instant of a day of the hotel's calendar. */
export function startOfDay(timeZone: string, day: string): string {
  return new Date(instantOf(timeZone, parseDay(day), 0)).toISOString();
}

export function rangeOfDays(timeZone: string, from: string, to: string, now: string): ReportRange {
  return { start: startOfDay(timeZone, from), end: startOfDay(timeZone, shiftDay(to, 1)), now };
}

/** Buckets that start on each of `starts` (days), the last one ending at `end` (a day). */
export function bucketsOf(timeZone: string, labels: string[], starts: string[], end: string): Buckets {
  return { labels, bounds: [...starts, end].map((day) => startOfDay(timeZone, day)) };
}

/** The SQL bucket number (1-based) of a timestamp column, the bounds being parameter `param`. */
export const bucketOf = (column: string, param: string) => `width_bucket(${column}, ${param}::timestamptz[])`;

export function labelOf(buckets: Buckets, bucket: number): string {
  const label = buckets.labels[bucket - 1];
  if (label === undefined) throw new Error(`bucket ${bucket} is outside the report's period`);
  return label;
}

/** Minutes from one timestamp column to another, in SQL. */
export const minutesBetween = (later: string, earlier: string) =>
  `extract(epoch from (${later} - ${earlier})) / 60`;

/** A first response within its target. */
export const SLA_MET = `(first_response_due_at is not null and first_response_at <= first_response_due_at)`;
/** A first response after its target, or none yet and the target passed (`now`: a parameter). */
export const slaMissed = (now: string) =>
  `(first_response_due_at is not null and coalesce(first_response_at, ${now}::timestamptz) > first_response_due_at)`;

/** The agent a ticket counts for once it is closed: its owner, else who answered it first. */
export const TICKET_AGENT = 'coalesce(owner_agent_id, first_response_agent_id)';

export const roundMinutes = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10;

export const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

export const roundAverage = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : Math.round(Number(value) * 100) / 100;
