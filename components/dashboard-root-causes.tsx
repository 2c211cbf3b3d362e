// The monthly root-cause report (GET /v1/reports/root-causes) over the months of the chosen
// period: root causes by department as lines over the months, and Problem → Root cause →
// Solution for the last month's five most frequent problems, where the coordinator records the
// action, its owner and due date; each action shows its problem's tickets in the months after.
import { useState } from 'preact/hooks';
import type { RootCauseReport } from '../shared/report-loop-contract.ts';
import { LineChart, SERIES_COLORS } from './charts.tsx';
import { CsvButton, DataTable, DrillLink, Loaded, TableHeading, useReport } from './dashboard-kit.tsx';
import { formatCount, formatDay, formatMonth, monthsOf, type Period } from './dashboard-format.ts';
import { errorText } from './guest-record.tsx';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';

export function RootCauseSection({ api, period }: { api: PageApi; period: Period }) {
  const months = monthsOf(period);
  const [reload, setReload] = useState(0);
  const load = useReport(api, 'root-causes', months, reload);
  return (
    <section data-testid="root-cause-section" aria-labelledby="root-cause-title">
      <h2 id="root-cause-title">{t('dash_section_rootCauses')}</h2>
      <Loaded load={load}>
        {(report) => <RootCauses api={api} report={report} onSaved={() => setReload((n) => n + 1)} />}
      </Loaded>
    </section>
  );
}

const lastDay = (month: string) => {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, index, 0)).toISOString().slice(0, 10);
};
const monthPeriod = (month: string) => ({ from: `${month}-01`, to: lastDay(month) });

