// Hotels, agents and API tokens: who is calling, and which hotel's data they may touch.
import { randomUUID } from 'node:crypto';
import { DEFAULT_ROUTING_CONFIG, RoutingConfig } from '../../shared/routing.ts';
import { DEFAULT_SLA_POLICY, SlaPolicy, type SlaPolicyInput } from '../../shared/sla-policy.ts';
import type { Role } from '../../shared/taxonomy.ts';
import type { Queryable } from '../db/database.ts';
import { hashToken } from '../services/api-tokens.ts';

export interface Hotel {
  id: string;
  name: string;
  timeZone: string;
  /** ISO 3166-1 alpha-2: national phone numbers are read in it. */
  country: string;
}

export interface Agent {
  id: string;
  hotelId: string;
  name: string;
  role: Role;
}

/** The caller of an authenticated request. */
export interface AuthContext {
  agent: Agent;
  hotel: Hotel;
}

interface HotelRow {
  id: string;
  name: string;
  time_zone: string;
  country: string;
}

interface AgentRow {
  id: string;
  hotel_id: string;
  name: string;
  role: Role;
}

const toHotel = (row: HotelRow): Hotel => ({
  id: row.id,
  name: row.name,
  timeZone: row.time_zone,
  country: row.country,
});
const toAgent = (row: AgentRow): Agent => ({
  id: row.id,
  hotelId: row.hotel_id,
  name: row.name,
  role: row.role,
});

export async function createHotel(
  db: Queryable,
  input: { name: string; timeZone?: string; country?: string; isDemo?: boolean },
): Promise<Hotel> {
  const [row] = await db.query<HotelRow>(
    `insert into hotels (id, name, time_zone, is_demo, country) values ($1, $2, $3, $4, $5)
     returning id, name, time_zone, country`,
    [
      randomUUID(),
      input.name,
      input.timeZone ?? 'Europe/Istanbul',
      input.isDemo ?? false,
      input.country ?? 'TR',
    ],
  );
  return toHotel(row!);
}

export async function findHotel(db: Queryable, hotelId: string): Promise<Hotel | undefined> {
  const [row] = await db.query<HotelRow>('select id, name, time_zone, country from hotels where id = $1', [
    hotelId,
  ]);
  return row && toHotel(row);
}

export async function findDemoHotel(db: Queryable): Promise<Hotel | undefined> {
  const [row] = await db.query<HotelRow>('select id, name, time_zone, country from hotels where is_demo');
  return row && toHotel(row);
}

/** The hotel's SLA policy, or the default one with the hotel's time zone. */
export async function hotelSlaPolicy(db: Queryable, hotelId: string): Promise<SlaPolicy> {
  const [row] = await db.query<{ sla_policy: unknown; time_zone: string }>(
    'select sla_policy, time_zone from hotels where id = $1',
    [hotelId],
  );
  if (!row) throw new Error(`hotel ${hotelId} does not exist`);
  if (row.sla_policy === null) return { ...DEFAULT_SLA_POLICY, timeZone: row.time_zone };
  return SlaPolicy.parse(row.sla_policy);
}

export async function setHotelSlaPolicy(
  db: Queryable,
  hotelId: string,
  policy: SlaPolicyInput,
): Promise<void> {
  await db.query('update hotels set sla_policy = $2 where id = $1', [
    hotelId,
    JSON.stringify(SlaPolicy.parse(policy)),
  ]);
}

/** The hotel's routing rules and escalation tiers, or the defaults. */
export async function hotelRoutingConfig(db: Queryable, hotelId: string): Promise<RoutingConfig> {
  const [row] = await db.query<{ routing_config: unknown }>(
    'select routing_config from hotels where id = $1',
    [hotelId],
  );
  if (!row) throw new Error(`hotel ${hotelId} does not exist`);
  return row.routing_config === null ? DEFAULT_ROUTING_CONFIG : RoutingConfig.parse(row.routing_config);
}

export async function setHotelRoutingConfig(
  db: Queryable,
  hotelId: string,
  config: RoutingConfig,
): Promise<void> {
  await db.query('update hotels set routing_config = $2 where id = $1', [
    hotelId,
    JSON.stringify(RoutingConfig.parse(config)),
  ]);
}

export async function createAgent(
  db: Queryable,
  input: { hotelId: string; name: string; role?: Role },
): Promise<Agent> {
  const [row] = await db.query<AgentRow>(
    `insert into agents (id, hotel_id, name, role) values ($1, $2, $3, $4)
     returning id, hotel_id, name, role`,
    [randomUUID(), input.hotelId, input.name, input.role ?? 'frontline'],
  );
  return toAgent(row!);
}

export async function findAgent(db: Queryable, agentId: string): Promise<Agent | undefined> {
  const [row] = await db.query<AgentRow>('select id, hotel_id, name, role from agents where id = $1', [
    agentId,
  ]);
  return row && toAgent(row);
}

export async function findAgentByName(
  db: Queryable,
  hotelId: string,
  name: string,
): Promise<Agent | undefined> {
  const [row] = await db.query<AgentRow>(
    'select id, hotel_id, name, role from agents where hotel_id = $1 and name = $2 order by created_at limit 1',
    [hotelId, name],
  );
  return row && toAgent(row);
}

/** Stores the token's hash for the agent; storing the same token again is a no-op. */
export async function saveToken(
  db: Queryable,
  agentId: string,
  token: string,
  label?: string,
): Promise<void> {
  await db.query(
    `insert into api_tokens (token_hash, agent_id, label) values ($1, $2, $3)
     on conflict (token_hash) do nothing`,
    [hashToken(token), agentId, label ?? null],
  );
}

export async function findCallerByToken(db: Queryable, token: string): Promise<AuthContext | undefined> {
  const [row] = await db.query<AgentRow & { hotel_name: string; time_zone: string; country: string }>(
    `select a.id, a.hotel_id, a.name, a.role, h.name as hotel_name, h.time_zone, h.country
       from api_tokens t
       join agents a on a.id = t.agent_id
       join hotels h on h.id = a.hotel_id
      where t.token_hash = $1`,
    [hashToken(token)],
  );
  if (!row) return undefined;
  return {
    agent: toAgent(row),
    hotel: { id: row.hotel_id, name: row.hotel_name, timeZone: row.time_zone, country: row.country },
  };
}
