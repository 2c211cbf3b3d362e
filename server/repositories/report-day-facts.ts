// What one day of a hotel's calendar contributes to every report, worked out from its tickets
// and messages: tickets by the day the guest first wrote (per channel, topic, team and first
// responder; rates; root causes; labels and their corrections; public contacts), closes by the
// day they closed, CSAT by the day it was answered, guest messages by the day they were sent.
// Every figure is a count, a sum or durations (report-durations.ts), so days add up to periods.
import type { Durations } from './report-durations.ts';

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

export interface OpenedRow {
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

export type Labels = Record<'topic' | 'stage' | 'priority', string | null>;

export const emptyResponses = (): Responses => ({
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
