// How often agents correct the classifier (GET /v1/reports/corrections, issue 10): per field
// (topic, stage, priority) and per label the classifier gave, corrected over classified. A
// label agents correct often is where the classifier needs the hotel's words.
import type { CorrectedField } from '../shared/report-contract.ts';
import { CsvButton, DataTable, DrillLink, Loaded, TableHeading, useReport } from './dashboard-kit.tsx';
import { formatCount, formatRate, type Period } from './dashboard-format.ts';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';

const fieldName = (field: CorrectedField) => t(`dash_field_${field}`);
const labelName = (field: CorrectedField, label: string) => t(`${field}_${label}`);

export function CorrectionTables({ api, period }: { api: PageApi; period: Period }) {
  const load = useReport(api, 'corrections', { ...period });
  const file = (table: string) => `konuk-corrections-${table}-${period.from}-${period.to}`;
  return (
    <Loaded load={load}>
      {(report) => (
        <>
          <TableHeading title={t('dash_corrections')}>
            <CsvButton api={api} name="corrections" query={period} table="fields" file={file('fields')} />
          </TableHeading>
          <DataTable
            testId="correction-field"
            rows={report.fields}
            rowKey={(row) => row.field}
            columns={[
              { label: t('dash_field'), cell: (row) => fieldName(row.field) },
              { label: t('dash_classified'), cell: (row) => formatCount(row.classified) },
              {
                label: t('dash_corrected'),
                cell: (row) => (
                  <DrillLink
                    drill={{
                      query: { figure: 'corrected', ...period, field: row.field },
                      title: fieldName(row.field),
                    }}
                  >
                    {formatCount(row.corrected)}
                  </DrillLink>
                ),
              },
              { label: t('dash_correction_rate'), name: 'rate', cell: (row) => formatRate(row.rate) },
            ]}
          />
          <TableHeading title={t('dash_corrections_labels')}>
            <CsvButton api={api} name="corrections" query={period} table="labels" file={file('labels')} />
          </TableHeading>
          <DataTable
            testId="correction-label"
            rows={report.labels}
            rowKey={(row) => `${row.field}-${row.label}`}
            columns={[
              { label: t('dash_field'), cell: (row) => fieldName(row.field) },
              { label: t('dash_label'), cell: (row) => labelName(row.field, row.label) },
              { label: t('dash_classified'), cell: (row) => formatCount(row.classified) },
              {
                label: t('dash_corrected'),
                cell: (row) => (
                  <DrillLink
                    drill={{
                      query: { figure: 'corrected', ...period, field: row.field, label: row.label },
                      title: `${fieldName(row.field)} · ${labelName(row.field, row.label)}`,
                    }}
                  >
                    {formatCount(row.corrected)}
                  </DrillLink>
                ),
              },
              { label: t('dash_correction_rate'), name: 'rate', cell: (row) => formatRate(row.rate) },
            ]}
          />
        </>
      )}
    </Loaded>
  );
}
