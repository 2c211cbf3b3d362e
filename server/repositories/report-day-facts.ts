// What one day of a hotel's calendar contributes to every report, worked out from its tickets
// and messages: tickets by the day the guest first wrote (per channel, topic, team and first
// responder; rates; root causes; labels and their corrections; public contacts), closes by the
// day they closed, CSAT by the day it was answered, guest messages by the day they were sent.
// Every figure is a count, a sum or durations (report-durations.ts), so days add up to periods.
import type { Queryable } from '../db/database.ts';
import { durationsOf, type Durations } from './report-durations.ts';
import { MOVED_PRIVATE, publicFacts, SOLVED_PRIVATE } from './report-public.ts';
import { TICKET_AGENT } from './report-period.ts';

export interface Responses {
  tickets: number;
  answered: number;
  firstResponse: Durations;
  met: number;
  /** Answered after the target, or unanswered with the target already past when worked out. */
  missed: number;
  /** Targets of tickets still unanswered and not yet due when worked out: missed once passed. */
  pendingDue: string[];
}

export interface Resolutions {
  tickets: number;
  resolved: number;
  resolution: Durations;
}

export interface PublicFacts {
  contacts: number;
  rated: number;
  ratingSum: number;
  answered: number;
  reply: Durations;
  moved: number;
  solved: number;
}

export interface DayFacts {
  channels: Record<string, Responses>;
  teams: Record<string, Responses>;
  responders: Record<string, Responses>;
  topics: Record<string, Resolutions>;
  total: Responses &
    Resolutions & {
      resolvedNow: number;
      everResolved: number;
      reopened: number;
      escalated: number;
      closedWithMessage: number;
      closeReasons: Record<string, number>;
    };
  /** "topic|root cause" → [tickets, of which closed]. */
  rootCauses: Record<string, [number, number]>;
  /** "field|label the classifier gave" → [tickets classified so, of which an agent corrected]. */
  labels: Record<string, [number, number]>;
  /** Public source (or "") → its contacts. */
  publics: Record<string, PublicFacts>;
  closed: { agents: Record<string, number>; teams: Record<string, number> };
  csat: {
    /** "topic|score" → answers. */
    answers: Record<string, number>;
    /** "compensated|score" of complaints → answers. */
    complaints: Record<string, number>;
    agents: Record<string, [number, number]>;
    teams: Record<string, [number, number]>;
  };
  messages: { channels: Record<string, [number, number]>; marked: number; automatic: number };
}

const dayOf = (column: string) => `(${column} at time zone $2::text)::date::text`;
// float8, which the driver reads as a number (numeric would come as text).
const minutes = (later: string, earlier: string) =>
  `(extract(epoch from (${later} - ${earlier})) / 60)::float8`;

// Each reads an index of migration 040 for the days' range; $1 hotel, $2 zone, $3/$4 the range.
const OPENED = `
  select ${dayOf('first_inbound_at')} as day, channel, topic, stage, priority, team, status, close_reason,
         root_cause, first_response_agent_id as responder,
         (extract(epoch from first_response_due_at) * 1000)::float8 as due_ms,
         ${minutes('first_response_at', 'first_inbound_at')} as first_minutes,
         first_response_at <= first_response_due_at as met,
         ${minutes('resolved_at', 'first_inbound_at')} as resolution_minutes,
         reopen_count > 0 as reopened, jsonb_array_length(escalation) > 0 as escalated
    from tickets
   where hotel_id = $1 and first_inbound_at >= $3 and first_inbound_at < $4`;

const CORRECTED = `
  select ${dayOf('first_inbound_at')} as day, topic, stage, priority, label_correction, classified_labels
    from tickets
   where hotel_id = $1 and first_inbound_at >= $3 and first_inbound_at < $4 and label_correction is not null`;

const PUBLICS = `
  select ${dayOf('first_inbound_at')} as day, coalesce(public_source, '') as source, rating,
         ${minutes('reply_at', 'said_at')} as reply_minutes, ${MOVED_PRIVATE} as moved, ${SOLVED_PRIVATE} as solved
    from (${publicFacts('$3', '$4')}) p`;

const CLOSED = `
  select ${dayOf('closed_at')} as day, ${TICKET_AGENT} as agent, team, count(*)::int as n
    from tickets
   where hotel_id = $1 and closed_at >= $3 and closed_at < $4 and status = 'closed'
   group by 1, 2, 3`;

const CSAT = `
  select ${dayOf('csat_answered_at')} as day, topic, csat_score as score, ${TICKET_AGENT} as agent, team,
         case when topic = 'complaint' then coalesce(compensation ->> 'status' = 'approved', false) end as compensated,
         count(*)::int as n
    from tickets
   where hotel_id = $1 and csat_answered_at >= $3 and csat_answered_at < $4
   group by 1, 2, 3, 4, 5, 6`;

