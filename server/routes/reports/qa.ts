// Quality assurance (shared/report-loop-contract.ts): the week's seeded sample, scoring a closed
// conversation once, QA scores over a period, and the sample size. Coordinators and supervisors.
import type { FastifyInstance } from 'fastify';
import {
  QA_SCORES_LIMIT,
  QaQuery,
  QaReport,
  QaSample,
  QaSampleQuery,
  QaSampleTable,
  QaScore,
  QaScoreRequest,
  QaSettings,
  QaTable,
} from '../../../shared/report-loop-contract.ts';
import { mondayOf, shiftDay } from '../../../shared/report-calendar.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { rangeOfDays } from '../../repositories/report-period.ts';
import { qaReport, qaSettings, updateQaSettings } from '../../repositories/report-qa.ts';
import { qaSample, scoreTicket } from '../../repositories/report-qa-sample.ts';
import { answerReport, wantsCsv } from './csv.ts';
import { weekPeriod } from './period.ts';
import { reportCaller } from './series.ts';

export function qaRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/reports/qa/sample', async (request, reply) => {
      const { hotelId, timeZone, now } = reportCaller(request);
      const query = parseRequest(QaSampleQuery, request.query, 'query');
      const week = mondayOf(query.week);
      const weekEnd = shiftDay(week, 6);
      const sample = await qaSample(db, hotelId, timeZone, week, rangeOfDays(timeZone, week, weekEnd, now));
      const report: QaSample = { timeZone, week, weekEnd, ...sample };
      if (!wantsCsv(request)) return report;
      const rows = report.agents.flatMap((agent) =>
        agent.tickets.map(({ score, ...ticket }) => ({
          agentName: agent.agentName,
          ...ticket,
          points: score?.points ?? null,
          note: score?.note ?? null,
        })),
      );
      return answerReport(request, reply, {
        report: { sample: rows },
        schema: QaSampleTable,
        tables: ['sample'],
        table: query.table,
        name: `qa-sample-${week}`,
      });
    });

    app.post('/reports/qa/scores', async (request, reply): Promise<QaScore> => {
      const { caller, hotelId, timeZone, now } = reportCaller(request);
      const body = parseRequest(QaScoreRequest, request.body, 'request body');
      const result = await scoreTicket(db, hotelId, timeZone, caller.agent.id, body, now);
      if (result.outcome === 'not_found') {
        throw new HttpError(404, 'not_found', `No ticket ${body.recordNumber} in this hotel.`);
      }
      if (result.outcome === 'not_closed') {
        throw new HttpError(
          409,
          'qa_not_closed',
          `${body.recordNumber} is not closed: QA scores closed conversations.`,
        );
      }
      if (result.outcome === 'already_scored') {
        throw new HttpError(
          409,
          'qa_already_scored',
          `${body.recordNumber} is already scored; a ticket is scored once.`,
        );
      }
      reply.code(201);
      return result.score;
    });

    app.get('/reports/qa', async (request, reply) => {
      const { hotelId, timeZone, now } = reportCaller(request);
      const query = parseRequest(QaQuery, request.query, 'query');
      const period = weekPeriod(timeZone, query.from, query.to, now);
      const everyScore = wantsCsv(request) && query.table === 'scores';
      const figures = await qaReport(
        db,
        hotelId,
        timeZone,
        period.weeks,
        period.range,
        everyScore ? null : QA_SCORES_LIMIT,
      );
      const report: QaReport = { timeZone, from: period.from, to: period.to, ...figures };
      return answerReport(request, reply, {
        report,
        schema: QaReport,
        tables: QaTable.options,
        table: query.table,
        name: `qa-${period.from}-${period.to}`,
      });
    });

    app.get('/reports/qa/settings', async (request): Promise<QaSettings> => {
      const { hotelId } = reportCaller(request);
      return qaSettings(db, hotelId);
    });

    app.put('/reports/qa/settings', async (request): Promise<QaSettings> => {
      const { caller, hotelId, now } = reportCaller(request);
      const settings = parseRequest(QaSettings, request.body, 'request body');
      return updateQaSettings(db, hotelId, caller.agent.id, settings, now);
    });
  };
}
