// Every report route with its request and response schemas, in one list: the dashboard's page
// API reads its reports through it, and an OpenAPI document can be generated from it. Every GET
// here also answers one table as CSV (`Accept: text/csv`, `table=` one of `tables`).
import { z } from 'zod';
import { ReportSummary } from './api-contract.ts';
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
  SummaryQuery,
  SummaryTable,
  WeeklyQuery,
  WeeklyReport,
  WeeklyTable,
} from './report-contract.ts';
import {
  ActionHistoryResponse,
  DrillDownQuery,
  DrillDownResponse,
  QaQuery,
  QaReport,
  QaSample,
  QaSampleQuery,
  QaScore,
  QaScoreRequest,
  QaSettings,
  QaTable,
  RootCauseAction,
  RootCauseActionRequest,
  RootCauseActionUpdate,
  RootCauseQuery,
  RootCauseReport,
  RootCauseTable,
} from './report-loop-contract.ts';

/** GET /v1/reports/<name>: query, answer and CSV tables (the first is the default). */
export const REPORTS = {
  summary: { query: SummaryQuery, response: ReportSummary, tables: SummaryTable.options },
  weekly: { query: WeeklyQuery, response: WeeklyReport, tables: WeeklyTable.options },
  agents: { query: AgentsQuery, response: AgentsReport, tables: AgentsTable.options },
  csat: { query: CsatQuery, response: CsatReport, tables: CsatTable.options },
  corrections: { query: CorrectionsQuery, response: CorrectionsReport, tables: CorrectionsTable.options },
  public: { query: PublicQuery, response: PublicReport, tables: PublicTable.options },
  'before-after': { query: BeforeAfterQuery, response: BeforeAfterReport, tables: ['kpis'] },
  tickets: { query: DrillDownQuery, response: DrillDownResponse, tables: ['tickets'] },
  'root-causes': { query: RootCauseQuery, response: RootCauseReport, tables: RootCauseTable.options },
  qa: { query: QaQuery, response: QaReport, tables: QaTable.options },
  'qa/sample': { query: QaSampleQuery, response: QaSample, tables: ['sample'] },
} as const;
export type ReportName = keyof typeof REPORTS;
export type ReportOf<N extends ReportName> = z.infer<(typeof REPORTS)[N]['response']>;

const ActionId = z.object({ id: z.uuid() });

/** The report routes that are not a GET of REPORTS, for a route listing. */
export const REPORT_WRITES = [
  {
    method: 'POST',
    path: '/v1/reports/root-causes/actions',
    body: RootCauseActionRequest,
    response: RootCauseAction,
    status: 201,
  },
  {
    method: 'PATCH',
    path: '/v1/reports/root-causes/actions/:id',
    params: ActionId,
    body: RootCauseActionUpdate,
    response: RootCauseAction,
    status: 200,
  },
  {
    method: 'GET',
    path: '/v1/reports/root-causes/actions/:id/history',
    params: ActionId,
    response: ActionHistoryResponse,
    status: 200,
  },
  { method: 'POST', path: '/v1/reports/qa/scores', body: QaScoreRequest, response: QaScore, status: 201 },
  { method: 'GET', path: '/v1/reports/qa/settings', response: QaSettings, status: 200 },
  { method: 'PUT', path: '/v1/reports/qa/settings', body: QaSettings, response: QaSettings, status: 200 },
] as const;
