// The weekly series (GET /v1/reports/weekly): volume, first response and SLA met per channel as
// lines over the weeks, reopen and escalation rates and CSAT, the top five topics each week and
// resolution time per topic. Each week's figures drill down to their tickets.
import type { WeeklyReport } from '../shared/report-contract.ts';
import { shiftDay } from '../shared/report-calendar.ts';
import { LineChart, SERIES_COLORS, type LineSeries } from './charts.tsx';
import { CsvButton, DataTable, DrillLink, Loaded, TableHeading, useReport } from './dashboard-kit.tsx';
import {
  formatAverage,
  formatCount,
  formatMinutes,
  formatRate,
  formatWeek,
  type Period,
} from './dashboard-format.ts';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';

export function WeeklySection({ api, period }: { api: PageApi; period: Period }) {
  const load = useReport(api, 'weekly', { ...period });
  return (
    <section data-testid="weekly-section" aria-labelledby="weekly-title">
      <h2 id="weekly-title">{t('dash_section_weekly')}</h2>
      <Loaded load={load}>{(report) => <Weekly api={api} report={report} />}</Loaded>
    </section>
  );
}

/** One series per key, a value per week (null where the key had no row that week). */
function seriesOf<Row extends { week: string }>(
  report: WeeklyReport,
  rows: Row[],
  key: (row: Row) => string,
  name: (key: string) => string,
  value: (row: Row) => number | null,
): LineSeries[] {
  const keys = [...new Set(rows.map(key))];
  return keys.map((k, index) => ({
    name: name(k),
    color: SERIES_COLORS[index % SERIES_COLORS.length]!,
    values: report.weeks.map((week) => {
      const row = rows.find((r) => r.week === week && key(r) === k);
      return row ? value(row) : null;
    }),
  }));
}

