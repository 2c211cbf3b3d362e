// The tickets behind a figure: each figure of every report is a period, a time column and a
// condition, and the filters its row adds (a channel, a topic, an agent...). Written with the
// same SQL conditions the reports count with (report-period.ts, report-public.ts), so a figure
// and its list cannot disagree. Newest first, at most DRILL_DOWN_LIMIT, with the total.
import {
  DRILL_DOWN_LIMIT,
  type DrillDownQuery,
  type DrillFigure,
  type DrillTicket,
} from '../../shared/report-loop-contract.ts';
import type { Queryable } from '../db/database.ts';
import { MOVED_PRIVATE, publicFacts, SOLVED_PRIVATE } from './report-public.ts';
import { SLA_MET, slaMissed, TICKET_AGENT, type ReportRange } from './report-period.ts';

type Filters = Omit<DrillDownQuery, 'figure' | 'from' | 'to' | 'table'> & {
  /** Root causes of a department (resolved from the hotel's list by the caller). */
  rootCauses?: string[];
};

interface FigureRule {
  /** The column the period applies to. */
  time: 'first_inbound_at' | 'closed_at' | 'csat_answered_at' | 'qa.closed_at';
  /** The ticket's agent for an agent filter. */
  agent: string;
  /** A condition on the ticket `t` ($1 to $3: the hotel, the period's start and end), or one on now. */
  where: string | ((now: string) => string);
}

const opened = (where: FigureRule['where'], agent = TICKET_AGENT): FigureRule => ({
  time: 'first_inbound_at',
  agent,
  where,
});
// publicFacts() reads its hotel and period from $1 to $3, as every drill-down does.
const inPublic = (condition: string) => `t.id in (select id from (${publicFacts()}) f where ${condition})`;

const RULES: Record<DrillFigure, FigureRule> = {
  opened: opened('true'),
  answered: opened('first_response_at is not null', 'first_response_agent_id'),
  sla_met: opened(SLA_MET, 'first_response_agent_id'),
  sla_missed: opened(slaMissed, 'first_response_agent_id'),
  resolved: opened('resolved_at is not null'),
  reopened: opened('reopen_count > 0'),
  escalated: opened('jsonb_array_length(escalation) > 0'),
  closed: { time: 'closed_at', agent: TICKET_AGENT, where: "status = 'closed'" },
  csat: { time: 'csat_answered_at', agent: TICKET_AGENT, where: 'csat_score is not null' },
  root_cause: opened('root_cause is not null'),
  corrected: opened('label_correction is not null'),
  qa_scored: { time: 'qa.closed_at', agent: 'qa.agent_id', where: 'true' },
  public: opened(inPublic('true')),
  public_answered: opened(inPublic('reply_at is not null')),
  moved_private: opened(inPublic(MOVED_PRIVATE)),
  solved_private: opened(inPublic(SOLVED_PRIVATE)),
};

export async function drillDown(
  db: Queryable,
  hotelId: string,
  figure: DrillFigure,
  filters: Filters,
  range: ReportRange,
): Promise<{ total: number; tickets: DrillTicket[] }> {
  const params: unknown[] = [hotelId, range.start, range.end];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const rule = RULES[figure];
  const time = rule.time === 'qa.closed_at' ? 'qa.closed_at' : `t.${rule.time}`;
  const where = typeof rule.where === 'string' ? rule.where : rule.where(p(range.now));
  const conditions = ['t.hotel_id = $1', `${time} >= $2`, `${time} < $3`, where];
  if (filters.channel) conditions.push(`t.channel = ${p(filters.channel)}`);
  if (filters.topic) conditions.push(`t.topic = ${p(filters.topic)}`);
  if (filters.team) conditions.push(`t.team = ${p(filters.team)}`);
  if (filters.agentId) conditions.push(`${rule.agent} = ${p(filters.agentId)}::uuid`);
  if (filters.rootCause) conditions.push(`t.root_cause = ${p(filters.rootCause)}`);
  if (filters.rootCauses) conditions.push(`t.root_cause = any(${p(filters.rootCauses)}::text[])`);
  if (filters.source) conditions.push(`t.public_source = ${p(filters.source)}`);
  if (filters.score) conditions.push(`t.csat_score = ${p(filters.score)}`);
  if (filters.complaints) {
    conditions.push(`t.topic = 'complaint'`);
    const approved = `coalesce(t.compensation ->> 'status' = 'approved', false)`;
    if (filters.complaints !== 'all') {
      conditions.push(filters.complaints === 'compensated' ? approved : `not ${approved}`);
    }
  }
  if (filters.field) {
    const field = p(filters.field);
    conditions.push(`t.label_correction ? ${field}`);
    conditions.push(`t.label_correction ->> ${field} is distinct from t.classified_labels ->> ${field}`);
    if (filters.label) conditions.push(`t.classified_labels ->> ${field} = ${p(filters.label)}`);
  }
  // Counted apart from the list: the count reads the index alone, the list only its first rows.
  const from = `tickets t ${rule.time === 'qa.closed_at' ? 'join qa_scores qa on qa.ticket_id = t.id' : ''}
     where ${conditions.map((c) => `(${c})`).join(' and ')}`;
  const [counted] = await db.query<{ total: number }>(`select count(*)::int as total from ${from}`, params);
  const rows = await db.query<{
    record_number: string;
    channel: DrillTicket['channel'];
    topic: DrillTicket['topic'];
    status: DrillTicket['status'];
    team: string | null;
    owner_name: string | null;
    guest_name: string | null;
    first_inbound_at: string;
    conversation_url: string | null;
  }>(
    `select t.record_number, t.channel, t.topic, t.status, t.team,
            (select name from agents where id = t.owner_agent_id) as owner_name,
            t.guest_name, t.first_inbound_at, t.conversation_url
       from ${from}
      order by ${time} desc, t.record_seq desc
      limit ${DRILL_DOWN_LIMIT}`,
    params,
  );
  return {
    total: counted!.total,
    tickets: rows.map((row) => ({
      recordNumber: row.record_number,
      channel: row.channel,
      topic: row.topic,
      status: row.status,
      team: row.team,
      ownerName: row.owner_name,
      guestName: row.guest_name,
      firstInboundAt: row.first_inbound_at,
      conversationUrl: row.conversation_url,
    })),
  };
}
