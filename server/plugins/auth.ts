// Bearer tokens: each request is tied to one agent and so to one hotel; every route under this
// plugin reads `request.auth` and scopes its queries to that hotel.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { HttpError } from '../http-error.ts';
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
export function registerAuth(scope: FastifyInstance, db: Database): void {
  scope.decorateRequest('auth', null);
  scope.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization;
    if (!header) {
      throw unauthorized('Missing Authorization header: send "Authorization: Bearer <token>".');
    }
    const token = BEARER.exec(header)?.[1];
    if (!token) throw unauthorized('The Authorization header must be "Bearer <token>".');
    const caller = await findCallerByLiveToken(db, token, new Date().toISOString());
    if (!caller) {
      throw unauthorized(
        'The API token is not valid (unknown, revoked or expired): check it in the extension options.',
      );
    }
    request.auth = caller;
    reply.header('cache-control', 'no-store');
  });
}
