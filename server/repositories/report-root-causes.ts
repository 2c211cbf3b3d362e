// The monthly root-cause report: tickets opened each month with a root cause, by department
// (the cause's, from the hotel's list) and by cause; the five most frequent problems (topic ×
// root cause) of the last month with the actions recorded against them; and, for each action,
// its problem's tickets in its own month (the baseline) and in every month after it, up to the
// report's last: whether the problem fell. Actions up to 24 months back are followed.
import type { RootCauseReport } from '../../shared/report-loop-contract.ts';
import { monthOf, monthsBetween, shiftDay, shiftMonth } from '../../shared/report-calendar.ts';
import type { Topic } from '../../shared/taxonomy.ts';
import type { RootCause } from '../../shared/ticket-workflow.ts';
import type { Database } from '../db/database.ts';
import { listActions } from './report-root-cause-actions.ts';
import { addPairs } from './report-day-merge.ts';
import { periodFacts } from './report-days.ts';
import { hotelRootCauses } from './settings-repository.ts';

const TOP_PROBLEMS = 5;
export const ACTIONS_FOLLOWED_MONTHS = 24;

type Report = Omit<RootCauseReport, 'timeZone' | 'from' | 'to'>;

export async function rootCauseReport(
  db: Database,
  hotelId: string,
  timeZone: string,
  from: string,
  to: string,
  now: string,
): Promise<Report> {
  const actions = await listActions(db, hotelId, shiftMonth(to, 1 - ACTIONS_FOLLOWED_MONTHS), to);
  const first = [from, shiftMonth(to, -1), ...actions.map((a) => a.month)].sort()[0]!;
  const days = await periodFacts(
    db,
    hotelId,
    timeZone,
    { from: `${first}-01`, to: shiftDay(`${shiftMonth(to, 1)}-01`, -1) },
    'month',
    ['rootCauses'],
    now,
  );
  const rows = monthsBetween(first, to).flatMap((month) =>
    Object.entries(
      addPairs(
        days.filter((day) => monthOf(day.day) === month),
        (f) => f.rootCauses,
      ),
    ).map(([key, [tickets]]) => ({
      month,
      topic: (key.slice(0, key.indexOf('|')) || null) as Topic | null,
      rootCause: key.slice(key.indexOf('|') + 1),
      tickets,
    })),
  );
  const causes = new Map(
    (await hotelRootCauses(db, hotelId)).map((cause): [string, RootCause] => [cause.id, cause]),
  );
  const facts = (rootCause: string) => ({
    rootCause,
    department: causes.get(rootCause)?.department ?? null,
    cause: causes.get(rootCause)?.cause ?? null,
  });
  const tickets = (match: (row: (typeof rows)[number]) => boolean) =>
    rows.filter(match).reduce((sum, row) => sum + row.tickets, 0);
  /** An action's problem: its root cause, and its topic unless it is about any topic (null). */
  const actionTickets = (action: { topic: Topic | null; rootCause: string }, month: string) =>
    tickets(
      (row) =>
        row.month === month &&
        row.rootCause === action.rootCause &&
        (action.topic === null || row.topic === action.topic),
    );
  const months = monthsBetween(from, to);

  const causeRows = months.flatMap((month) =>
    [...new Set(rows.filter((row) => row.month === month).map((row) => row.rootCause))]
      .sort()
      .map((rootCause) => ({
        month,
        ...facts(rootCause),
        tickets: tickets((row) => row.month === month && row.rootCause === rootCause),
      })),
  );
  const departments = months.flatMap((month) => {
    const mine = causeRows.filter((row) => row.month === month);
    return [...new Set(mine.map((row) => row.department))]
      .sort((a, b) => (a ?? '~').localeCompare(b ?? '~'))
      .map((department) => ({
        month,
        department,
        tickets: mine
          .filter((row) => row.department === department)
          .reduce((sum, row) => sum + row.tickets, 0),
      }));
  });
  const problems = rows
    .filter((row) => row.month === to)
    .sort(
      (a, b) =>
        b.tickets - a.tickets ||
        a.rootCause.localeCompare(b.rootCause) ||
        (a.topic ?? '').localeCompare(b.topic ?? ''),
    )
    .slice(0, TOP_PROBLEMS)
    .map((row, index) => ({
      rank: index + 1,
      topic: row.topic,
      ...facts(row.rootCause),
      tickets: row.tickets,
      previousMonthTickets: tickets(
        (other) =>
          other.month === shiftMonth(to, -1) &&
          other.rootCause === row.rootCause &&
          other.topic === row.topic,
      ),
      actions: actions.filter(
        (a) => a.rootCause === row.rootCause && (a.topic === null || a.topic === row.topic),
      ).length,
    }));
  const actionTrend = actions.flatMap((action) =>
    monthsBetween(shiftMonth(action.month, 1), to).map((month) => ({
      actionId: action.id,
      month,
      tickets: actionTickets(action, month),
    })),
  );
  return {
    months,
    departments,
    causes: causeRows,
    problems,
    actions: actions.map((action) => {
      const baseline = actionTickets(action, action.month);
      const latest = actionTrend.filter((row) => row.actionId === action.id).at(-1)?.tickets ?? null;
      return { ...action, baseline, latest, fell: latest === null ? null : latest < baseline };
    }),
    actionTrend,
  };
}
