// API tokens as coordinators manage them: listed by id (never by secret or hash), issued with an
// optional expiry, revoked. A revoked or expired token authenticates nobody.
import type { ApiTokenInfo } from '../../shared/api-contract.ts';
import type { Queryable } from '../db/database.ts';
import { generateToken, hashToken } from '../services/api-tokens.ts';
import type { AuthContext } from './tenant-repository.ts';

interface TokenRow {
  id: string;
  agent_id: string;
  agent_name: string;
  label: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

const toInfo = (row: TokenRow): ApiTokenInfo => ({
  id: row.id,
  agentId: row.agent_id,
  agentName: row.agent_name,
  label: row.label,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

/** The caller a token stands for, when it is neither revoked nor expired at `now`. */
export async function findCallerByLiveToken(
  db: Queryable,
  token: string,
  now: string,
): Promise<AuthContext | undefined> {
  const [row] = await db.query<{
    id: string;
    hotel_id: string;
    name: string;
    role: AuthContext['agent']['role'];
    hotel_name: string;
    time_zone: string;
    country: string;
  }>(
    `select a.id, a.hotel_id, a.name, a.role, h.name as hotel_name, h.time_zone, h.country
       from api_tokens t
       join agents a on a.id = t.agent_id
       join hotels h on h.id = a.hotel_id
      where t.token_hash = $1 and t.revoked_at is null
        and (t.expires_at is null or t.expires_at > $2::timestamptz)`,
    [hashToken(token), now],
  );
  if (!row) return undefined;
  return {
    agent: { id: row.id, hotelId: row.hotel_id, name: row.name, role: row.role },
    hotel: { id: row.hotel_id, name: row.hotel_name, timeZone: row.time_zone, country: row.country },
  };
}

export async function listHotelTokens(db: Queryable, hotelId: string): Promise<ApiTokenInfo[]> {
  const rows = await db.query<TokenRow>(
    `select t.id, t.agent_id, a.name as agent_name, t.label, t.created_at, t.expires_at, t.revoked_at
       from api_tokens t join agents a on a.id = t.agent_id
      where a.hotel_id = $1
      order by t.created_at, t.id`,
    [hotelId],
  );
  return rows.map(toInfo);
}

/** A new random token for one of the hotel's agents: the secret is returned once, only its hash kept. */
export async function issueToken(
  db: Queryable,
  hotelId: string,
  input: { agentId: string; label?: string | undefined; expiresAt?: string | undefined },
  now: string,
): Promise<{ token: string; info: ApiTokenInfo } | undefined> {
  const token = generateToken();
  const [row] = await db.query<TokenRow>(
    `with inserted as (
       insert into api_tokens (token_hash, agent_id, label, expires_at, created_at)
       select $1, a.id, $3, $4, $5 from agents a where a.id = $2 and a.hotel_id = $6
       returning *
     )
     select i.id, i.agent_id, a.name as agent_name, i.label, i.created_at, i.expires_at, i.revoked_at
       from inserted i join agents a on a.id = i.agent_id`,
    [hashToken(token), input.agentId, input.label ?? null, input.expiresAt ?? null, now, hotelId],
  );
  return row && { token, info: toInfo(row) };
}

/** Revokes one of the hotel's tokens; false when the hotel has no token with that id. */
export async function revokeToken(
  db: Queryable,
  hotelId: string,
  tokenId: string,
  now: string,
): Promise<boolean> {
  const rows = await db.query(
    `update api_tokens t set revoked_at = coalesce(t.revoked_at, $3)
       from agents a
      where t.id = $2 and a.id = t.agent_id and a.hotel_id = $1
      returning t.id`,
    [hotelId, tokenId, now],
  );
  return rows.length > 0;
}

/** Revokes an agent's live tokens that carry `label` (the demo's earlier ones, when it issues anew). */
export async function revokeLabelledTokens(
  db: Queryable,
  agentId: string,
  label: string,
  now: string,
): Promise<void> {
  await db.query(
    `update api_tokens set revoked_at = $3 where agent_id = $1 and label = $2 and revoked_at is null`,
    [agentId, label, now],
  );
}

/** The hotel a token belongs to (the CLI revokes by token id alone), or undefined. */
export async function hotelOfToken(db: Queryable, tokenId: string): Promise<string | undefined> {
  const [row] = await db.query<{ hotel_id: string }>(
    'select a.hotel_id from api_tokens t join agents a on a.id = t.agent_id where t.id = $1',
    [tokenId],
  );
  return row?.hotel_id;
}
