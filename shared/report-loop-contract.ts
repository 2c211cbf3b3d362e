// The reports that close the coordinator's loop (issue 9), for coordinators and supervisors:
// every figure's tickets (drill-down), the monthly root-cause report with the actions recorded
// against its top problems, and quality assurance (a weekly seeded sample of closed
// conversations per agent, each scored once on a six-point checklist). Tables download as CSV
// like the other reports (report-contract.ts).
import { z } from 'zod';
import { MAX_NAME_CHARS } from './limits.ts';
import { PublicSource } from './message.ts';
import { TeamKey } from './routing.ts';
import {
  average,
  CorrectedField,
  count,
  day,
  isoDateTime,
  rate,
  ReportMonth,
  ReportPeriodQuery,
} from './report-contract.ts';
import { storableDate } from './storable-values.ts';
import { Channel, Topic } from './taxonomy.ts';
import { RecordNumber, TicketStatus } from './ticket.ts';
import { RootCauseId } from './ticket-workflow.ts';

// GET /v1/reports/tickets?figure=...&from&to[&filters]: the tickets behind one figure, newest
// first, at most DRILL_DOWN_LIMIT (total says how many there are).
export const DRILL_DOWN_LIMIT = 500;
export const DrillFigure = z.enum([
  /** Tickets opened in the period. */
  'opened',
  /** ...answered (agentId: the agent who sent the first response). */
  'answered',
  'sla_met',
  'sla_missed',
  /** ...resolved or closed; reopened at least once; carrying an escalation reason. */
  'resolved',
  'reopened',
  'escalated',
  /** Closed in the period (agentId: the owner, else the first responder). */
  'closed',
  /** CSAT answered in the period (score, topic, complaints: topic=complaint). */
  'csat',
  /** Opened in the period with a root cause (rootCause, department via team). */
  'root_cause',
  /** Opened in the period, a label corrected (field, label: the classifier's). */
  'corrected',
  /** Scored in QA, closed in the period (agentId). */
  'qa_scored',
  /** Public contacts opened in the period (source), answered in public, moved and solved in private. */
  'public',
  'public_answered',
  'moved_private',
  'solved_private',
]);
export type DrillFigure = z.infer<typeof DrillFigure>;

export const DrillDownQuery = ReportPeriodQuery.extend({
  figure: DrillFigure,
  channel: Channel.optional(),
  topic: Topic.optional(),
  team: TeamKey.optional(),
  agentId: z.uuid().optional(),
  rootCause: RootCauseId.optional(),
  /** The root causes of a department (figure root_cause). */
  department: TeamKey.optional(),
  field: CorrectedField.optional(),
  label: z.string().max(40).optional(),
  source: PublicSource.optional(),
  score: z.coerce.number().int().min(1).max(5).optional(),
  /** Only complaints (topic complaint or a complaint record); with compensation approved or not. */
  complaints: z.enum(['all', 'compensated', 'not_compensated']).optional(),
  table: z.enum(['tickets']).optional(),
});
export type DrillDownQuery = z.infer<typeof DrillDownQuery>;

export const DrillTicket = z.object({
  recordNumber: RecordNumber,
  channel: Channel,
  topic: Topic.nullable(),
  status: TicketStatus,
  team: TeamKey.nullable(),
  ownerName: z.string().nullable(),
  guestName: z.string().nullable(),
  firstInboundAt: isoDateTime,
  conversationUrl: z.string().nullable(),
});
export type DrillTicket = z.infer<typeof DrillTicket>;

export const DrillDownResponse = z.object({
  figure: DrillFigure,
  timeZone: z.string(),
  from: day,
  to: day,
  total: count,
  tickets: z.array(DrillTicket),
});
export type DrillDownResponse = z.infer<typeof DrillDownResponse>;

// Root-cause actions: what the hotel does about a problem (topic × root cause), who owns it and
// by when. POST /v1/reports/root-causes/actions → 201 RootCauseAction; PATCH .../actions/:id →
// RootCauseAction; GET .../actions/:id/history → ActionHistoryResponse (every change, who, when).
const actionText = z.string().trim().min(1).max(2_000);
export const ActionStatus = z.enum(['open', 'done', 'dropped']);
export const RootCauseActionRequest = z
  .object({
    topic: Topic.nullable(),
    rootCause: RootCauseId,
    month: ReportMonth,
    action: actionText,
    owner: z.string().trim().min(1).max(MAX_NAME_CHARS),
    dueDate: storableDate,
    status: ActionStatus.default('open'),
  })
  .strict();
export type RootCauseActionRequest = z.input<typeof RootCauseActionRequest>;
export const RootCauseActionUpdate = RootCauseActionRequest.pick({
  action: true,
  owner: true,
  dueDate: true,
  status: true,
})
  .partial()
  .strict()
  .refine((update) => Object.keys(update).length > 0, 'send at least one of action, owner, dueDate, status');
export type RootCauseActionUpdate = z.infer<typeof RootCauseActionUpdate>;

export const RootCauseAction = z.object({
  id: z.uuid(),
  topic: Topic.nullable(),
  rootCause: RootCauseId,
  month: ReportMonth,
  action: z.string(),
  owner: z.string(),
  dueDate: day,
  status: ActionStatus,
  createdAt: isoDateTime,
  createdBy: z.string(),
  updatedAt: isoDateTime,
  updatedBy: z.string(),
});
export type RootCauseAction = z.infer<typeof RootCauseAction>;

export const ActionHistoryResponse = z.object({
  entries: z.array(
    z.object({
      at: isoDateTime,
      agentName: z.string(),
      before: RootCauseAction.partial().nullable(),
      after: RootCauseAction.partial(),
    }),
  ),
});
export type ActionHistoryResponse = z.infer<typeof ActionHistoryResponse>;

