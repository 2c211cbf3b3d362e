// Before/after (GET /v1/reports/before-after): a 14-day improvement sprint, started on a day the
// coordinator picks (by default the one ending today, hotel calendar), against the 14 days before
// it: every KPI side by side with its change, and whether it moved the better way.
import { useState } from 'preact/hooks';
import type { Kpi } from '../shared/report-contract.ts';
import { hotelDay, shiftDay } from '../shared/report-calendar.ts';
import { CsvButton, DataTable, Loaded, TableHeading, useReport } from './dashboard-kit.tsx';
import { formatDay } from './dashboard-format.ts';
import { formatChange, formatFigure, type FigureKind } from './locale-format.ts';
import { readerLocale } from './reader-locale.ts';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';

const KIND: Record<Kpi, FigureKind> = {
  tickets: 'count',
  firstResponseMedianMinutes: 'minutes',
  firstResponseP90Minutes: 'minutes',
  slaMetRate: 'percent',
  resolutionMedianMinutes: 'minutes',
  resolutionRate: 'percent',
  reopenRate: 'percent',
  escalationRate: 'percent',
  csatAverage: 'decimal',
  complaintCsatAverage: 'decimal',
  qaAveragePoints: 'decimal',
  correctionRate: 'percent',
  publicResponseRate: 'percent',
};

export function SprintSection({ api, timeZone, nowMs }: { api: PageApi; timeZone: string; nowMs: number }) {
  const [sprintFrom, setSprintFrom] = useState(() => shiftDay(hotelDay(timeZone, nowMs), -13));
  const query = { sprintFrom };
  const load = useReport(api, 'before-after', query);
  const locale = readerLocale();
  return (
    <section data-testid="sprint-section" aria-labelledby="sprint-title">
      <h2 id="sprint-title">{t('dash_section_sprint')}</h2>
      <label>
        {t('dash_sprint_from')}
        <input
          type="date"
          data-testid="sprint-from"
          value={sprintFrom}
          onChange={(event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setSprintFrom(value);
          }}
        />
      </label>
      <Loaded load={load}>
        {(report) => (
          <>
            <p data-testid="sprint-periods">
              {t(
                'dash_sprint_periods',
                formatDay(report.before.from),
                formatDay(report.before.to),
                formatDay(report.sprint.from),
                formatDay(report.sprint.to),
              )}
            </p>
            <TableHeading title={t('dash_kpis')}>
              <CsvButton
                api={api}
                name="before-after"
                query={query}
                table="kpis"
                file={`konuk-before-after-${sprintFrom}`}
              />
            </TableHeading>
            <DataTable
              testId="kpi"
              rows={report.kpis}
              rowKey={(row) => row.kpi}
              columns={[
                { label: t('dash_kpi'), cell: (row) => t(`dash_kpi_${row.kpi}`) },
                {
                  label: t('dash_before'),
                  name: 'before',
                  cell: (row) => formatFigure(row.before, KIND[row.kpi], locale),
                },
                {
                  label: t('dash_sprint'),
                  name: 'sprint',
                  cell: (row) => formatFigure(row.sprint, KIND[row.kpi], locale),
                },
                {
                  label: t('dash_change'),
                  name: 'change',
                  cell: (row) => (
                    <span class={row.improved === null ? '' : row.improved ? 'better' : 'worse'}>
                      {formatChange(row.change, KIND[row.kpi], locale)}
                    </span>
                  ),
                },
                {
                  label: t('dash_relative_change'),
                  cell: (row) => formatChange(row.relativeChange, 'percent', locale),
                },
                {
                  label: t('dash_improved'),
                  name: 'improved',
                  cell: (row) => (row.improved === null ? '—' : row.improved ? t('dash_yes') : t('dash_no')),
                },
              ]}
            />
          </>
        )}
      </Loaded>
    </section>
  );
}
