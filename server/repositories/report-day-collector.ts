// Gathers one day's rows into its facts (report-day-facts.ts): each ticket counted on its channel,
// team, first responder and the day's total, its root cause and labels; public contacts; CSAT.
import {
  emptyDayFacts,
  type DayFacts,
  type Labels,
  type OpenedRow,
  type Responses,
} from './report-day-facts.ts';
import { durationsOf, type Durations } from './report-durations.ts';

const emptyResponses = (): Responses => ({
  tickets: 0,
  answered: 0,
  firstResponse: { n: 0, v: [] },
  met: 0,
  missed: 0,
  pendingDue: [],
});

const add = (counts: Record<string, number>, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

/** Gathers one day's rows; durations are kept as values until done() makes them Durations. */
export class Collector {
  readonly facts = emptyDayFacts();
  private readonly durations = new Map<Durations, number[]>();

  private readonly nowMs: number;

  constructor(now: string) {
    this.nowMs = Date.parse(now);
  }

  private values(durations: Durations): number[] {
    let list = this.durations.get(durations);
    if (!list) this.durations.set(durations, (list = []));
    return list;
  }

  private respond(target: Responses, row: OpenedRow) {
    target.tickets += 1;
    if (row.first_minutes !== null) {
      target.answered += 1;
      this.values(target.firstResponse).push(row.first_minutes);
    }
    if (row.due_ms === null) return;
    if (row.first_minutes !== null) {
      if (row.met) target.met += 1;
      else target.missed += 1;
    } else if (row.due_ms < this.nowMs) target.missed += 1;
    else target.pendingDue.push(new Date(row.due_ms).toISOString());
  }

  opened(row: OpenedRow) {
    const { facts } = this;
    this.respond((facts.channels[row.channel] ??= emptyResponses()), row);
    if (row.team) this.respond((facts.teams[row.team] ??= emptyResponses()), row);
    if (row.responder) this.respond((facts.responders[row.responder] ??= emptyResponses()), row);
    this.respond(facts.total, row);
    const resolved = row.resolution_minutes !== null;
    if (resolved) this.values(facts.total.resolution).push(row.resolution_minutes!);
    if (resolved) facts.total.resolved += 1;
    if (row.topic) {
      const topic = (facts.topics[row.topic] ??= { tickets: 0, resolved: 0, resolution: { n: 0, v: [] } });
      topic.tickets += 1;
      if (resolved) {
        topic.resolved += 1;
        this.values(topic.resolution).push(row.resolution_minutes!);
      }
    }
    const total = facts.total;
    if (row.status === 'resolved' || row.status === 'closed') total.resolvedNow += 1;
    if (resolved || row.reopened) total.everResolved += 1;
    if (row.reopened) total.reopened += 1;
    if (row.escalated) total.escalated += 1;
    if (row.status === 'closed') {
      if (row.close_reason === null) total.closedWithMessage += 1;
      else add(total.closeReasons, row.close_reason);
    }
    if (row.root_cause) {
      const cause = (facts.rootCauses[`${row.topic ?? ''}|${row.root_cause}`] ??= [0, 0]);
      cause[0] += 1;
      if (row.status === 'closed') cause[1] += 1;
    }
    for (const field of ['topic', 'stage', 'priority'] as const) {
      const label = row[field];
      if (label !== null) (facts.labels[`${field}|${label}`] ??= [0, 0])[0] += 1;
    }
  }

  /** A corrected field's ticket was counted under the agent's label: move it to the classifier's. */
  corrected(current: Labels, correction: Partial<Labels>, classified: Partial<Labels> | null) {
    for (const field of ['topic', 'stage', 'priority'] as const) {
      if (correction[field] === undefined) continue;
      const machine = classified?.[field] ?? null;
      if (current[field] !== null) (this.facts.labels[`${field}|${current[field]}`] ??= [0, 0])[0] -= 1;
      if (machine === null) continue;
      const counts = (this.facts.labels[`${field}|${machine}`] ??= [0, 0]);
      counts[0] += 1;
      if (correction[field] !== machine) counts[1] += 1;
    }
  }

  publicContact(row: {
    source: string;
    rating: number | null;
    reply_minutes: number | null;
    moved: boolean;
    solved: boolean;
  }) {
    const facts = (this.facts.publics[row.source] ??= {
      contacts: 0,
      rated: 0,
      ratingSum: 0,
      answered: 0,
      reply: { n: 0, v: [] },
      moved: 0,
      solved: 0,
    });
    facts.contacts += 1;
    if (row.rating !== null) {
      facts.rated += 1;
      facts.ratingSum += Number(row.rating);
    }
    if (row.reply_minutes !== null) {
      facts.answered += 1;
      this.values(facts.reply).push(Number(row.reply_minutes));
    }
    if (row.moved) facts.moved += 1;
    if (row.solved) facts.solved += 1;
  }

  csat(row: {
    topic: string | null;
    score: number;
    agent: string | null;
    team: string | null;
    compensated: boolean | null;
    n: number;
  }) {
    const { csat } = this.facts;
    add(csat.answers, `${row.topic ?? ''}|${row.score}`, row.n);
    if (row.compensated !== null) add(csat.complaints, `${row.compensated}|${row.score}`, row.n);
    const sum = (target: Record<string, [number, number]>, key: string | null) => {
      if (!key) return;
      const pair = (target[key] ??= [0, 0]);
      pair[0] += row.n;
      pair[1] += row.n * row.score;
    };
    sum(csat.agents, row.agent);
    sum(csat.teams, row.team);
  }

  done(): DayFacts {
    for (const [durations, values] of this.durations) Object.assign(durations, durationsOf(values));
    return this.facts;
  }
}
