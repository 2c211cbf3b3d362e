// Per agent and per team: first response and SLA (an agent's: the first responses they sent; a
// team's: its tickets, an unanswered one past its target missed), tickets closed, CSAT and QA of
// the tickets they owned (owner, else first responder) or the team held. Added up from the
// period's day facts; QA from its scores (one ticket in many is scored).
import type { AgentsReport } from '../../shared/report-contract.ts';
import type { Queryable } from '../db/database.ts';
import { addCounts, addPairs, responsesOf, type Day } from './report-day-merge.ts';
import { roundAverage, share, type ReportRange } from './report-period.ts';
import { listTeams } from './team-repository.ts';
import type { Section } from './report-days.ts';

const QA = `
  select q.agent_id, t.team, grouping(t.team) as by_agent, count(*)::int as scored,
         avg(q.points)::float8 as average
    from qa_scores q join tickets t on t.id = q.ticket_id
   where q.hotel_id = $1 and q.closed_at >= $2 and q.closed_at < $3
   group by grouping sets ((q.agent_id), (t.team))`;

type Figures = Omit<AgentsReport['agents'][number], 'agentId' | 'agentName'> & { tickets: number };

export const AGENTS_SECTIONS: Section[] = ['responders', 'teams', 'closed', 'csat'];

export async function agentsReport(
  db: Queryable,
  hotelId: string,
  days: readonly Day[],
  range: ReportRange,
): Promise<Pick<AgentsReport, 'agents' | 'teams'>> {
  const qa = await db.query<{
    agent_id: string | null;
    team: string | null;
    by_agent: number;
    scored: number;
    average: number | null;
  }>(QA, [hotelId, range.start, range.end]);
  const agents = await db.query<{ id: string; name: string }>(
    'select id, name from agents where hotel_id = $1 order by name, id',
    [hotelId],
  );
  const teams = await listTeams(db, hotelId);
  const closed = {
    agents: addCounts(days, (f) => f.closed.agents),
    teams: addCounts(days, (f) => f.closed.teams),
  };
  const csat = { agents: addPairs(days, (f) => f.csat.agents), teams: addPairs(days, (f) => f.csat.teams) };

  const figuresOf = (kind: 'agents' | 'teams', key: string): Figures => {
    const responses = responsesOf(
      days.map((day) => (kind === 'agents' ? day.facts.responders[key] : day.facts.teams[key])),
      range.now,
    );
    const [answers, points] = csat[kind][key] ?? [0, 0];
    const scores = qa.find((row) =>
      kind === 'agents' ? row.by_agent === 1 && row.agent_id === key : row.by_agent === 0 && row.team === key,
    );
    return {
      tickets: responses.tickets,
      firstResponses: responses.answered,
      firstResponseMedianMinutes: responses.medianMinutes,
      firstResponseP90Minutes: responses.p90Minutes,
      slaMet: responses.met,
      slaMissed: responses.missed,
      slaMetRate: share(responses.met, responses.met + responses.missed),
      closed: closed[kind][key] ?? 0,
      csatResponses: answers,
      csatAverage: answers === 0 ? null : roundAverage(points / answers),
      qaScored: scores?.scored ?? 0,
      qaAveragePoints: roundAverage(scores?.average),
    };
  };
  const active = (figures: Figures) =>
    figures.tickets + figures.firstResponses + figures.closed + figures.csatResponses + figures.qaScored > 0;

  return {
    agents: agents.flatMap((agent) => {
      const { tickets, ...figures } = figuresOf('agents', agent.id);
      return active({ tickets, ...figures })
        ? [{ agentId: agent.id, agentName: agent.name, ...figures }]
        : [];
    }),
    teams: teams.flatMap((team) => {
      const figures = figuresOf('teams', team.key);
      return active(figures) ? [{ team: team.key, teamName: team.name, ...figures }] : [];
    }),
  };
}
