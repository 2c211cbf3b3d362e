// GET /v1/reports/tickets (every figure's tickets), GET /v1/reports/root-causes and the actions
// recorded against its problems (POST, PATCH, history). Coordinators and supervisors only.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ActionHistoryResponse,
  DrillDownQuery,
  DrillDownResponse,
  RootCauseAction,
  RootCauseActionRequest,
  RootCauseActionUpdate,
  RootCauseQuery,
  RootCauseReport,
  RootCauseTable,
} from '../../../shared/report-loop-contract.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { actionHistory, createAction, updateAction } from '../../repositories/report-root-cause-actions.ts';
import { drillDown } from '../../repositories/report-drill-down.ts';
import { rootCauseReport } from '../../repositories/report-root-causes.ts';
import { hotelRootCauses } from '../../repositories/settings-repository.ts';
import { answerReport } from './csv.ts';
import { checkMonths, dayPeriod } from './period.ts';
import { reportCaller } from './series.ts';

const ActionParams = z.object({ id: z.uuid() });

function actionNotFound(): HttpError {
  return new HttpError(404, 'not_found', 'No such root-cause action in this hotel.');
}

export function loopRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/reports/tickets', async (request, reply) => {
      const { hotelId, timeZone, now } = reportCaller(request);
      const { figure, from, to, table, department, ...filters } = parseRequest(
        DrillDownQuery,
        request.query,
        'query',
      );
      const range = dayPeriod(timeZone, from, to, now);
      const rootCauses = department
        ? (await hotelRootCauses(db, hotelId)).filter((c) => c.department === department).map((c) => c.id)
        : undefined;
      const found = await drillDown(
        db,
        hotelId,
        figure,
        { ...filters, ...(rootCauses ? { rootCauses } : {}) },
        range,
      );
      const report: DrillDownResponse = { figure, timeZone, from, to, ...found };
      return answerReport(request, reply, {
        report,
        schema: DrillDownResponse,
        tables: ['tickets'],
        table,
        name: `tickets-${figure}-${from}-${to}`,
      });
    });

    app.get('/reports/root-causes', async (request, reply) => {
      const { hotelId, timeZone, now } = reportCaller(request);
      const query = parseRequest(RootCauseQuery, request.query, 'query');
      checkMonths(query.from, query.to);
      const figures = await rootCauseReport(db, hotelId, timeZone, query.from, query.to, now);
      const report: RootCauseReport = { timeZone, from: query.from, to: query.to, ...figures };
      return answerReport(request, reply, {
        report,
        schema: RootCauseReport,
        tables: RootCauseTable.options,
        table: query.table,
        name: `root-causes-${query.from}-${query.to}`,
      });
    });

    app.post('/reports/root-causes/actions', async (request, reply): Promise<RootCauseAction> => {
      const { caller, hotelId, now } = reportCaller(request);
      const body = parseRequest(RootCauseActionRequest, request.body, 'request body');
      if (!(await hotelRootCauses(db, hotelId)).some((cause) => cause.id === body.rootCause)) {
        throw new HttpError(
          400,
          'invalid_request',
          `Invalid request body: rootCause: "${body.rootCause}" is not in the hotel's root-cause list.`,
          [{ path: 'rootCause', message: "not in the hotel's root-cause list" }],
        );
      }
      const action = await createAction(db, hotelId, caller.agent.id, body, now);
      reply.code(201);
      return action;
    });

    app.patch('/reports/root-causes/actions/:id', async (request): Promise<RootCauseAction> => {
      const { caller, hotelId, now } = reportCaller(request);
      const { id } = parseRequest(ActionParams, request.params, 'path');
      const update = parseRequest(RootCauseActionUpdate, request.body, 'request body');
      const action = await updateAction(db, hotelId, caller.agent.id, id, update, now);
      if (!action) throw actionNotFound();
      return action;
    });

    app.get('/reports/root-causes/actions/:id/history', async (request): Promise<ActionHistoryResponse> => {
      const { hotelId } = reportCaller(request);
      const { id } = parseRequest(ActionParams, request.params, 'path');
      const entries = await actionHistory(db, hotelId, id);
      if (!entries) throw actionNotFound();
      return { entries };
    });
  };
}
