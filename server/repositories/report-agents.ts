// Per agent and per team: first response and SLA (an agent's: the first responses they sent; a
// team's: its tickets, an unanswered one past its target missed), tickets closed, CSAT and QA of
// the tickets they owned (owner, else first responder) or the team held. Each figure is one
// indexed pass grouped both ways at once.
import type { AgentsReport } from '../../shared/report-contract.ts';
import type { Queryable } from '../db/database.ts';
import { listTeams } from './team-repository.ts';
import {
  minutesBetween,
  roundAverage,
  roundMinutes,
  share,
  SLA_MET,
  slaMissed,
  TICKET_AGENT,
  type ReportRange,
} from './report-period.ts';

const BY_AGENT_AND_TEAM = (agent: string) =>
  `group by grouping sets ((${agent}), (team))`;

const FIRST_RESPONSES = `
  select first_response_agent_id as agent_id, team, grouping(team) as by_agent, count(*)::int as tickets,
         count(first_response_at)::int as answered,
         percentile_cont(0.5) within group (order by ${minutesBetween('first_response_at', 'first_inbound_at')}) as median,
         percentile_cont(0.9) within group (order by ${minutesBetween('first_response_at', 'first_inbound_at')}) as p90,
         count(*) filter (where ${SLA_MET})::int as met,
         count(*) filter (where ${slaMissed('$4')})::int as missed
    from tickets
   where hotel_id = $1 and first_inbound_at >= $2 and first_inbound_at < $3
   ${BY_AGENT_AND_TEAM('first_response_agent_id')}`;

const CLOSED = `
  select ${TICKET_AGENT} as agent_id, team, grouping(team) as by_agent, count(*)::int as closed
    from tickets
   where hotel_id = $1 and closed_at >= $2 and closed_at < $3 and status = 'closed'
   ${BY_AGENT_AND_TEAM(TICKET_AGENT)}`;

const CSAT = `
  select ${TICKET_AGENT} as agent_id, team, grouping(team) as by_agent, count(*)::int as responses,
         avg(csat_score)::float8 as average
    from tickets
   where hotel_id = $1 and csat_answered_at >= $2 and csat_answered_at < $3
   ${BY_AGENT_AND_TEAM(TICKET_AGENT)}`;

const QA = `
  select q.agent_id, t.team, grouping(t.team) as by_agent, count(*)::int as scored,
         avg(q.points)::float8 as average
    from qa_scores q join tickets t on t.id = q.ticket_id
   where q.hotel_id = $1 and q.closed_at >= $2 and q.closed_at < $3
   group by grouping sets ((q.agent_id), (t.team))`;

interface Grouped {
  agent_id: string | null;
  team: string | null;
  by_agent: number;
}

type Figures = Omit<AgentsReport['agents'][number], 'agentId' | 'agentName'>;

export async function agentsReport(
  db: Queryable,
  hotelId: string,
  range: ReportRange,
): Promise<Pick<AgentsReport, 'agents' | 'teams'>> {
  const params = [hotelId, range.start, range.end];
  const responses = await db.query<
    Grouped & { tickets: number; answered: number; median: number | null; p90: number | null; met: number; missed: number }
  >(FIRST_RESPONSES, [...params, range.now]);
  const closed = await db.query<Grouped & { closed: number }>(CLOSED, params);
  const csat = await db.query<Grouped & { responses: number; average: number | null }>(CSAT, params);
  const qa = await db.query<Grouped & { scored: number; average: number | null }>(QA, params);
  const agents = await db.query<{ id: string; name: string }>(
    'select id, name from agents where hotel_id = $1 order by name, id',
    [hotelId],
  );
  const teams = await listTeams(db, hotelId);

  const figuresOf = (match: (row: Grouped) => boolean): Figures & { tickets: number } => {
    const response = responses.find(match);
    const answers = csat.find(match);
    const scores = qa.find(match);
    return {
      tickets: response?.tickets ?? 0,
      firstResponses: response?.answered ?? 0,
      firstResponseMedianMinutes: roundMinutes(response?.median),
      firstResponseP90Minutes: roundMinutes(response?.p90),
      slaMet: response?.met ?? 0,
      slaMissed: response?.missed ?? 0,
      slaMetRate: share(response?.met ?? 0, (response?.met ?? 0) + (response?.missed ?? 0)),
      closed: closed.find(match)?.closed ?? 0,
      csatResponses: answers?.responses ?? 0,
      csatAverage: roundAverage(answers?.average),
      qaScored: scores?.scored ?? 0,
      qaAveragePoints: roundAverage(scores?.average),
    };
  };
  const active = (figures: Figures & { tickets: number }) =>
    figures.tickets + figures.firstResponses + figures.closed + figures.csatResponses + figures.qaScored > 0;

  return {
    agents: agents.flatMap((agent) => {
      const { tickets, ...figures } = figuresOf((row) => row.by_agent === 1 && row.agent_id === agent.id);
      return active({ tickets, ...figures }) ? [{ agentId: agent.id, agentName: agent.name, ...figures }] : [];
    }),
    teams: teams.flatMap((team) => {
      const figures = figuresOf((row) => row.by_agent === 0 && row.team === team.key);
      return active(figures) ? [{ team: team.key, teamName: team.name, ...figures }] : [];
    }),
  };
}
