// What every dashboard section shares: loading a report through the page API, a table whose
// figures drill down to their tickets, and a button that downloads a table as CSV.
import { createContext, type ComponentChild } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ReportName, ReportOf } from '../shared/report-endpoints.ts';
import type { DrillDownQuery } from '../shared/report-loop-contract.ts';
import { errorText } from './guest-record.tsx';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';

export type Load<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/** A report, asked again whenever its query changes; the latest question wins. */
export function useReport<N extends ReportName>(
  api: PageApi,
  name: N,
  query: Record<string, string> | null,
  reload = 0,
): Load<ReportOf<N>> {
  const [load, setLoad] = useState<Load<ReportOf<N>>>({ state: 'loading' });
  const key = query === null ? null : new URLSearchParams(query).toString();
  useEffect(() => {
    if (query === null) return;
    let current = true;
    setLoad({ state: 'loading' });
    void api.reportOf(name, query).then((answer) => {
      if (!current) return;
      setLoad(
        answer.ok ? { state: 'ready', value: answer.value } : { state: 'error', message: errorText(answer) },
      );
    });
    return () => {
      current = false;
    };
  }, [api, name, key, reload]);
  return load;
}

/** Loading and error states around a loaded report. */
export function Loaded<T>({ load, children }: { load: Load<T>; children: (value: T) => ComponentChild }) {
  if (load.state === 'loading') return <p>{t('panel_loading')}</p>;
  if (load.state === 'error') {
    return (
      <p class="error" role="alert" data-testid="dash-error">
        {load.message}
      </p>
    );
  }
  return <>{children(load.value)}</>;
}

/** The figure to drill into: its query (period included) and what the list is called. */
export interface Drill {
  query: Omit<DrillDownQuery, 'table'>;
  title: string;
}

export const DrillContext = createContext<(drill: Drill) => void>(() => undefined);

/** A figure that opens the list of its tickets. */
export function DrillLink({ drill, children }: { drill: Drill; children: ComponentChild }) {
  const open = useContext(DrillContext);
  return (
    <button
      type="button"
      class="drill"
      data-testid="drill"
      data-figure={drill.query.figure}
      title={t('dash_drill_title', drill.title)}
      onClick={() => open(drill)}
    >
      {children}
    </button>
  );
}

export interface Column<Row> {
  label: string;
  cell(row: Row): ComponentChild;
  /** The data-cell name tests and the E2E read the cell by. */
  name?: string;
}

export function DataTable<Row>({
  rows,
  columns,
  testId,
  rowKey,
  empty,
}: {
  rows: Row[];
  columns: Column<Row>[];
  testId: string;
  rowKey(row: Row): string;
  empty?: string;
}) {
  if (rows.length === 0) return <p data-testid={`${testId}-empty`}>{empty ?? t('dash_no_data')}</p>;
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label}>{column.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} data-testid={`${testId}-row`} data-key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.label} data-cell={column.name}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Downloads one table of a report as the API writes it in CSV. */
export function CsvButton({
  api,
  name,
  query,
  table,
  file,
  label,
}: {
  api: PageApi;
  name: ReportName;
  query: Record<string, string>;
  table: string;
  file: string;
  /** What the file holds, when the heading beside the button does not say. */
  label?: string;
}) {
  const [failed, setFailed] = useState<string | null>(null);
  async function download() {
    const answer = await api.reportCsv(name, { ...query, table });
    if (!answer.ok) return setFailed(errorText(answer));
    setFailed(null);
    const url = URL.createObjectURL(new Blob([answer.value], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${file}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  }
  return (
    <span class="csv">
      <button type="button" data-testid={`csv-${name}-${table}`} onClick={() => void download()}>
        {label ? t('dash_csv_named', label) : t('dash_csv')}
      </button>
      {failed ? (
        <span class="error" role="alert">
          {failed}
        </span>
      ) : null}
    </span>
  );
}

/** A table's heading with its CSV buttons beside it (h3 under a section's h2, unless told). */
export function TableHeading({
  title,
  level = 3,
  children,
}: {
  title: string;
  level?: 2 | 3;
  children?: ComponentChild;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div class="table-heading">
      <Heading>{title}</Heading>
      {children}
    </div>
  );
}