const MESSAGES = `
  select ${dayOf('sent_at')} as day, channel, count(*)::int as seen, count(ticket_id)::int as logged,
         count(no_reply_needed_at)::int as marked
    from messages
   where hotel_id = $1 and direction = 'inbound' and sent_at >= $3 and sent_at < $4
   group by 1, 2`;

const NO_REPLY_OWED = `
  select ${dayOf('sent_at')} as day, count(*)::int as automatic
    from messages
   where hotel_id = $1 and direction = 'inbound' and sent_at >= $3 and sent_at < $4
     and (classification ->> 'replyOwed') = 'false' and no_reply_needed_at is null
   group by 1`;

interface OpenedRow {
  day: string;
  channel: string;
  topic: string | null;
  stage: string | null;
  priority: string;
  team: string | null;
  status: string;
  close_reason: string | null;
  root_cause: string | null;
  responder: string | null;
  due_ms: number | null;
  first_minutes: number | null;
  met: boolean | null;
  resolution_minutes: number | null;
  reopened: boolean;
  escalated: boolean;
}

type Labels = Record<'topic' | 'stage' | 'priority', string | null>;

/** A day's tickets and messages as facts (the day is a range of instants: $3 to $4). */
export async function computeDayFacts(
  db: Queryable,
  hotelId: string,
  timeZone: string,
  range: { start: string; end: string },
  now: string,
): Promise<Map<string, DayFacts>> {
  const params = [hotelId, timeZone, range.start, range.end];
  const days = new Map<string, Collector>();
  const day = (name: string) => {
    let collector = days.get(name);
    if (!collector) days.set(name, (collector = new Collector(now)));
    return collector;
  };
  for (const row of await db.query<OpenedRow>(OPENED, params)) day(row.day).opened(row);
  for (const row of await db.query<
    Labels & { day: string; label_correction: Partial<Labels>; classified_labels: Partial<Labels> | null }
  >(CORRECTED, params)) {
    day(row.day).corrected(row, row.label_correction, row.classified_labels);
  }
  for (const row of await db.query<{
    day: string;
    source: string;
    rating: number | null;
    reply_minutes: number | null;
    moved: boolean;
    solved: boolean;
  }>(PUBLICS, params)) {
    day(row.day).publicContact(row);
  }
  for (const row of await db.query<{ day: string; agent: string | null; team: string | null; n: number }>(
    CLOSED,
    params,
  )) {
    const closed = day(row.day).facts.closed;
    if (row.agent) closed.agents[row.agent] = (closed.agents[row.agent] ?? 0) + row.n;
    if (row.team) closed.teams[row.team] = (closed.teams[row.team] ?? 0) + row.n;
  }
  for (const row of await db.query<{
    day: string;
    topic: string | null;
    score: number;
    agent: string | null;
    team: string | null;
    compensated: boolean | null;
    n: number;
  }>(CSAT, params)) {
    day(row.day).csat(row);
  }
  for (const row of await db.query<{
    day: string;
    channel: string;
    seen: number;
    logged: number;
    marked: number;
  }>(MESSAGES, params)) {
    const messages = day(row.day).facts.messages;
    messages.channels[row.channel] = [row.seen, row.logged];
    messages.marked += row.marked;
  }
  for (const row of await db.query<{ day: string; automatic: number }>(NO_REPLY_OWED, params)) {
    day(row.day).facts.messages.automatic += row.automatic;
  }
  return new Map([...days].map(([name, collector]) => [name, collector.done()]));
}

const emptyResponses = (): Responses => ({
  tickets: 0,
  answered: 0,
  firstResponse: { n: 0, v: [] },
  met: 0,
  missed: 0,
  pendingDue: [],
});

export function emptyDayFacts(): DayFacts {
  return {
    channels: {},
    teams: {},
    responders: {},
    topics: {},
    total: {
      ...emptyResponses(),
      resolved: 0,
      resolution: { n: 0, v: [] },
      resolvedNow: 0,
      everResolved: 0,
      reopened: 0,
      escalated: 0,
      closedWithMessage: 0,
      closeReasons: {},
    },
    rootCauses: {},
    labels: {},
    publics: {},
    closed: { agents: {}, teams: {} },
    csat: { answers: {}, complaints: {}, agents: {}, teams: {} },
    messages: { channels: {}, marked: 0, automatic: 0 },
  };
}

const add = (counts: Record<string, number>, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

/** Gathers one day's rows; durations are kept as values until done() makes them Durations. */
class Collector {
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
