import type { FastifyInstance } from 'fastify';
import {
  CaptureHealthReport,
  type CaptureHealthEntry,
  type CaptureHealthResponse,
} from '../../../shared/api-contract.ts';
import type { Database } from '../../db/database.ts';
import { parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import { listCaptureHealth, recordCaptureHealth } from '../../repositories/capture-health-repository.ts';

export function captureHealthRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post('/capture-health', async (request): Promise<CaptureHealthEntry> => {
      const { agent, hotel } = callerOf(request);
      const report = parseRequest(CaptureHealthReport, request.body, 'request body');
      return recordCaptureHealth(db, hotel.id, agent.id, report);
    });

    app.get('/capture-health', async (request): Promise<CaptureHealthResponse> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'see capture health');
      return { entries: await listCaptureHealth(db, caller.hotel.id) };
    });
  };
}
