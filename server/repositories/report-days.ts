// The facts of a period (report-day-facts.ts), from the hotel's cache: a whole week or month of
// the period as one merged row (report_units), the days around them one row each (report_days).
// A day is worked out from its tickets and messages when it is not kept yet or when anything on
// it changed (migration 042 marks the days every write touches), and its week and month rows go
// with it. So a report reads a dozen rows for a year, and only the days that changed are worked
// out again, a month of them at a time.
import { daysBetween, mondayOf, monthOf, shiftDay } from '../../shared/report-calendar.ts';
import type { Database, Queryable } from '../db/database.ts';
import { computeDayFacts } from './report-day-compute.ts';
import { emptyDayFacts, type DayFacts } from './report-day-facts.ts';
import type { Day } from './report-day-merge.ts';
import { mergeFacts } from './report-facts-merge.ts';
import { startOfDay } from './report-period.ts';

const CHUNK_DAYS = 31;

export type Unit = 'week' | 'month';
export type Section = keyof DayFacts;

/** Each section's column in report_days and report_units (migration 042). */
const COLUMN: Record<Section, string> = {
  channels: 'channels',
  teams: 'teams',
  responders: 'responders',
  topics: 'topics',
  total: 'total',
  rootCauses: 'root_causes',
  labels: 'labels',
  publics: 'publics',
  closed: 'closed',
  csat: 'csat',
  messages: 'messages',
};
const SECTIONS = Object.keys(COLUMN) as Section[];
const COLUMNS = SECTIONS.map((section) => COLUMN[section]);

const unitStart: Record<Unit, (day: string) => string> = {
  week: mondayOf,
  month: (day) => `${monthOf(day)}-01`,
};

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

async function forgetUnits(tx: Queryable, hotelId: string, days: string[]): Promise<void> {
  if (days.length === 0) return;
  await tx.query(
    `delete from report_units where hotel_id = $1
        and ((kind = 'week' and start = any($2::date[])) or (kind = 'month' and start = any($3::date[])))`,
    [hotelId, [...new Set(days.map(unitStart.week))], [...new Set(days.map(unitStart.month))]],
  );
}

/** Works out the days from their tickets and messages, keeps them, and forgets their units. */
async function computeDays(tx: Queryable, hotelId: string, timeZone: string, days: string[], now: string) {
  const computed = new Map<string, DayFacts>();
  for (const run of chunks(days)) {
    const range = {
      start: startOfDay(timeZone, run[0]!),
      end: startOfDay(timeZone, shiftDay(run.at(-1)!, 1)),
    };
    const facts = await computeDayFacts(tx, hotelId, timeZone, range, now);
    const rows = run.map((day) => ({ day, facts: facts.get(day) ?? emptyDayFacts() }));
    await tx.query(
      `insert into report_days (hotel_id, day, computed_at, ${COLUMNS.join(', ')})
       select $1, x.day::date, $3, ${SECTIONS.map((section) => `x."${section}"`).join(', ')}
         from jsonb_to_recordset($2::jsonb) as x (day text, ${SECTIONS.map((s) => `"${s}" jsonb`).join(', ')})
       on conflict (hotel_id, day) do update set computed_at = excluded.computed_at,
          ${COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ')}`,
      [hotelId, JSON.stringify(rows.map((row) => ({ day: row.day, ...row.facts }))), now],
    );
    for (const row of rows) computed.set(row.day, row.facts);
  }
  await forgetUnits(tx, hotelId, days);
  return computed;
}

/** Only the columns of the sections a report reads (the others are read empty). */
const columnsOf = (sections: readonly Section[]) =>
  sections.map((section) => `${COLUMN[section]} as "${section}"`).join(', ');

const filled = (row: Partial<DayFacts>, sections: readonly Section[]): DayFacts => ({
  ...emptyDayFacts(),
  ...Object.fromEntries(sections.map((section) => [section, row[section]])),
});

