// Teams and who belongs to them. The seven departments of DOMAIN.md exist in every hotel without
// a row; a hotel adds its own (or renames one) with PUT /v1/teams/:key.
import type { AgentSummary, TeamRecord, TeamUpdateRequest } from '../../shared/ticket-workflow.ts';
import { TEAMS, type Role } from '../../shared/taxonomy.ts';
import type { Queryable } from '../db/database.ts';

const BUILT_IN_NAMES: Record<(typeof TEAMS)[number], string> = {
  front_office: 'Front office',
  reservations: 'Reservations',
  housekeeping: 'Housekeeping',
  food_beverage: 'Food & beverage',
  technical_service: 'Technical service',
  accounting: 'Accounting',
  guest_relations: 'Guest relations',
};

async function teamNames(db: Queryable, hotelId: string): Promise<Map<string, string>> {
  const names = new Map<string, string>(Object.entries(BUILT_IN_NAMES));
  const rows = await db.query<{ key: string; name: string }>(
    'select key, name from teams where hotel_id = $1',
    [hotelId],
  );
  for (const row of rows) names.set(row.key, row.name);
  return names;
}

export async function isKnownTeam(db: Queryable, hotelId: string, key: string): Promise<boolean> {
  return (await teamNames(db, hotelId)).has(key);
}

export async function listTeams(db: Queryable, hotelId: string): Promise<TeamRecord[]> {
  const names = await teamNames(db, hotelId);
  const members = await db.query<{ team: string; agent_id: string; name: string; role: Role; lead: boolean }>(
    `select m.team, m.agent_id, a.name, a.role, m.lead
       from team_members m join agents a on a.id = m.agent_id
      where m.hotel_id = $1 order by m.lead desc, a.name, a.id`,
    [hotelId],
  );
  return [...names].map(([key, name]) => ({
    key,
    name,
    members: members
      .filter((m) => m.team === key)
      .map((m) => ({ agentId: m.agent_id, name: m.name, role: m.role, lead: m.lead })),
  }));
}

/** Creates or replaces a team and its members; returns the agent ids that are not the hotel's. */
export async function putTeam(
  tx: Queryable,
  hotelId: string,
  key: string,
  team: TeamUpdateRequest,
): Promise<string[]> {
  const ids = [...new Set(team.members.map((m) => m.agentId))];
  const known = await tx.query<{ id: string }>(
    'select id from agents where hotel_id = $1 and id = any($2::uuid[])',
    [hotelId, ids],
  );
  const strangers = ids.filter((id) => !known.some((row) => row.id === id));
  if (strangers.length > 0) return strangers;
  await tx.query(
    `insert into teams (hotel_id, key, name) values ($1, $2, $3)
     on conflict (hotel_id, key) do update set name = excluded.name`,
    [hotelId, key, team.name],
  );
  await tx.query('delete from team_members where hotel_id = $1 and team = $2', [hotelId, key]);
  await tx.query(
    `insert into team_members (hotel_id, team, agent_id, lead)
     select $1, $2, m.agent_id, bool_or(m.lead)
       from jsonb_to_recordset($3::jsonb) as m (agent_id uuid, lead boolean) group by m.agent_id`,
    [hotelId, key, JSON.stringify(team.members.map((m) => ({ agent_id: m.agentId, lead: m.lead })))],
  );
  return [];
}

export interface Membership {
  team: string;
  lead: boolean;
}

export async function membershipsOf(db: Queryable, hotelId: string, agentId: string): Promise<Membership[]> {
  return db.query<Membership>('select team, lead from team_members where hotel_id = $1 and agent_id = $2', [
    hotelId,
    agentId,
  ]);
}

export async function listAgents(db: Queryable, hotelId: string): Promise<AgentSummary[]> {
  const agents = await db.query<{ id: string; name: string; role: Role }>(
    'select id, name, role from agents where hotel_id = $1 order by name, id',
    [hotelId],
  );
  const members = await db.query<{ agent_id: string; team: string; lead: boolean }>(
    'select agent_id, team, lead from team_members where hotel_id = $1 order by team',
    [hotelId],
  );
  return agents.map((agent) => ({
    id: agent.id,
    name: agent.name,
    role: agent.role,
    teams: members.filter((m) => m.agent_id === agent.id).map((m) => ({ team: m.team, lead: m.lead })),
  }));
}
