// The coordinators' reports over time (issue 9), GET /v1/reports/*, for coordinators and
// supervisors. Days, weeks (Monday to Sunday) and months are the hotel's calendar in its time
// zone. Ticket figures count the tickets opened in the period (their first guest message), CSAT
// the answers given in it, closes the tickets closed in it. Every report is a few flat tables (an
// array of rows of plain values) so each table also downloads as CSV: send `Accept: text/csv`
// and `table=<name>` (the first table when absent). Every figure drills down to its tickets
// through GET /v1/reports/tickets (report-drill-down-contract.ts).
import { z } from 'zod';
import { PublicSource } from './message.ts';
import { TeamKey } from './routing.ts';
import { storableDate } from './storable-values.ts';
import { Channel, Topic } from './taxonomy.ts';

export const count = z.number().int().nonnegative();
export const minutes = z.number().nonnegative().nullable();
export const rate = z.number().min(0).max(1).nullable();
export const average = z.number().nullable();
export const day = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });

/** YYYY-MM, a month of the hotel's calendar. */
export const ReportMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is written YYYY-MM')
  .refine((month) => Number(month.slice(0, 4)) >= 1900, 'a month after 1900');

/** `from` and `to` are days, both included; a weekly report widens them to whole weeks. */
export const ReportPeriodQuery = z.object({ from: storableDate, to: storableDate });

const withTable = <T extends z.ZodEnum>(tables: T) => ReportPeriodQuery.extend({ table: tables.optional() });

const periodOf = { timeZone: z.string(), from: day, to: day };

// GET /v1/reports/summary (shared/api-contract.ts ReportSummary) as CSV: its tables.
export const SummaryTable = z.enum(['channels', 'topics', 'rootCauses']);
export const SummaryQuery = withTable(SummaryTable);

// GET /v1/reports/weekly: the weeks touching from..to (at most 53).
export const WeeklyTable = z.enum(['topTopics', 'channels', 'resolution', 'rates']);
export const WeeklyQuery = withTable(WeeklyTable);
export const WeeklyReport = z.object({
  ...periodOf,
  /** Each week's Monday. */
  weeks: z.array(day),
  /** The five topics with the most tickets each week, most first. */
  topTopics: z.array(z.object({ week: day, rank: count, topic: Topic, tickets: count })),
  channels: z.array(
    z.object({
      week: day,
      channel: Channel,
      tickets: count,
      answered: count,
      firstResponseMedianMinutes: minutes,
      firstResponseP90Minutes: minutes,
      /** First responses within the target, and after it (or none yet, past it). */
      slaMet: count,
      slaMissed: count,
      slaMetRate: rate,
    }),
  ),
  resolution: z.array(
    z.object({
      week: day,
      topic: Topic,
      tickets: count,
      resolved: count,
      resolutionMedianMinutes: minutes,
      resolutionP90Minutes: minutes,
    }),
  ),
  rates: z.array(
    z.object({
      week: day,
      tickets: count,
      /** Tickets resolved or closed at least once; the reopen rate's base. */
      everResolved: count,
      reopened: count,
      reopenRate: rate,
      escalated: count,
      escalationRate: rate,
      /** CSAT answers given that week. */
      csatResponses: count,
      csatAverage: average,
    }),
  ),
});
export type WeeklyReport = z.infer<typeof WeeklyReport>;

/**
 * Per agent: first responses they sent (time, SLA), the tickets they owned when closed, CSAT
 * and QA of their tickets. Per team (the ticket's team): the same over the team's tickets, an
 * unanswered ticket past its target counting as missed.
 */
const PeopleFigures = {
  firstResponses: count,
  firstResponseMedianMinutes: minutes,
  firstResponseP90Minutes: minutes,
  slaMet: count,
  slaMissed: count,
  slaMetRate: rate,
  closed: count,
  csatResponses: count,
  csatAverage: average,
  qaScored: count,
  /** Out of six points. */
  qaAveragePoints: average,
};

// GET /v1/reports/agents
export const AgentsTable = z.enum(['agents', 'teams']);
export const AgentsQuery = withTable(AgentsTable);
export const AgentsReport = z.object({
  ...periodOf,
  agents: z.array(z.object({ agentId: z.uuid(), agentName: z.string(), ...PeopleFigures })),
  teams: z.array(z.object({ team: TeamKey, teamName: z.string(), tickets: count, ...PeopleFigures })),
});
export type AgentsReport = z.infer<typeof AgentsReport>;