async function loadDays(
  tx: Queryable,
  hotelId: string,
  timeZone: string,
  days: string[],
  dirty: Set<string>,
  now: string,
  sections: readonly Section[],
) {
  if (days.length === 0) return new Map<string, DayFacts>();
  const cached = await tx.query<Partial<DayFacts> & { day: string }>(
    `select day::text as day, ${columnsOf(sections)} from report_days where hotel_id = $1 and day = any($2::date[])`,
    [hotelId, days],
  );
  const kept = new Map(
    cached.filter((row) => !dirty.has(row.day)).map((row) => [row.day, filled(row, sections)]),
  );
  const computed = await computeDays(
    tx,
    hotelId,
    timeZone,
    days.filter((day) => !kept.has(day)),
    now,
  );
  return new Map([...kept, ...computed]);
}

/**
 * The facts of from..to (hotel calendar): each whole `unit` inside it as one entry (its `day`
 * is the unit's first day), every other day as its own, in order.
 */
export async function periodFacts(
  db: Database,
  hotelId: string,
  timeZone: string,
  period: { from: string; to: string },
  unit: Unit,
  sections: readonly Section[],
  now: string,
): Promise<Day[]> {
  return db.transaction(async (tx) => {
    // Reports of one hotel work out changed days one at a time, so a slower one never writes
    // older facts over a newer one's; writers (ingest) never take this lock.
    await tx.query(`select pg_advisory_xact_lock(hashtextextended('konuk.report-days:' || $1::text, 0))`, [
      hotelId,
    ]);
    // A mark on a day never kept says nothing (it is worked out when first asked): dropped, so
    // marks do not pile up on days nobody reads. Safe under the lock: no report is keeping one now.
    await tx.query(
      `delete from report_dirty_days d where d.hotel_id = $1
          and not exists (select 1 from report_days r where r.hotel_id = $1 and r.day = d.day)`,
      [hotelId],
    );
    const dirty = new Set(
      (
        await tx.query<{ day: string }>(
          `delete from report_dirty_days where hotel_id = $1 and day >= $2::date and day <= $3::date
           returning day::text as day`,
          [hotelId, period.from, period.to],
        )
      ).map((row) => row.day),
    );
    await forgetUnits(tx, hotelId, [...dirty]);
    const days = Array.from({ length: daysBetween(period.from, period.to) }, (_, index) =>
      shiftDay(period.from, index),
    );
    const starts = [...new Set(days.map(unitStart[unit]))];
    const whole = starts.filter((start) => {
      const members = days.filter((day) => unitStart[unit](day) === start);
      const next = unit === 'week' ? shiftDay(start, 7) : `${monthOf(shiftDay(start, 31))}-01`;
      return members.length === daysBetween(start, shiftDay(next, -1));
    });
    const cachedUnits = new Map(
      (
        await tx.query<Partial<DayFacts> & { start: string }>(
          `select start::text as start, ${columnsOf(sections)} from report_units
            where hotel_id = $1 and kind = $2 and start = any($3::date[])`,
          [hotelId, unit, whole],
        )
      ).map((row) => [row.start, filled(row, sections)]),
    );
    const needed = days.filter((day) => !cachedUnits.has(unitStart[unit](day)));
    // A unit not kept yet is merged from every section of its days, so it is kept whole.
    const merging = whole.some((start) => !cachedUnits.has(start));
    const read = merging ? SECTIONS : sections;
    const dayFacts = await loadDays(tx, hotelId, timeZone, needed, dirty, now, read);
    const entries: Day[] = [];
    for (const start of whole) {
      let facts = cachedUnits.get(start);
      if (!facts) {
        facts = mergeFacts(
          days.filter((day) => unitStart[unit](day) === start).map((day) => dayFacts.get(day)!),
        );
        await tx.query(
          `insert into report_units (hotel_id, kind, start, ${COLUMNS.join(', ')})
           values ($1, $2, $3, ${COLUMNS.map((_, index) => `$${index + 4}`).join(', ')})
           on conflict (hotel_id, kind, start) do update set
             ${COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ')}`,
          [hotelId, unit, start, ...SECTIONS.map((section) => JSON.stringify(facts![section]))],
        );
      }
      entries.push({ day: start, facts });
    }
    for (const day of days) {
      if (!whole.includes(unitStart[unit](day))) entries.push({ day, facts: dayFacts.get(day)! });
    }
    return entries.sort((a, b) => a.day.localeCompare(b.day));
  });
}