function Weekly({ api, report }: { api: PageApi; report: WeeklyReport }) {
  const labels = report.weeks.map((week) => formatWeek(week));
  const query = { from: report.from, to: report.to };
  const file = (table: string) => `konuk-weekly-${table}-${report.from}-${report.to}`;
  const channelName = (channel: string) => t(`channel_${channel}`);
  const weekOf = (week: string) => ({ from: week, to: shiftDay(week, 6) });
  const chart = { labels, labelHeading: t('dash_week'), tableLabel: t('dash_as_table') };
  return (
    <>
      <LineChart
        {...chart}
        testId="chart-weekly-volume"
        whole
        title={t('dash_chart_weekly_volume')}
        series={seriesOf(
          report,
          report.channels,
          (r) => r.channel,
          channelName,
          (r) => r.tickets,
        )}
        format={(value) => formatCount(Math.round(value))}
      />
      <LineChart
        {...chart}
        testId="chart-weekly-first-response"
        title={t('dash_chart_weekly_first_response')}
        series={seriesOf(
          report,
          report.channels,
          (r) => r.channel,
          channelName,
          (r) => r.firstResponseMedianMinutes,
        )}
        format={(value) => formatMinutes(value)}
      />
      <LineChart
        {...chart}
        testId="chart-weekly-sla"
        title={t('dash_chart_weekly_sla')}
        series={seriesOf(
          report,
          report.channels,
          (r) => r.channel,
          channelName,
          (r) => r.slaMetRate,
        )}
        format={(value) => formatRate(value)}
      />
      <LineChart
        {...chart}
        testId="chart-weekly-rates"
        title={t('dash_chart_weekly_rates')}
        series={[
          {
            name: t('dash_reopen_rate'),
            color: SERIES_COLORS[0]!,
            values: report.rates.map((r) => r.reopenRate),
          },
          {
            name: t('dash_escalation_rate'),
            color: SERIES_COLORS[1]!,
            values: report.rates.map((r) => r.escalationRate),
          },
        ]}
        format={(value) => formatRate(value)}
      />

      <TableHeading title={t('dash_weekly_channels')}>
        <CsvButton api={api} name="weekly" query={query} table="channels" file={file('channels')} />
      </TableHeading>
      <DataTable
        testId="weekly-channel"
        rows={report.channels}
        rowKey={(row) => `${row.week}-${row.channel}`}
        columns={[
          { label: t('dash_week'), cell: (row) => formatWeek(row.week) },
          { label: t('dash_channel'), cell: (row) => channelName(row.channel) },
          {
            label: t('dash_tickets'),
            name: 'tickets',
            cell: (row) => (
              <DrillLink
                drill={{
                  query: { figure: 'opened', ...weekOf(row.week), channel: row.channel },
                  title: `${channelName(row.channel)} · ${formatWeek(row.week)}`,
                }}
              >
                {formatCount(row.tickets)}
              </DrillLink>
            ),
          },
          {
            label: t('dash_first_median'),
            name: 'median',
            cell: (row) => formatMinutes(row.firstResponseMedianMinutes),
          },
          { label: t('dash_first_p90'), cell: (row) => formatMinutes(row.firstResponseP90Minutes) },
          { label: t('dash_sla_met'), name: 'sla', cell: (row) => formatRate(row.slaMetRate) },
          {
            label: t('dash_breaches'),
            name: 'missed',
            cell: (row) => (
              <DrillLink
                drill={{
                  query: { figure: 'sla_missed', ...weekOf(row.week), channel: row.channel },
                  title: `${channelName(row.channel)} · ${formatWeek(row.week)} · ${t('dash_breaches')}`,
                }}
              >
                {formatCount(row.slaMissed)}
              </DrillLink>
            ),
          },
        ]}
      />

      <TableHeading title={t('dash_weekly_top_topics')}>
        <CsvButton api={api} name="weekly" query={query} table="topTopics" file={file('topTopics')} />
      </TableHeading>
      <DataTable
        testId="weekly-topics"
        rows={report.weeks}
        rowKey={(week) => week}
        columns={[
          { label: t('dash_week'), cell: (week) => formatWeek(week) },
          ...[1, 2, 3, 4, 5].map((rank) => ({
            label: `#${rank}`,
            cell: (week: string) => {
              const top = report.topTopics.find((row) => row.week === week && row.rank === rank);
              if (!top) return '—';
              const name = t(`topic_${top.topic}`);
              return (
                <DrillLink
                  drill={{
                    query: { figure: 'opened', ...weekOf(week), topic: top.topic },
                    title: `${name} · ${formatWeek(week)}`,
                  }}
                >
                  {`${name} (${formatCount(top.tickets)})`}
                </DrillLink>
              );
            },
          })),
        ]}
      />

      <TableHeading title={t('dash_weekly_resolution')}>
        <CsvButton api={api} name="weekly" query={query} table="resolution" file={file('resolution')} />
      </TableHeading>
      <DataTable
        testId="weekly-resolution"
        rows={report.resolution}
        rowKey={(row) => `${row.week}-${row.topic}`}
        columns={[
          { label: t('dash_week'), cell: (row) => formatWeek(row.week) },
          { label: t('dash_topic'), cell: (row) => t(`topic_${row.topic}`) },
          { label: t('dash_tickets'), cell: (row) => formatCount(row.tickets) },
          {
            label: t('dash_resolved'),
            cell: (row) => (
              <DrillLink
                drill={{
                  query: { figure: 'resolved', ...weekOf(row.week), topic: row.topic },
                  title: `${t(`topic_${row.topic}`)} · ${formatWeek(row.week)} · ${t('dash_resolved')}`,
                }}
              >
                {formatCount(row.resolved)}
              </DrillLink>
            ),
          },
          { label: t('dash_resolution_median'), cell: (row) => formatMinutes(row.resolutionMedianMinutes) },
          { label: t('dash_resolution_p90'), cell: (row) => formatMinutes(row.resolutionP90Minutes) },
        ]}
      />

      <TableHeading title={t('dash_weekly_rates')}>
        <CsvButton api={api} name="weekly" query={query} table="rates" file={file('rates')} />
      </TableHeading>
      <DataTable
        testId="weekly-rates"
        rows={report.rates}
        rowKey={(row) => row.week}
        columns={[
          { label: t('dash_week'), cell: (row) => formatWeek(row.week) },
          { label: t('dash_tickets'), cell: (row) => formatCount(row.tickets) },
          {
            label: t('dash_reopen_rate'),
            cell: (row) => (
              <DrillLink
                drill={{
                  query: { figure: 'reopened', ...weekOf(row.week) },
                  title: `${t('dash_reopen_rate')} · ${formatWeek(row.week)}`,
                }}
              >
                {formatRate(row.reopenRate)}
              </DrillLink>
            ),
          },
          {
            label: t('dash_escalation_rate'),
            cell: (row) => (
              <DrillLink
                drill={{
                  query: { figure: 'escalated', ...weekOf(row.week) },
                  title: `${t('dash_escalation_rate')} · ${formatWeek(row.week)}`,
                }}
              >
                {formatRate(row.escalationRate)}
              </DrillLink>
            ),
          },
          { label: t('dash_csat_short'), cell: (row) => formatAverage(row.csatAverage) },
        ]}
      />
    </>
  );
}