// GET /v1/reports/csat: answers to the closing question given in the period. A complaint's
// answer is the outcome of its service recovery: 4 or 5 is recovered.
export const CsatTable = z.enum(['overall', 'scores', 'topics', 'complaints']);
export const CsatQuery = withTable(CsatTable);
export const ComplaintGroup = z.enum(['all', 'compensated', 'not_compensated']);
export type ComplaintGroup = z.infer<typeof ComplaintGroup>;
export const CsatReport = z.object({
  ...periodOf,
  overall: z.array(z.object({ responses: count, average, satisfied: count, satisfiedRate: rate })),
  scores: z.array(z.object({ score: z.number().int().min(1).max(5), responses: count })),
  topics: z.array(z.object({ topic: Topic, responses: count, average, satisfiedRate: rate })),
  complaints: z.array(
    z.object({ group: ComplaintGroup, responses: count, average, recovered: count, recoveryRate: rate }),
  ),
});
export type CsatReport = z.infer<typeof CsatReport>;

// GET /v1/reports/corrections (issue 10): per field and per label the classifier gave, how many
// tickets opened in the period an agent corrected to another label.
export const CorrectedField = z.enum(['topic', 'stage', 'priority']);
export type CorrectedField = z.infer<typeof CorrectedField>;
export const CorrectionsTable = z.enum(['fields', 'labels']);
export const CorrectionsQuery = withTable(CorrectionsTable);
export const CorrectionsReport = z.object({
  ...periodOf,
  fields: z.array(z.object({ field: CorrectedField, classified: count, corrected: count, rate })),
  labels: z.array(
    z.object({ field: CorrectedField, label: z.string(), classified: count, corrected: count, rate }),
  ),
});
export type CorrectionsReport = z.infer<typeof CorrectionsReport>;

// GET /v1/reports/public (issue 11): public contacts (comments, reviews) opened in the period per
// source, and per source and week. A public response is the hotel's public reply; a contact
// moved to a private channel when a private guest message joined its ticket, and was solved
// there when the ticket was then resolved or closed.
const PublicFigures = {
  source: PublicSource.nullable(),
  contacts: count,
  rated: count,
  /** Ratings brought to a 1-5 scale (a Booking.com 8/10 is 4). */
  averageRating: average,
  answered: count,
  responseRate: rate,
  responseMedianMinutes: minutes,
  movedPrivate: count,
  solvedPrivate: count,
};
export const PublicTable = z.enum(['sources', 'weekly']);
export const PublicQuery = withTable(PublicTable);
export const PublicReport = z.object({
  ...periodOf,
  weeks: z.array(day),
  sources: z.array(z.object(PublicFigures)),
  weekly: z.array(z.object({ week: day, ...PublicFigures })),
});
export type PublicReport = z.infer<typeof PublicReport>;

// GET /v1/reports/before-after?sprintFrom=YYYY-MM-DD[&beforeFrom=..&beforeTo=..]: a 14-day
// improvement sprint against a period before it (the 14 days just before, unless given).
export const SPRINT_DAYS = 14;
export const BeforeAfterQuery = z.object({
  sprintFrom: storableDate,
  beforeFrom: storableDate.optional(),
  beforeTo: storableDate.optional(),
  table: z.enum(['kpis']).optional(),
});
export const Kpi = z.enum([
  'tickets',
  'firstResponseMedianMinutes',
  'firstResponseP90Minutes',
  'slaMetRate',
  'resolutionMedianMinutes',
  'resolutionRate',
  'reopenRate',
  'escalationRate',
  'csatAverage',
  'complaintCsatAverage',
  'qaAveragePoints',
  'correctionRate',
  'publicResponseRate',
]);
export type Kpi = z.infer<typeof Kpi>;
export const BeforeAfterReport = z.object({
  timeZone: z.string(),
  before: z.object({ from: day, to: day }),
  sprint: z.object({ from: day, to: day }),
  kpis: z.array(
    z.object({
      kpi: Kpi,
      /** Which way is better: fewer minutes and reopens, more CSAT. Tickets are neither. */
      better: z.enum(['higher', 'lower', 'neither']),
      before: z.number().nullable(),
      sprint: z.number().nullable(),
      /** sprint − before, and that over before (null without both, or before 0). */
      change: z.number().nullable(),
      relativeChange: z.number().nullable(),
      improved: z.boolean().nullable(),
    }),
  ),
});
export type BeforeAfterReport = z.infer<typeof BeforeAfterReport>;
