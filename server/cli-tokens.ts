// `konuk token create | list | revoke`: the CLI's side of token management, the same rules as
// the API's /v1/tokens (random tokens, stored hashed, listed by id, revocable, optional expiry).
import { z } from 'zod';
import type { ApiTokenInfo } from '../shared/api-contract.ts';
import type { Database } from './db/database.ts';
import {
  hotelOfToken,
  issueToken,
  listHotelTokens,
  revokeToken,
} from './repositories/api-token-repository.ts';
import { findAgent, findHotel } from './repositories/tenant-repository.ts';

export class CliError extends Error {
  override name = 'CliError';
}

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
/** Ten years: a longer-lived token is one nobody will remember to revoke. */
const MAX_EXPIRY_MS = 3_650 * UNIT_MS.d;

/** "30d", "12h", "90m", "2w" → milliseconds. */
export const ExpiresIn = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{0,6}[mhdw]$/, 'must be a number and a unit, such as 30d, 12h, 90m or 2w')
  .transform((text) => Number(text.slice(0, -1)) * UNIT_MS[text.at(-1) as keyof typeof UNIT_MS])
  .refine((ms) => ms <= MAX_EXPIRY_MS, 'must be at most 3650d');

export interface TokenCommandContext {
  db: Database;
  print(line: string): void;
  now(): Date;
}

export async function createTokenCommand(
  { db, print, now }: TokenCommandContext,
  input: { agentId: string; label?: string | undefined; expiresInMs?: number | undefined },
): Promise<void> {
  const agent = await findAgent(db, input.agentId);
  if (!agent) throw new CliError(`No agent ${input.agentId}.`);
  const at = now();
  const expiresAt =
    input.expiresInMs === undefined ? undefined : new Date(at.getTime() + input.expiresInMs).toISOString();
  const issued = await issueToken(
    db,
    agent.hotelId,
    { agentId: agent.id, label: input.label, expiresAt },
    at.toISOString(),
  );
  if (!issued) throw new CliError(`No agent ${input.agentId}.`);
  const until = expiresAt ? `, valid until ${expiresAt}` : '';
  print(`Token ${issued.info.id} for "${agent.name}"${until} (shown only now; only its hash is stored):`);
  print(issued.token);
}

export async function listTokensCommand(
  { db, print, now }: TokenCommandContext,
  hotelId: string,
): Promise<void> {
  const hotel = await findHotel(db, hotelId);
  if (!hotel) throw new CliError(`No hotel ${hotelId}.`);
  const tokens = await listHotelTokens(db, hotelId);
  if (tokens.length === 0) return print(`"${hotel.name}" has no tokens.`);
  print(`Tokens of "${hotel.name}" (id, agent, label, created, state):`);
  for (const token of tokens) print(describeToken(token, now().toISOString()));
}

function describeToken(token: ApiTokenInfo, now: string): string {
  const label = token.label ?? '-';
  return `${token.id}  ${token.agentName}  ${label}  ${token.createdAt}  ${stateOf(token, now)}`;
}

function stateOf(token: ApiTokenInfo, now: string): string {
  if (token.revokedAt) return `revoked ${token.revokedAt}`;
  if (!token.expiresAt) return 'live, no expiry';
  return Date.parse(token.expiresAt) > Date.parse(now)
    ? `live until ${token.expiresAt}`
    : `expired ${token.expiresAt}`;
}

export async function revokeTokenCommand(
  { db, print, now }: TokenCommandContext,
  tokenId: string,
): Promise<void> {
  const hotelId = await hotelOfToken(db, tokenId);
  if (!hotelId || !(await revokeToken(db, hotelId, tokenId, now().toISOString()))) {
    throw new CliError(`No token ${tokenId} (see token list --hotel <hotel id>).`);
  }
  print(`Revoked token ${tokenId}: it signs nobody in from now on.`);
}
