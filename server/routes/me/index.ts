import type { FastifyInstance } from 'fastify';
import type { MeResponse } from '../../../shared/api-contract.ts';
import { callerOf } from '../../plugins/auth.ts';

export async function meRoutes(app: FastifyInstance): Promise<void> {
  app.get('/me', async (request): Promise<MeResponse> => {
    const { agent, hotel } = callerOf(request);
    return {
      agent: { id: agent.id, name: agent.name, role: agent.role },
      hotel: { id: hotel.id, name: hotel.name, timeZone: hotel.timeZone },
    };
  });
}