// GET /v1/reports/root-causes?from=YYYY-MM&to=YYYY-MM (at most 24 months): tickets opened in each
// month with a root cause, by department and by cause; the five most frequent problems of the
// last month with the actions recorded against them; each action's problem count in its month
// (the baseline) and every month after it, and whether it fell.
export const RootCauseTable = z.enum(['departments', 'causes', 'problems', 'actions', 'actionTrend']);
export const RootCauseQuery = z.object({
  from: ReportMonth,
  to: ReportMonth,
  table: RootCauseTable.optional(),
});
const causeFacts = { rootCause: RootCauseId, department: TeamKey.nullable(), cause: z.string().nullable() };
export const RootCauseReport = z.object({
  timeZone: z.string(),
  from: ReportMonth,
  to: ReportMonth,
  months: z.array(ReportMonth),
  departments: z.array(z.object({ month: ReportMonth, department: TeamKey.nullable(), tickets: count })),
  causes: z.array(z.object({ month: ReportMonth, ...causeFacts, tickets: count })),
  problems: z.array(
    z.object({
      rank: count,
      topic: Topic.nullable(),
      ...causeFacts,
      tickets: count,
      previousMonthTickets: count,
      actions: count,
    }),
  ),
  actions: z.array(
    RootCauseAction.extend({
      baseline: count,
      /** The problem's tickets in the latest month after the action's (null: none yet). */
      latest: count.nullable(),
      fell: z.boolean().nullable(),
    }),
  ),
  actionTrend: z.array(z.object({ actionId: z.uuid(), month: ReportMonth, tickets: count })),
});
export type RootCauseReport = z.infer<typeof RootCauseReport>;

// Quality assurance. GET /v1/reports/qa/sample?week=YYYY-MM-DD (any day of the week): per agent,
// up to the hotel's sample size of the conversations closed that week, the same ones every time
// the week is asked. POST /v1/reports/qa/scores → 201 QaScore (409 qa_already_scored: a ticket
// is scored once). GET /v1/reports/qa?from&to: scores of tickets closed in the period, per
// agent, per agent and week, and each score. GET/PUT /v1/reports/qa/settings: the sample size.
export const QaChecks = z
  .object({
    clear: z.boolean(),
    empathetic: z.boolean(),
    fixConfirmed: z.boolean(),
    rightTeam: z.boolean(),
    closingMessage: z.boolean(),
    templateFit: z.boolean(),
  })
  .strict();
export type QaChecks = z.infer<typeof QaChecks>;
export const QA_CHECKS = QaChecks.keyof().options;

export const QaScoreRequest = z
  .object({ recordNumber: RecordNumber, checks: QaChecks, note: z.string().trim().max(2_000).default('') })
  .strict();
export type QaScoreRequest = z.input<typeof QaScoreRequest>;

export const QaScore = z.object({
  recordNumber: RecordNumber,
  agentId: z.uuid().nullable(),
  agentName: z.string().nullable(),
  week: day,
  points: z.number().int().min(0).max(6),
  checks: QaChecks,
  note: z.string(),
  scoredBy: z.string(),
  scoredAt: isoDateTime,
});
export type QaScore = z.infer<typeof QaScore>;

export const QaSampleQuery = z.object({ week: storableDate, table: z.enum(['sample']).optional() });
export const QaSample = z.object({
  timeZone: z.string(),
  week: day,
  weekEnd: day,
  samplePerAgent: count,
  agents: z.array(
    z.object({
      agentId: z.uuid(),
      agentName: z.string(),
      /** Conversations the agent closed that week (the sample is drawn from these). */
      closed: count,
      tickets: z.array(
        z.object({
          recordNumber: RecordNumber,
          channel: Channel,
          topic: Topic.nullable(),
          closedAt: isoDateTime,
          guestName: z.string().nullable(),
          conversationUrl: z.string().nullable(),
          score: QaScore.nullable(),
        }),
      ),
    }),
  ),
});
export type QaSample = z.infer<typeof QaSample>;

/** The sample as one flat table (its CSV): one row per sampled conversation. */
export const QaSampleTable = z.object({
  sample: z.array(
    z.object({
      agentName: z.string(),
      recordNumber: RecordNumber,
      channel: Channel,
      topic: Topic.nullable(),
      closedAt: isoDateTime,
      guestName: z.string().nullable(),
      conversationUrl: z.string().nullable(),
      points: z.number().int().nullable(),
      note: z.string().nullable(),
    }),
  ),
});

export const QA_SCORES_LIMIT = 500;

export const QaTable = z.enum(['agents', 'weekly', 'scores']);
export const QaQuery = ReportPeriodQuery.extend({ table: QaTable.optional() });
const checkRates = Object.fromEntries(QA_CHECKS.map((check) => [check, rate])) as Record<
  (typeof QA_CHECKS)[number],
  typeof rate
>;
export const QaReport = z.object({
  timeZone: z.string(),
  from: day,
  to: day,
  weeks: z.array(day),
  agents: z.array(
    z.object({
      agentId: z.uuid(),
      agentName: z.string(),
      scored: count,
      averagePoints: average,
      ...checkRates,
    }),
  ),
  weekly: z.array(
    z.object({ week: day, agentId: z.uuid(), agentName: z.string(), scored: count, averagePoints: average }),
  ),
  /** The newest scores (at most QA_SCORES_LIMIT; every one in the CSV), and how many there are. */
  scores: z.array(QaScore),
  scoresTotal: count,
});
export type QaReport = z.infer<typeof QaReport>;

export const QaSettings = z.object({ samplePerAgent: z.number().int().min(1).max(20) }).strict();
export type QaSettings = z.infer<typeof QaSettings>;
