// The facts of each day of a period (report-day-facts.ts), from the hotel's cache where a day is
// in it and nothing on it changed since (migration 042 marks the days every write touches);
// worked out from its tickets and messages otherwise, and kept. So a report reads a row a day,
// and only the days that changed are worked out again, a month of them at a time.
import { daysBetween, shiftDay } from '../../shared/report-calendar.ts';
import type { Database, Queryable } from '../db/database.ts';
import { computeDayFacts, emptyDayFacts, type DayFacts } from './report-day-facts.ts';
import { startOfDay } from './report-period.ts';

const CHUNK_DAYS = 31;

/** Runs of consecutive days, each at most CHUNK_DAYS long. */
function chunks(days: string[]): string[][] {
  const runs: string[][] = [];
  for (const day of [...days].sort()) {
    const run = runs.at(-1);
    if (run && run.length < CHUNK_DAYS && shiftDay(run.at(-1)!, 1) === day) run.push(day);
    else runs.push([day]);
  }
  return runs;
}

async function compute(
  tx: Queryable,
  hotelId: string,
  timeZone: string,
  days: string[],
  now: string,
): Promise<Map<string, DayFacts>> {
  const computed = new Map<string, DayFacts>();
  for (const run of chunks(days)) {
    const range = { start: startOfDay(timeZone, run[0]!), end: startOfDay(timeZone, shiftDay(run.at(-1)!, 1)) };
    const facts = await computeDayFacts(tx, hotelId, timeZone, range, now);
    const rows = run.map((day) => ({ day, facts: facts.get(day) ?? emptyDayFacts() }));
    await tx.query(
      `insert into report_days (hotel_id, day, facts, computed_at)
       select $1, x.day::date, x.facts, $3 from jsonb_to_recordset($2::jsonb) as x (day text, facts jsonb)
       on conflict (hotel_id, day) do update set facts = excluded.facts, computed_at = excluded.computed_at`,
      [hotelId, JSON.stringify(rows), now],
    );
    for (const row of rows) computed.set(row.day, row.facts);
  }
  return computed;
}

/** Each day from..to (hotel calendar) with its facts, in order. */
export async function periodDays(
  db: Database,
  hotelId: string,
  timeZone: string,
  from: string,
  to: string,
  now: string,
): Promise<{ day: string; facts: DayFacts }[]> {
  return db.transaction(async (tx) => {
    // Reports of one hotel work out changed days one at a time, so a slower one never writes
    // older facts over a newer one's; writers (ingest) never take this lock.
    await tx.query(`select pg_advisory_xact_lock(hashtextextended('konuk.report-days:' || $1::text, 0))`, [hotelId]);
    const dirty = await tx.query<{ day: string }>(
      `delete from report_dirty_days where hotel_id = $1 and day >= $2::date and day <= $3::date returning day::text as day`,
      [hotelId, from, to],
    );
    const cached = await tx.query<{ day: string; facts: DayFacts }>(
      `select day::text as day, facts from report_days where hotel_id = $1 and day >= $2::date and day <= $3::date`,
      [hotelId, from, to],
    );
    const changed = new Set(dirty.map((row) => row.day));
    const kept = new Map(cached.filter((row) => !changed.has(row.day)).map((row) => [row.day, row.facts]));
    const days = Array.from({ length: daysBetween(from, to) }, (_, index) => shiftDay(from, index));
    const computed = await compute(
      tx,
      hotelId,
      timeZone,
      days.filter((day) => !kept.has(day)),
      now,
    );
    return days.map((day) => ({ day, facts: kept.get(day) ?? computed.get(day)! }));
  });
}
