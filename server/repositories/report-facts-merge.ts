// Several days' facts as one (a week's, a month's): counts and sums add, durations merge, pending
// targets are kept. What report-days.ts keeps for whole weeks and months, so a year is read in a
// dozen rows.
import type { DayFacts, PublicFacts, Resolutions, Responses } from './report-day-facts.ts';
import { emptyDayFacts } from './report-day-facts.ts';
import { mergeDurations } from './report-durations.ts';

type Pairs = Record<string, [number, number]>;
type Counts = Record<string, number>;

function addCounts(into: Counts, from: Counts): void {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
}

function addPairs(into: Pairs, from: Pairs): void {
  for (const [key, [a, b]] of Object.entries(from)) {
    const pair = (into[key] ??= [0, 0]);
    pair[0] += a;
    pair[1] += b;
  }
}

function mergeResponses(list: Responses[]): Responses {
  return {
    tickets: list.reduce((sum, r) => sum + r.tickets, 0),
    answered: list.reduce((sum, r) => sum + r.answered, 0),
    firstResponse: mergeDurations(list.map((r) => r.firstResponse)),
    met: list.reduce((sum, r) => sum + r.met, 0),
    missed: list.reduce((sum, r) => sum + r.missed, 0),
    pendingDue: list.flatMap((r) => r.pendingDue),
  };
}

function mergeResolutions(list: Resolutions[]): Resolutions {
  return {
    tickets: list.reduce((sum, r) => sum + r.tickets, 0),
    resolved: list.reduce((sum, r) => sum + r.resolved, 0),
    resolution: mergeDurations(list.map((r) => r.resolution)),
  };
}

function mergePublic(list: PublicFacts[]): PublicFacts {
  const total = (value: (p: PublicFacts) => number) => list.reduce((sum, p) => sum + value(p), 0);
  return {
    contacts: total((p) => p.contacts),
    rated: total((p) => p.rated),
    ratingSum: total((p) => p.ratingSum),
    answered: total((p) => p.answered),
    reply: mergeDurations(list.map((p) => p.reply)),
    moved: total((p) => p.moved),
    solved: total((p) => p.solved),
  };
}

/** Merges a keyed section: each key's values across the facts that have it. */
function byKey<T>(
  list: DayFacts[],
  section: (facts: DayFacts) => Record<string, T>,
  merge: (values: T[]) => T,
) {
  const keys = new Set(list.flatMap((facts) => Object.keys(section(facts))));
  return Object.fromEntries(
    [...keys].map((key) => [
      key,
      merge(list.flatMap((facts) => (key in section(facts) ? [section(facts)[key]!] : []))),
    ]),
  );
}

export function mergeFacts(list: DayFacts[]): DayFacts {
  const merged = emptyDayFacts();
  merged.channels = byKey(list, (f) => f.channels, mergeResponses);
  merged.teams = byKey(list, (f) => f.teams, mergeResponses);
  merged.responders = byKey(list, (f) => f.responders, mergeResponses);
  merged.topics = byKey(list, (f) => f.topics, mergeResolutions);
  merged.publics = byKey(list, (f) => f.publics, mergePublic);
  const totals = list.map((f) => f.total);
  const count = (value: (t: DayFacts['total']) => number) => totals.reduce((sum, t) => sum + value(t), 0);
  merged.total = {
    ...mergeResponses(totals),
    ...mergeResolutions(totals),
    resolvedNow: count((t) => t.resolvedNow),
    everResolved: count((t) => t.everResolved),
    reopened: count((t) => t.reopened),
    escalated: count((t) => t.escalated),
    closedWithMessage: count((t) => t.closedWithMessage),
    closeReasons: {},
  };
  for (const facts of list) {
    addCounts(merged.total.closeReasons, facts.total.closeReasons);
    addPairs(merged.rootCauses, facts.rootCauses);
    addPairs(merged.labels, facts.labels);
    addCounts(merged.closed.agents, facts.closed.agents);
    addCounts(merged.closed.teams, facts.closed.teams);
    addCounts(merged.csat.answers, facts.csat.answers);
    addCounts(merged.csat.complaints, facts.csat.complaints);
    addPairs(merged.csat.agents, facts.csat.agents);
    addPairs(merged.csat.teams, facts.csat.teams);
    addPairs(merged.messages.channels, facts.messages.channels);
    merged.messages.marked += facts.messages.marked;
    merged.messages.automatic += facts.messages.automatic;
  }
  return merged;
}
