// The coordinators' reports (GET /v1/reports/*, coordinators and supervisors): the period's
// summary here; the reports over time (series.ts), drill-downs and the root-cause loop (loop.ts)
// and quality assurance (qa.ts) beside it, registered with it.
import type { FastifyInstance } from 'fastify';
import { ReportSummary } from '../../../shared/api-contract.ts';
import { SummaryQuery, SummaryTable } from '../../../shared/report-contract.ts';
import type { Database } from '../../db/database.ts';
import { parseRequest } from '../../http-error.ts';
import { periodFacts } from '../../repositories/report-days.ts';
import { SUMMARY_SECTIONS, summaryReport } from '../../repositories/report-summary.ts';
import { answerReport } from './csv.ts';
import { loopRoutes } from './loop.ts';
import { checkDays } from './period.ts';
import { qaRoutes } from './qa.ts';
import { reportCaller, seriesRoutes } from './series.ts';

export function reportRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/reports/summary', async (request, reply) => {
      const { hotelId, timeZone, now } = reportCaller(request);
      const { from, to, table } = parseRequest(SummaryQuery, request.query, 'query');
      checkDays(from, to);
      const summary = summaryReport(
        await periodFacts(db, hotelId, timeZone, { from, to }, 'month', SUMMARY_SECTIONS, now),
        now,
      );
      const report: ReportSummary = { timeZone, from, to, ...summary };
      return answerReport(request, reply, {
        report,
        schema: ReportSummary,
        tables: SummaryTable.options,
        table,
        name: `summary-${from}-${to}`,
      });
    });
    await app.register(seriesRoutes(db));
    await app.register(loopRoutes(db));
    await app.register(qaRoutes(db));
  };
}
