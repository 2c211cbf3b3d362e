import type { FastifyInstance } from 'fastify';
import {
  TokenCreateRequest,
  type TokenCreateResponse,
  type TokenListResponse,
} from '../../../shared/api-contract.ts';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import { issueToken, listHotelTokens, revokeToken } from '../../repositories/api-token-repository.ts';

export function tokenRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/tokens', async (request): Promise<TokenListResponse> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'see API tokens');
      return { tokens: await listHotelTokens(db, caller.hotel.id) };
    });

    app.post('/tokens', async (request, reply): Promise<TokenCreateResponse> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'issue API tokens');
      const input = parseRequest(TokenCreateRequest, request.body, 'request body');
      const issued = await issueToken(db, caller.hotel.id, input, new Date().toISOString());
      if (!issued) throw new HttpError(404, 'not_found', `No agent ${input.agentId} in this hotel.`);
      reply.code(201);
      return issued;
    });

    app.delete('/tokens/:id', async (request, reply) => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'revoke API tokens');
      const id = parseRequest(z.uuid(), (request.params as { id?: unknown }).id, 'token id');
      if (!(await revokeToken(db, caller.hotel.id, id, new Date().toISOString()))) {
        throw new HttpError(404, 'not_found', `No token ${id} in this hotel.`);
      }
      return reply.code(204).send();
    });
  };
}
