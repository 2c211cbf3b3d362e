// People (GET /v1/reports/agents): first response, SLA met, tickets closed, CSAT and QA per agent
// and per team. CSAT (GET /v1/reports/csat): answers after closing by score and topic, and
// complaints apart, where the answer is the outcome of the service recovery.
import type { AgentsReport, CsatReport } from '../shared/report-contract.ts';
import { BarChart } from './charts.tsx';
import {
  CsvButton,
  DataTable,
  DrillLink,
  Loaded,
  TableHeading,
  useReport,
  type Column,
} from './dashboard-kit.tsx';
import { formatAverage, formatCount, formatMinutes, formatRate, type Period } from './dashboard-format.ts';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';

type Person = AgentsReport['agents'][number] | AgentsReport['teams'][number];

/** The figure columns agents and teams share; `who` filters a drill-down to the row. */
function figureColumns<Row extends Person>(
  period: Period,
  name: (row: Row) => string,
  who: (row: Row) => { agentId?: string; team?: string },
): Column<Row>[] {
  const link = (
    row: Row,
    figure: 'answered' | 'sla_missed' | 'closed' | 'csat' | 'qa_scored',
    text: string,
    label: string,
  ) => (
    <DrillLink drill={{ query: { figure, ...period, ...who(row) }, title: `${name(row)} · ${label}` }}>
      {text}
    </DrillLink>
  );
  return [
    {
      label: t('dash_first_responses'),
      name: 'answered',
      cell: (row) => link(row, 'answered', formatCount(row.firstResponses), t('dash_first_responses')),
    },
    {
      label: t('dash_first_median'),
      name: 'median',
      cell: (row) => formatMinutes(row.firstResponseMedianMinutes),
    },
    { label: t('dash_sla_met'), name: 'sla', cell: (row) => formatRate(row.slaMetRate) },
    {
      label: t('dash_breaches'),
      name: 'missed',
      cell: (row) => link(row, 'sla_missed', formatCount(row.slaMissed), t('dash_breaches')),
    },
    {
      label: t('dash_closed'),
      name: 'closed',
      cell: (row) => link(row, 'closed', formatCount(row.closed), t('dash_closed')),
    },
    {
      label: t('dash_csat_short'),
      name: 'csat',
      cell: (row) => link(row, 'csat', formatAverage(row.csatAverage), t('dash_csat_short')),
    },
    {
      label: t('dash_qa_points'),
      name: 'qa',
      cell: (row) => link(row, 'qa_scored', formatAverage(row.qaAveragePoints), t('dash_qa_points')),
    },
  ];
}

export function PeopleSection({ api, period }: { api: PageApi; period: Period }) {
  const load = useReport(api, 'agents', { ...period });
  const file = (table: string) => `konuk-agents-${table}-${period.from}-${period.to}`;
  return (
    <section data-testid="people-section" aria-labelledby="people-title">
      <h2 id="people-title">{t('dash_section_people')}</h2>
      <Loaded load={load}>
        {(report) => (
          <>
            <TableHeading title={t('dash_agents')}>
              <CsvButton api={api} name="agents" query={period} table="agents" file={file('agents')} />
            </TableHeading>
            <DataTable
              testId="agent"
              rows={report.agents}
              rowKey={(row) => row.agentId}
              columns={[
                { label: t('dash_agent'), cell: (row) => row.agentName },
                ...figureColumns<AgentsReport['agents'][number]>(
                  period,
                  (row) => row.agentName,
                  (row) => ({ agentId: row.agentId }),
                ),
              ]}
            />
            <TableHeading title={t('dash_teams')}>
              <CsvButton api={api} name="agents" query={period} table="teams" file={file('teams')} />
            </TableHeading>
            <DataTable
              testId="team"
              rows={report.teams}
              rowKey={(row) => row.team}
              columns={[
                { label: t('dash_team'), cell: (row) => row.teamName },
                { label: t('dash_tickets'), cell: (row) => formatCount(row.tickets) },
                ...figureColumns<AgentsReport['teams'][number]>(
                  period,
                  (row) => row.teamName,
                  (row) => ({ team: row.team }),
                ),
              ]}
            />
          </>
        )}
      </Loaded>
    </section>
  );
}

export function CsatSection({ api, period }: { api: PageApi; period: Period }) {
  const load = useReport(api, 'csat', { ...period });
  return (
    <section data-testid="csat-section" aria-labelledby="csat-title">
      <h2 id="csat-title">{t('dash_section_csat')}</h2>
      <Loaded load={load}>{(report) => <Csat api={api} report={report} period={period} />}</Loaded>
    </section>
  );
}

function Csat({ api, report, period }: { api: PageApi; report: CsatReport; period: Period }) {
  const overall = report.overall[0]!;
  const file = (table: string) => `konuk-csat-${table}-${period.from}-${period.to}`;
  return (
    <>
      <div class="figures">
        <div class="figure" data-testid="figure-csat-average">
          <b>
            <DrillLink drill={{ query: { figure: 'csat', ...period }, title: t('dash_csat_short') }}>
              {formatAverage(overall.average)}
            </DrillLink>
          </b>
          {t('dash_csat', formatCount(overall.responses))}
        </div>
        <div class="figure" data-testid="figure-csat-satisfied">
          <b>{formatRate(overall.satisfiedRate)}</b>
          {t('dash_satisfied')}
        </div>
      </div>
      <BarChart
        testId="chart-csat-scores"
        title={t('dash_chart_csat_scores')}
        series={[{ name: t('dash_answers'), color: '#0b57d0' }]}
        rows={report.scores.map((row) => ({ label: `${row.score}/5`, values: [row.responses] }))}
        format={(value) => formatCount(value)}
      />
      <TableHeading title={t('dash_csat_by_topic')}>
        <CsvButton api={api} name="csat" query={period} table="topics" file={file('topics')} />
      </TableHeading>
      <DataTable
        testId="csat-topic"
        rows={report.topics}
        rowKey={(row) => row.topic}
        columns={[
          { label: t('dash_topic'), cell: (row) => t(`topic_${row.topic}`) },
          {
            label: t('dash_answers'),
            cell: (row) => (
              <DrillLink
                drill={{
                  query: { figure: 'csat', ...period, topic: row.topic },
                  title: `${t(`topic_${row.topic}`)} · ${t('dash_csat_short')}`,
                }}
              >
                {formatCount(row.responses)}
              </DrillLink>
            ),
          },
          { label: t('dash_csat_short'), name: 'average', cell: (row) => formatAverage(row.average) },
          { label: t('dash_satisfied'), cell: (row) => formatRate(row.satisfiedRate) },
        ]}
      />
      <TableHeading title={t('dash_csat_complaints')}>
        <CsvButton api={api} name="csat" query={period} table="complaints" file={file('complaints')} />
      </TableHeading>
      <DataTable
        testId="csat-complaint"
        rows={report.complaints}
        rowKey={(row) => row.group}
        columns={[
          { label: t('dash_complaints'), cell: (row) => t(`dash_complaints_${row.group}`) },
          {
            label: t('dash_answers'),
            cell: (row) => (
              <DrillLink
                drill={{
                  query: { figure: 'csat', ...period, complaints: row.group },
                  title: t(`dash_complaints_${row.group}`),
                }}
              >
                {formatCount(row.responses)}
              </DrillLink>
            ),
          },
          { label: t('dash_csat_short'), cell: (row) => formatAverage(row.average) },
          { label: t('dash_recovered'), name: 'recovery', cell: (row) => formatRate(row.recoveryRate) },
        ]}
      />
    </>
  );
}
