// GET /v1/teams, PUT /v1/teams/:key (coordinators and supervisors), GET /v1/agents.
import type { FastifyInstance } from 'fastify';
import { TeamKey } from '../../../shared/routing.ts';
import {
  TeamUpdateRequest,
  type AgentListResponse,
  type TeamListResponse,
  type TeamRecord,
} from '../../../shared/ticket-workflow.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import { listAgents, listTeams, putTeam } from '../../repositories/team-repository.ts';

export function teamRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/teams', async (request): Promise<TeamListResponse> => {
      return { teams: await listTeams(db, callerOf(request).hotel.id) };
    });

    app.put('/teams/:key', async (request): Promise<TeamRecord> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'change teams');
      const key = parseRequest(TeamKey, (request.params as { key?: unknown }).key, 'team key');
      const team = parseRequest(TeamUpdateRequest, request.body, 'request body');
      const strangers = await db.transaction((tx) => putTeam(tx, caller.hotel.id, key, team));
      if (strangers.length > 0) {
        throw new HttpError(
          400,
          'invalid_request',
          `Invalid request body: members: ${strangers.length} agent(s) are not agents of this hotel.`,
          strangers.map((id) => ({ path: 'members', message: `${id} is not an agent of this hotel` })),
        );
      }
      return (await listTeams(db, caller.hotel.id)).find((t) => t.key === key)!;
    });

    app.get('/agents', async (request): Promise<AgentListResponse> => {
      return { agents: await listAgents(db, callerOf(request).hotel.id) };
    });
  };
}
