// The report routes (shared/report-contract.ts, shared/report-loop-contract.ts) through app.inject,
// each JSON success checked against its contract, and CSV answers as text.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { z } from 'zod';
import {
  AgentsReport,
  BeforeAfterReport,
  CorrectionsReport,
  CsatReport,
  PublicReport,
  WeeklyReport,
} from '../../../shared/report-contract.ts';
import {
  ActionHistoryResponse,
  DrillDownResponse,
  QaReport,
  QaSample,
  QaScore,
  QaSettings,
  RootCauseAction,
  RootCauseReport,
  type QaScoreRequest,
  type RootCauseActionRequest,
} from '../../../shared/report-loop-contract.ts';
import type { ServerHarness, Tenant } from './databases.ts';

type Query = Record<string, string | number | undefined>;

const search = (query: Query) =>
  new URLSearchParams(
    Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
  ).toString();

export function reports(server: ServerHarness, tenant: Tenant) {
  const inject = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, body?: unknown, accept?: string) =>
    (server.app as FastifyInstance).inject({
      method,
      url,
      headers: { authorization: `Bearer ${tenant.token}`, ...(accept ? { accept } : {}) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  async function ok<S extends z.ZodType>(
    schema: S,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    body?: unknown,
    status = 200,
  ): Promise<z.infer<S>> {
    const response = await inject(method, url, body);
    if (response.statusCode !== status) {
      throw new Error(`${method} ${url}: expected ${status}, got ${response.statusCode}: ${response.body}`);
    }
    return schema.parse(response.json());
  }
  const get = <S extends z.ZodType>(schema: S, path: string, query: Query) =>
    ok(schema, 'GET', `/v1/reports/${path}?${search(query)}`);
  return {
    weekly: (query: Query) => get(WeeklyReport, 'weekly', query),
    agents: (query: Query) => get(AgentsReport, 'agents', query),
    csat: (query: Query) => get(CsatReport, 'csat', query),
    corrections: (query: Query) => get(CorrectionsReport, 'corrections', query),
    public: (query: Query) => get(PublicReport, 'public', query),
    beforeAfter: (query: Query) => get(BeforeAfterReport, 'before-after', query),
    tickets: (query: Query) => get(DrillDownResponse, 'tickets', query),
    rootCauses: (query: Query) => get(RootCauseReport, 'root-causes', query),
    qaSample: (week: string) => get(QaSample, 'qa/sample', { week }),
    qa: (query: Query) => get(QaReport, 'qa', query),
    qaSettings: () => ok(QaSettings, 'GET', '/v1/reports/qa/settings'),
    putQaSettings: (settings: QaSettings) => ok(QaSettings, 'PUT', '/v1/reports/qa/settings', settings),
    score: (request: QaScoreRequest) => ok(QaScore, 'POST', '/v1/reports/qa/scores', request, 201),
    createAction: (request: RootCauseActionRequest) =>
      ok(RootCauseAction, 'POST', '/v1/reports/root-causes/actions', request, 201),
    updateAction: (id: string, update: unknown) =>
      ok(RootCauseAction, 'PATCH', `/v1/reports/root-causes/actions/${id}`, update),
    actionHistory: (id: string) =>
      ok(ActionHistoryResponse, 'GET', `/v1/reports/root-causes/actions/${id}/history`),
    /** Any report request's status, content type and body as text. */
    async raw(
      method: 'GET' | 'POST' | 'PATCH' | 'PUT',
      path: string,
      options: { body?: unknown; accept?: string } = {},
    ) {
      const response = await inject(method, path, options.body, options.accept);
      return {
        status: response.statusCode,
        type: String(response.headers['content-type'] ?? ''),
        disposition: String(response.headers['content-disposition'] ?? ''),
        body: response.body,
      };
    },
  };
}

/** A CSV answer as rows of cells (RFC 4180: quoted cells may hold commas, quotes, line breaks). */
export function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const body = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted && char === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}
