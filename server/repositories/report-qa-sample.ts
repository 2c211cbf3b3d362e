// Quality assurance, the weekly sample and its scores. The sample of a week is, per agent, the
// conversations they closed that week (hotel calendar; closes with a coordinator's reason left
// out) in an order seeded by the hotel, the week and the ticket: the same sample every time the
// week is asked, another one next week, and a ticket closed late in the week does not reshuffle
// the rest. A ticket is scored once (the primary key of qa_scores): a second score is refused.
import type { QaChecks, QaSample, QaScore } from '../../shared/report-loop-contract.ts';
import { hotelDay, mondayOf } from '../../shared/report-calendar.ts';
import type { Queryable } from '../db/database.ts';
import { TICKET_AGENT, type ReportRange } from './report-period.ts';

export const QA_SCORE_COLUMNS = `
  t.record_number, q.agent_id, agent.name as agent_name, q.closed_at, q.clear, q.empathetic,
  q.fix_confirmed, q.right_team, q.closing_message, q.template_fit, q.points, q.note,
  scorer.name as scored_by, q.scored_at`;
export const QA_SCORE_JOINS = `
  join tickets t on t.id = q.ticket_id
  left join agents agent on agent.id = q.agent_id
  join agents scorer on scorer.id = q.scored_by`;

export interface QaScoreRow {
  record_number: string;
  agent_id: string | null;
  agent_name: string | null;
  closed_at: string;
  clear: boolean;
  empathetic: boolean;
  fix_confirmed: boolean;
  right_team: boolean;
  closing_message: boolean;
  template_fit: boolean;
  points: number;
  note: string;
  scored_by: string;
  scored_at: string;
}

export function toQaScore(row: QaScoreRow, timeZone: string): QaScore {
  return {
    recordNumber: row.record_number,
    agentId: row.agent_id,
    agentName: row.agent_name,
    week: mondayOf(hotelDay(timeZone, Date.parse(row.closed_at))),
    points: row.points,
    checks: {
      clear: row.clear,
      empathetic: row.empathetic,
      fixConfirmed: row.fix_confirmed,
      rightTeam: row.right_team,
      closingMessage: row.closing_message,
      templateFit: row.template_fit,
    },
    note: row.note,
    scoredBy: row.scored_by,
    scoredAt: row.scored_at,
  };
}

export async function qaSampleSize(db: Queryable, hotelId: string): Promise<number> {
  const [row] = await db.query<{ qa_sample_size: number }>(
    'select qa_sample_size from hotels where id = $1',
    [hotelId],
  );
  return row!.qa_sample_size;
}

const SAMPLE = `
  with closed as (
    select t.id, t.record_number, t.channel, t.topic, t.closed_at, t.guest_name, t.conversation_url,
           ${TICKET_AGENT} as agent_id,
           row_number() over (partition by ${TICKET_AGENT} order by md5($4 || t.id::text)) as pick,
           count(*) over (partition by ${TICKET_AGENT})::int as closed
      from tickets t
     where t.hotel_id = $1 and t.closed_at >= $2 and t.closed_at < $3 and t.status = 'closed'
       and t.close_reason is null and ${TICKET_AGENT} is not null
  )
  select c.*, a.name as agent_name
    from closed c join agents a on a.id = c.agent_id
   where c.pick <= $5
   order by a.name, c.agent_id, c.pick`;

export async function qaSample(
  db: Queryable,
  hotelId: string,
  timeZone: string,
  week: string,
  range: ReportRange,
): Promise<Pick<QaSample, 'samplePerAgent' | 'agents'>> {
  const size = await qaSampleSize(db, hotelId);
  const rows = await db.query<{
    id: string;
    record_number: string;
    channel: QaSample['agents'][number]['tickets'][number]['channel'];
    topic: QaSample['agents'][number]['tickets'][number]['topic'];
    closed_at: string;
    guest_name: string | null;
    conversation_url: string | null;
    agent_id: string;
    agent_name: string;
    closed: number;
  }>(SAMPLE, [hotelId, range.start, range.end, `${hotelId}:${week}:`, size]);
  const scores = await db.query<QaScoreRow & { ticket_id: string }>(
    `select q.ticket_id, ${QA_SCORE_COLUMNS} from qa_scores q ${QA_SCORE_JOINS}
      where q.hotel_id = $1 and q.ticket_id = any($2::uuid[])`,
    [hotelId, rows.map((row) => row.id)],
  );
  const agents = [...new Map(rows.map((row) => [row.agent_id, row])).values()];
  return {
    samplePerAgent: size,
    agents: agents.map((agent) => ({
      agentId: agent.agent_id,
      agentName: agent.agent_name,
      closed: agent.closed,
      tickets: rows
        .filter((row) => row.agent_id === agent.agent_id)
        .map((row) => {
          const score = scores.find((s) => s.ticket_id === row.id);
          return {
            recordNumber: row.record_number,
            channel: row.channel,
            topic: row.topic,
            closedAt: row.closed_at,
            guestName: row.guest_name,
            conversationUrl: row.conversation_url,
            score: score ? toQaScore(score, timeZone) : null,
          };
        }),
    })),
  };
}

export type ScoreOutcome =
  | { outcome: 'scored'; score: QaScore }
  | { outcome: 'not_found' }
  | { outcome: 'not_closed' }
  | { outcome: 'already_scored' };

/** Scores a closed ticket for the agent it counts for, once. */
export async function scoreTicket(
  db: Queryable,
  hotelId: string,
  timeZone: string,
  scorer: string,
  request: { recordNumber: string; checks: QaChecks; note: string },
  now: string,
): Promise<ScoreOutcome> {
  const [ticket] = await db.query<{
    id: string;
    status: string;
    closed_at: string | null;
    agent_id: string | null;
  }>(
    `select id, status, closed_at, ${TICKET_AGENT} as agent_id from tickets
      where hotel_id = $1 and record_number = $2`,
    [hotelId, request.recordNumber],
  );
  if (!ticket) return { outcome: 'not_found' };
  if (ticket.status !== 'closed' || ticket.closed_at === null) return { outcome: 'not_closed' };
  const { checks } = request;
  const inserted = await db.query<{ ticket_id: string }>(
    `insert into qa_scores (ticket_id, hotel_id, agent_id, closed_at, clear, empathetic, fix_confirmed,
                            right_team, closing_message, template_fit, note, scored_by, scored_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     on conflict (ticket_id) do nothing
     returning ticket_id`,
    [
      ticket.id,
      hotelId,
      ticket.agent_id,
      ticket.closed_at,
      checks.clear,
      checks.empathetic,
      checks.fixConfirmed,
      checks.rightTeam,
      checks.closingMessage,
      checks.templateFit,
      request.note,
      scorer,
      now,
    ],
  );
  if (inserted.length === 0) return { outcome: 'already_scored' };
  const [row] = await db.query<QaScoreRow>(
    `select ${QA_SCORE_COLUMNS} from qa_scores q ${QA_SCORE_JOINS} where q.ticket_id = $1`,
    [ticket.id],
  );
  return { outcome: 'scored', score: toQaScore(row!, timeZone) };
}
