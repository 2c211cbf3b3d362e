import type { FastifyInstance } from 'fastify';
import { ReportQuery, type ReportSummary } from '../../../shared/api-contract.ts';
import { addDays, instantOf, type LocalDate } from '../../../shared/zoned-time.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import { summaryReport } from '../../repositories/report-repository.ts';

/** A year and a day: enough for a year-on-year view, bounded so one request stays cheap. */
const MAX_REPORT_DAYS = 366;
const DAY_MS = 86_400_000;

function localDate(iso: string): LocalDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function reportRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/reports/summary', async (request): Promise<ReportSummary> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'read reports');
      const { from, to } = parseRequest(ReportQuery, request.query, 'query');
      const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
      if (days < 1 || days > MAX_REPORT_DAYS) {
        throw new HttpError(
          400,
          'invalid_request',
          `Invalid query: the period runs from "from" to "to" (both included), at most ${MAX_REPORT_DAYS} days.`,
        );
      }
      const { timeZone } = caller.hotel;
      const start = instantOf(timeZone, localDate(from), 0);
      const end = instantOf(timeZone, addDays(localDate(to), 1), 0);
      const summary = await summaryReport(db, caller.hotel.id, {
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        now: new Date().toISOString(),
      });
      return { timeZone, from, to, ...summary };
    });
  };
}
