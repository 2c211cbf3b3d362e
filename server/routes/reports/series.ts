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
import { AGENTS_SECTIONS, agentsReport } from '../../repositories/report-agents.ts';
import { beforeAfterReport, KPI_SECTIONS, kpisOf } from '../../repositories/report-before-after.ts';
import { periodFacts } from '../../repositories/report-days.ts';
import { CORRECTIONS_SECTIONS, correctionsReport } from '../../repositories/report-corrections.ts';
import { CSAT_SECTIONS, csatReport } from '../../repositories/report-csat.ts';
import { PUBLIC_SECTIONS, publicReport } from '../../repositories/report-public.ts';
import { WEEKLY_SECTIONS, weeklyReport } from '../../repositories/report-weekly.ts';
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
      const days = await periodFacts(db, hotelId, timeZone, period, 'week', WEEKLY_SECTIONS, now);
      const series = weeklyReport(days, period.weeks.labels, now);
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
      const range = dayPeriod(timeZone, query.from, query.to, now);
      const days = await periodFacts(db, hotelId, timeZone, query, 'month', AGENTS_SECTIONS, now);
      const figures = await agentsReport(db, hotelId, days, range);
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
      checkDays(query.from, query.to);
      const figures = csatReport(
        await periodFacts(db, hotelId, timeZone, query, 'month', CSAT_SECTIONS, now),
      );
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
      checkDays(query.from, query.to);
      const figures = correctionsReport(
        await periodFacts(db, hotelId, timeZone, query, 'month', CORRECTIONS_SECTIONS, now),
      );
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
      const days = await periodFacts(db, hotelId, timeZone, period, 'week', PUBLIC_SECTIONS, now);
      const figures = publicReport(days, period.weeks.labels);
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
        throw new HttpError(
          400,
          'invalid_request',
          'Invalid query: the period before ends before the sprint starts.',
        );
      }
      const kpis = async (period: { from: string; to: string }) =>
        kpisOf(
          db,
          hotelId,
          await periodFacts(db, hotelId, timeZone, period, 'week', KPI_SECTIONS, now),
          dayPeriod(timeZone, period.from, period.to, now),
        );
      const report: BeforeAfterReport = {
        timeZone,
        before,
        sprint,
        kpis: beforeAfterReport(await kpis(before), await kpis(sprint)),
      };
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
