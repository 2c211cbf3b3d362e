// GET /v1/reports/{weekly,agents,csat,corrections,public,before-after}: the reports over time
// (shared/report-contract.ts), JSON or one table as CSV. Coordinators and supervisors only.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  AgentsQuery,
  AgentsReport,
  AgentsTable,
  BeforeAfterQuery,
  BeforeAfterReport,
  CorrectionsQuery,
  CorrectionsReport,
  CorrectionsTable,
  CsatQuery,
  CsatReport,
  CsatTable,
  PublicQuery,
  PublicReport,
  PublicTable,
  SPRINT_DAYS,
  WeeklyQuery,
  WeeklyReport,
  WeeklyTable,
} from '../../../shared/report-contract.ts';
import { shiftDay } from '../../../shared/report-calendar.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import { agentsReport } from '../../repositories/report-agents.ts';
import { beforeAfterReport } from '../../repositories/report-before-after.ts';
import { correctionsReport } from '../../repositories/report-corrections.ts';
import { csatReport } from '../../repositories/report-csat.ts';
import { publicReport } from '../../repositories/report-public.ts';
import { weeklyReport } from '../../repositories/report-weekly.ts';
import { answerReport } from './csv.ts';
import { dayPeriod, checkDays, weekPeriod } from './period.ts';

/** The caller (a coordinator or supervisor), the hotel's zone and the moment of the request. */
export function reportCaller(request: FastifyRequest) {
  const caller = callerOf(request);
  requireCoordinator(caller, 'read reports');
  return { caller, hotelId: caller.hotel.id, timeZone: caller.hotel.timeZone, now: new Date().toISOString() };
}

export function seriesRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/reports/weekly', async (request, reply) => {
      const { hotelId, timeZone, now } = reportCaller(request);
      const query = parseRequest(WeeklyQuery, request.query, 'query');
      const period = weekPeriod(timeZone, query.from, query.to, now);
      const series = await weeklyReport(db, hotelId, period.weeks, period.range);
      const report: WeeklyReport = { timeZone, from: period.from, to: period.to, ...series };
      return answerReport(request, reply, {
        report,
        schema: WeeklyReport,
        tables: WeeklyTable.options,
        table: query.table,
        name: `weekly-${period.from}-${period.to}`,
      });
    });

    app.get('/reports/agents', async (request, reply) => {
      const { hotelId, timeZone, now } = reportCaller(request);
      const query = parseRequest(AgentsQuery, request.query, 'query');
      const figures = await agentsReport(db, hotelId, dayPeriod(timeZone, query.from, query.to, now));
      const report: AgentsReport = { timeZone, from: query.from, to: query.to, ...figures };
      return answerReport(request, reply, {
        report,
        schema: AgentsReport,
        tables: AgentsTable.options,
        table: query.table,
        name: `agents-${query.from}-${query.to}`,
      });
    });

    app.get('/reports/csat', async (request, reply) => {
      const { hotelId, timeZone, now } = reportCaller(request);
      const query = parseRequest(CsatQuery, request.query, 'query');
      const figures = await csatReport(db, hotelId, dayPeriod(timeZone, query.from, query.to, now));
      const report: CsatReport = { timeZone, from: query.from, to: query.to, ...figures };
      return answerReport(request, reply, {
        report,
        schema: CsatReport,
        tables: CsatTable.options,
        table: query.table,
        name: `csat-${query.from}-${query.to}`,
      });
    });

    app.get('/reports/corrections', async (request, reply) => {
      const { hotelId, timeZone, now } = reportCaller(request);
      const query = parseRequest(CorrectionsQuery, request.query, 'query');
      const figures = await correctionsReport(db, hotelId, dayPeriod(timeZone, query.from, query.to, now));
      const report: CorrectionsReport = { timeZone, from: query.from, to: query.to, ...figures };
      return answerReport(request, reply, {
        report,
        schema: CorrectionsReport,
        tables: CorrectionsTable.options,
        table: query.table,
        name: `corrections-${query.from}-${query.to}`,
      });
    });

    app.get('/reports/public', async (request, reply) => {
      const { hotelId, timeZone, now } = reportCaller(request);
      const query = parseRequest(PublicQuery, request.query, 'query');
      const period = weekPeriod(timeZone, query.from, query.to, now);
      const figures = await publicReport(db, hotelId, period.weeks);
      const report: PublicReport = { timeZone, from: period.from, to: period.to, ...figures };
      return answerReport(request, reply, {
        report,
        schema: PublicReport,
        tables: PublicTable.options,
        table: query.table,
        name: `public-${period.from}-${period.to}`,
      });
    });

    app.get('/reports/before-after', async (request, reply) => {
      const { hotelId, timeZone, now } = reportCaller(request);
      const query = parseRequest(BeforeAfterQuery, request.query, 'query');
      const sprint = { from: query.sprintFrom, to: shiftDay(query.sprintFrom, SPRINT_DAYS - 1) };
      const before = {
        from: query.beforeFrom ?? shiftDay(query.sprintFrom, -SPRINT_DAYS),
        to: query.beforeTo ?? shiftDay(query.sprintFrom, -1),
      };
      checkDays(before.from, before.to, '"beforeFrom" to "beforeTo"');
      if (before.to >= sprint.from) {
        throw new HttpError(400, 'invalid_request', 'Invalid query: the period before ends before the sprint starts.');
      }
      const kpis = await beforeAfterReport(
        db,
        hotelId,
        dayPeriod(timeZone, before.from, before.to, now),
        dayPeriod(timeZone, sprint.from, sprint.to, now),
      );
      const report: BeforeAfterReport = { timeZone, before, sprint, kpis };
      return answerReport(request, reply, {
        report,
        schema: BeforeAfterReport,
        tables: ['kpis'],
        table: query.table,
        name: `before-after-${sprint.from}`,
      });
    });
  };
}