function RootCauses({ api, report, onSaved }: { api: PageApi; report: RootCauseReport; onSaved(): void }) {
  const query = { from: report.from, to: report.to };
  const file = (table: string) => `konuk-root-causes-${table}-${report.from}-${report.to}`;
  const departments = [...new Set(report.departments.map((row) => row.department))];
  const departmentName = (department: string | null) =>
    department ? t(`team_${department}`) : t('dash_unlisted');
  return (
    <>
      <LineChart
        testId="chart-root-cause-departments"
        whole
        title={t('dash_chart_departments')}
        labels={report.months.map((month) => formatMonth(month))}
        labelHeading={t('dash_month')}
        tableLabel={t('dash_as_table')}
        series={departments.map((department, index) => ({
          name: departmentName(department),
          color: SERIES_COLORS[index % SERIES_COLORS.length]!,
          values: report.months.map(
            (month) =>
              report.departments.find((row) => row.month === month && row.department === department)
                ?.tickets ?? 0,
          ),
        }))}
        format={(value) => formatCount(Math.round(value))}
      />
      <TableHeading title={t('dash_root_causes_by_cause')}>
        <CsvButton api={api} name="root-causes" query={query} table="causes" file={file('causes')} />
      </TableHeading>
      <DataTable
        testId="root-cause"
        rows={report.causes}
        rowKey={(row) => `${row.month}-${row.rootCause}`}
        columns={[
          { label: t('dash_month'), cell: (row) => formatMonth(row.month) },
          { label: t('dash_department'), cell: (row) => departmentName(row.department) },
          { label: t('dash_root_cause'), cell: (row) => row.cause ?? row.rootCause },
          {
            label: t('dash_tickets'),
            cell: (row) => (
              <DrillLink
                drill={{
                  query: { figure: 'root_cause', ...monthPeriod(row.month), rootCause: row.rootCause },
                  title: row.cause ?? row.rootCause,
                }}
              >
                {formatCount(row.tickets)}
              </DrillLink>
            ),
          },
        ]}
      />

      <TableHeading title={t('dash_problems', formatMonth(report.to))}>
        <CsvButton api={api} name="root-causes" query={query} table="problems" file={file('problems')} />
      </TableHeading>
      <DataTable
        testId="problem"
        rows={report.problems}
        rowKey={(row) => `${row.topic}-${row.rootCause}`}
        empty={t('dash_problems_none')}
        columns={[
          { label: t('dash_problem_heading'), cell: (row) => (row.topic ? t(`topic_${row.topic}`) : '—') },
          {
            label: t('dash_root_cause'),
            cell: (row) => `${row.cause ?? row.rootCause} (${departmentName(row.department)})`,
          },
          {
            label: t('dash_tickets'),
            name: 'tickets',
            cell: (row) => (
              <DrillLink
                drill={{
                  query: {
                    figure: 'root_cause',
                    ...monthPeriod(report.to),
                    rootCause: row.rootCause,
                    ...(row.topic ? { topic: row.topic } : {}),
                  },
                  title: `${row.topic ? t(`topic_${row.topic}`) : ''} · ${row.cause ?? row.rootCause}`,
                }}
              >
                {formatCount(row.tickets)}
              </DrillLink>
            ),
          },
          { label: t('dash_previous_month'), cell: (row) => formatCount(row.previousMonthTickets) },
          {
            label: t('dash_solution'),
            cell: (row) => (
              <ActionForm
                api={api}
                problem={{ topic: row.topic, rootCause: row.rootCause, month: report.to }}
                onSaved={onSaved}
              />
            ),
          },
        ]}
      />

      <TableHeading title={t('dash_actions')}>
        <CsvButton api={api} name="root-causes" query={query} table="actions" file={file('actions')} />
      </TableHeading>
      <DataTable
        testId="action"
        rows={report.actions}
        rowKey={(row) => row.id}
        empty={t('dash_actions_none')}
        columns={[
          {
            label: t('dash_problem_heading'),
            cell: (row) => `${row.topic ? t(`topic_${row.topic}`) : '—'} · ${row.rootCause}`,
          },
          { label: t('dash_solution'), cell: (row) => row.action },
          { label: t('dash_action_owner'), cell: (row) => row.owner },
          { label: t('dash_action_due'), cell: (row) => formatDay(row.dueDate) },
          { label: t('dash_action_status'), cell: (row) => t(`dash_action_${row.status}`) },
          {
            label: t('dash_action_trend'),
            name: 'trend',
            cell: (row) =>
              [
                `${formatMonth(row.month)}: ${formatCount(row.baseline)}`,
                ...report.actionTrend
                  .filter((point) => point.actionId === row.id)
                  .map((point) => `${formatMonth(point.month)}: ${formatCount(point.tickets)}`),
              ].join(' → '),
          },
          {
            label: t('dash_action_fell'),
            name: 'fell',
            cell: (row) => (row.fell === null ? '—' : row.fell ? t('dash_yes') : t('dash_no')),
          },
        ]}
      />
    </>
  );
}

function ActionForm({
  api,
  problem,
  onSaved,
}: {
  api: PageApi;
  problem: { topic: RootCauseReport['problems'][number]['topic']; rootCause: string; month: string };
  onSaved(): void;
}) {
  const [error, setError] = useState<string | null>(null);
  async function save(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const answer = await api.saveRootCauseAction({
      ...problem,
      action: String(form.get('action') ?? ''),
      owner: String(form.get('owner') ?? ''),
      dueDate: String(form.get('dueDate') ?? ''),
    });
    if (!answer.ok) return setError(errorText(answer));
    setError(null);
    onSaved();
  }
  return (
    <form class="action-form" data-testid="action-form" onSubmit={(event) => void save(event)}>
      <label>
        {t('dash_solution')}
        <input name="action" required maxLength={2000} />
      </label>
      <label>
        {t('dash_action_owner')}
        <input name="owner" required maxLength={200} />
      </label>
      <label>
        {t('dash_action_due')}
        <input name="dueDate" type="date" required />
      </label>
      <button type="submit">{t('dash_action_save')}</button>
      {error ? (
        <span class="error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
