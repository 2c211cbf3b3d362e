import type { FastifyInstance } from 'fastify';
import { IngestRequest, type IngestResponse } from '../../../shared/api-contract.ts';
import type { Database } from '../../db/database.ts';
import { parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { ingestBatch } from '../../repositories/ingest-repository.ts';

export function messageRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post('/messages/batch', async (request): Promise<IngestResponse> => {
      const { agent, hotel } = callerOf(request);
      const { messages } = parseRequest(IngestRequest, request.body, 'request body');
      return ingestBatch(db, {
        hotelId: hotel.id,
        agentId: agent.id,
        timeZone: hotel.timeZone,
        country: hotel.country,
        messages,
      });
    });
  };
}
