// The documentation of the coordinators' reports (issue 9), generated from the one list of report
// routes in shared/report-endpoints.ts, so a report added there is documented here too.
import { REPORTS, REPORT_WRITES, type ReportName } from '../../../shared/report-endpoints.ts';
import { COORDINATORS, type RouteDoc } from './route-doc.ts';

const TAG = 'Reports';

const SUMMARIES: Record<ReportName, string> = {
  summary: 'One period’s figures, days in the hotel’s time zone',
  weekly: 'Weekly series: topics, volume, first response, SLA met, resolution, reopen and escalation',
  agents: 'Per agent and per team: first response, SLA met, closes, CSAT and QA',
  csat: 'CSAT after closing, by topic, and complaints apart',
  corrections: 'How often agents correct each label the classifier gave',
  public: 'Public comments and reviews per source and week',
  'before-after': 'A 14-day improvement sprint beside the period before it',
  tickets: 'The tickets behind one figure of a report',
  'root-causes': 'Root causes by department and month, with the actions recorded against them',
  qa: 'QA scores per agent and their trend',
  'qa/sample': 'This week’s QA sample of closed conversations per agent',
};

const WRITE_SUMMARIES: Record<string, string> = {
  'POST /v1/reports/root-causes/actions': 'Record an action against a frequent problem (owner, due date)',
  'PATCH /v1/reports/root-causes/actions/:id': 'Change a root-cause action (status, owner, due date)',
  'GET /v1/reports/root-causes/actions/:id/history': 'Who changed a root-cause action, and when',
  'POST /v1/reports/qa/scores': 'Score one sampled conversation on the QA checklist (once per ticket)',
  'GET /v1/reports/qa/settings': 'How many closed conversations per agent the weekly QA sample takes',
  'PUT /v1/reports/qa/settings': 'Change the weekly QA sample size',
};

const CSV_NOTE =
  'Also answers one of its tables as CSV with `Accept: text/csv` (`table=` names it; cells are ' +
  'quoted and formula-like cells start with an apostrophe).';

export const REPORT_ROUTE_DOCS: readonly RouteDoc[] = [
  ...(Object.keys(REPORTS) as ReportName[]).map((name): RouteDoc => ({
    method: 'GET',
    path: `/v1/reports/${name}`,
    tag: TAG,
    summary: SUMMARIES[name],
    description: `${CSV_NOTE} Tables: ${REPORTS[name].tables.join(', ')}.`,
    access: COORDINATORS,
    query: REPORTS[name].query,
    responses: { 200: REPORTS[name].response },
  })),
  ...REPORT_WRITES.map((route): RouteDoc => ({
    method: route.method,
    path: route.path,
    tag: TAG,
    summary: WRITE_SUMMARIES[`${route.method} ${route.path}`] ?? `${route.method} ${route.path}`,
    access: COORDINATORS,
    ...('params' in route ? { params: route.params } : {}),
    ...('body' in route ? { body: route.body } : {}),
    responses: { [route.status]: route.response },
    ...(route.path.includes(':id') ? { errors: [404] as const } : {}),
  })),
];
