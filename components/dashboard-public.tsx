// Public contacts (GET /v1/reports/public, issue 11): comments and reviews per source and week,
// the rating trend, how many got the hotel's public reply and how fast, and how many moved to a
// private channel and were solved there.
import type { PublicReport } from '../shared/report-contract.ts';
import { shiftDay } from '../shared/report-calendar.ts';
import { LineChart, SERIES_COLORS } from './charts.tsx';
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

type Row = PublicReport['sources'][number];

export function PublicSection({ api, period }: { api: PageApi; period: Period }) {
  const load = useReport(api, 'public', { ...period });
  return (
    <section data-testid="public-section" aria-labelledby="public-title">
      <h2 id="public-title">{t('dash_section_public')}</h2>
      <Loaded load={load}>{(report) => <Public api={api} report={report} />}</Loaded>
    </section>
  );
}

function Public({ api, report }: { api: PageApi; report: PublicReport }) {
  const query = { from: report.from, to: report.to };
  const sourceName = (source: Row['source']) => (source ? t(`dash_source_${source}`) : t('dash_unlisted'));
  const sources = report.sources.map((row) => row.source);
  const weekly = (value: (row: Row) => number | null) =>
    sources.map((source, index) => ({
      name: sourceName(source),
      color: SERIES_COLORS[index % SERIES_COLORS.length]!,
      values: report.weeks.map((week) => {
        const row = report.weekly.find((r) => r.week === week && r.source === source);
        return row ? value(row) : null;
      }),
    }));
  const link = (
    row: Row,
    period: Period,
    figure: 'public' | 'public_answered' | 'moved_private' | 'solved_private',
    text: string,
  ) => (
    <DrillLink
      drill={{
        query: { figure, ...period, ...(row.source ? { source: row.source } : {}) },
        title: `${sourceName(row.source)} · ${t(`dash_public_${figure}`)}`,
      }}
    >
      {text}
    </DrillLink>
  );
  const chart = {
    labels: report.weeks.map((w) => formatWeek(w)),
    labelHeading: t('dash_week'),
    tableLabel: t('dash_as_table'),
  };
  const columns = <R extends Row>(period: (row: R) => Period) => [
    {
      label: t('dash_public_public'),
      name: 'contacts',
      cell: (row: R) => link(row, period(row), 'public', formatCount(row.contacts)),
    },
    { label: t('dash_rating'), name: 'rating', cell: (row: R) => formatAverage(row.averageRating) },
    {
      label: t('dash_public_public_answered'),
      cell: (row: R) => link(row, period(row), 'public_answered', formatRate(row.responseRate)),
    },
    { label: t('dash_public_response_time'), cell: (row: R) => formatMinutes(row.responseMedianMinutes) },
    {
      label: t('dash_public_moved_private'),
      name: 'moved',
      cell: (row: R) => link(row, period(row), 'moved_private', formatCount(row.movedPrivate)),
    },
    {
      label: t('dash_public_solved_private'),
      name: 'solved',
      cell: (row: R) => link(row, period(row), 'solved_private', formatCount(row.solvedPrivate)),
    },
  ];
  return (
    <>
      <LineChart
        {...chart}
        testId="chart-public-contacts"
        whole
        title={t('dash_chart_public_contacts')}
        series={weekly((r) => r.contacts)}
        format={(v) => formatCount(Math.round(v))}
      />
      <LineChart
        {...chart}
        testId="chart-public-rating"
        title={t('dash_chart_public_rating')}
        series={weekly((r) => r.averageRating)}
        format={(v) => formatAverage(v)}
      />
      <TableHeading title={t('dash_public_sources')}>
        <CsvButton
          api={api}
          name="public"
          query={query}
          table="sources"
          file={`konuk-public-sources-${report.from}-${report.to}`}
        />
      </TableHeading>
      <DataTable
        testId="public-source"
        rows={report.sources}
        rowKey={(row) => row.source ?? 'none'}
        empty={t('dash_public_none')}
        columns={[
          { label: t('dash_source'), cell: (row: Row) => sourceName(row.source) },
          ...columns<Row>(() => query),
        ]}
      />
      <TableHeading title={t('dash_public_weekly')}>
        <CsvButton
          api={api}
          name="public"
          query={query}
          table="weekly"
          file={`konuk-public-weekly-${report.from}-${report.to}`}
        />
      </TableHeading>
      <DataTable
        testId="public-week"
        rows={report.weekly}
        rowKey={(row) => `${row.week}-${row.source}`}
        columns={[
          { label: t('dash_week'), cell: (row) => formatWeek(row.week) },
          { label: t('dash_source'), cell: (row) => sourceName(row.source) },
          ...columns<PublicReport['weekly'][number]>((row) => ({
            from: row.week,
            to: shiftDay(row.week, 6),
          })),
        ]}
      />
    </>
  );
}
