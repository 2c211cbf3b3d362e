// Bearer tokens: each request is tied to one agent and so to one hotel; every route under this
// plugin reads `request.auth` and scopes its queries to that hotel.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { HttpError } from '../http-error.ts';
import { DEFAULT_RATE_LIMITS, TooManyRequests, WindowCounter, type RateLimits } from './rate-limit.ts';
import { findCallerByLiveToken } from '../repositories/api-token-repository.ts';
import type { AuthContext } from '../repositories/tenant-repository.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

const BEARER = /^Bearer +(\S+)$/i;

function unauthorized(message: string): HttpError {
  return new HttpError(401, 'unauthorized', message);
}

export function callerOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new Error('route registered outside the authenticated scope');
  return request.auth;
}

/** Adds the token check to every route registered in `scope` (and its children). */
export function registerAuth(
  scope: FastifyInstance,
  db: Database,
  limits: RateLimits = DEFAULT_RATE_LIMITS,
): void {
  const failures = new WindowCounter(limits.failedAuthPerAddress, limits.windowMs, limits.now);
  const requests = new WindowCounter(limits.requestsPerAgent, limits.windowMs, limits.now);
  scope.decorateRequest('auth', null);
  scope.addHook('onRequest', async (request, reply) => {
    // Checked before the token is looked up: a guesser is refused without costing a query.
    const blocked = failures.blockedFor(request.ip);
    if (blocked > 0) {
      throw new TooManyRequests(
        blocked,
        'Too many requests with a wrong API token from this address; wait a minute.',
      );
    }
    const refuse = (message: string) => {
      failures.hit(request.ip);
      return unauthorized(message);
    };
    const header = request.headers.authorization;
    if (!header) {
      throw refuse('Missing Authorization header: send "Authorization: Bearer <token>".');
    }
    const token = BEARER.exec(header)?.[1];
    if (!token) throw refuse('The Authorization header must be "Bearer <token>".');
    const caller = await findCallerByLiveToken(db, token, new Date(limits.now()).toISOString());
    if (!caller) {
      throw refuse(
        'The API token is not valid (unknown, revoked or expired): check it in the extension options.',
      );
    }
    const busy = requests.blockedFor(caller.agent.id);
    if (busy > 0) throw new TooManyRequests(busy, 'Too many requests for this agent; wait a minute.');
    requests.hit(caller.agent.id);
    request.auth = caller;
    reply.header('cache-control', 'no-store');
  });
}
