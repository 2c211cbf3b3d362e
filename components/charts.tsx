// Small SVG charts for the dashboard, without a chart library: horizontal bars, one group per
// row and one bar per series. Every value is also printed as text beside its bar, so the chart
// reads without colours and the numbers can be copied.

export interface ChartSeries {
  name: string;
  color: string;
}

export interface ChartRow {
  label: string;
  /** One value per series; null is drawn as no bar and printed as a dash. */
  values: (number | null)[];
}

export interface BarChartProps {
  title: string;
  series: ChartSeries[];
  rows: ChartRow[];
  format(value: number): string;
  testId?: string;
}

const LABEL_WIDTH = 140;
const BAR_AREA = 320;
const VALUE_WIDTH = 80;
const BAR_HEIGHT = 14;
const BAR_GAP = 3;
const GROUP_GAP = 10;
const LEGEND_HEIGHT = 20;

export function BarChart({ title, series, rows, format, testId }: BarChartProps) {
  const max = Math.max(0, ...rows.flatMap((row) => row.values.map((value) => value ?? 0)));
  const groupHeight = series.length * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
  const width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
  const height = LEGEND_HEIGHT + rows.length * groupHeight;
  const length = (value: number) => (max > 0 ? Math.max(1, (value / max) * BAR_AREA) : 0);
  return (
    <figure class="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
        {series.map((item, index) => (
          <g key={item.name} transform={`translate(${LABEL_WIDTH + index * 140}, 4)`}>
            <rect width={10} height={10} fill={item.color} />
            <text x={14} y={9}>
              {item.name}
            </text>
          </g>
        ))}
        {rows.map((row, rowIndex) => {
          const top = LEGEND_HEIGHT + rowIndex * groupHeight;
          return (
            <g key={row.label} data-row={row.label}>
              <text x={0} y={top + BAR_HEIGHT - 3}>
                {row.label}
              </text>
              {series.map((item, index) => {
                const value = row.values[index] ?? null;
                const y = top + index * (BAR_HEIGHT + BAR_GAP);
                const bar = value === null ? 0 : length(value);
                return (
                  <g key={item.name}>
                    <rect x={LABEL_WIDTH} y={y} width={bar} height={BAR_HEIGHT} fill={item.color} />
                    <text x={LABEL_WIDTH + bar + 4} y={y + BAR_HEIGHT - 3} data-value={value ?? ''}>
                      {value === null ? '—' : format(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export interface LineSeries {
  name: string;
  color: string;
  /** One value per x label; null leaves a gap (no data that week). */
  values: (number | null)[];
}

export interface LineChartProps {
  title: string;
  /** The x axis: weeks or months, already written for the reader. */
  labels: string[];
  series: LineSeries[];
  format(value: number): string;
  /** The heading of the x column in the table fallback ("Week"). */
  labelHeading: string;
  /** The words on the table fallback's summary ("Show as a table"). */
  tableLabel: string;
  /** Whole numbers only (counts): no gridline between 0 and 1. */
  whole?: boolean;
  testId?: string;
}

const LINE_WIDTH = 560;
const LINE_HEIGHT = 200;
const AXIS_LEFT = 64;
const AXIS_BOTTOM = 24;
const TOP = 12;
const GRID_LINES = 4;
const MAX_X_LABELS = 13;
const RIGHT_MARGIN = 28;

/** Gridline values from 0: a round step (1, 2 or 5 × 10ⁿ) that covers `max` in about four. */
export function gridOf(max: number, whole: boolean): number[] {
  const raw = Math.max(max / GRID_LINES, whole ? 1 : 0) || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw)!;
  const lines = [0];
  // toPrecision: 3 × 0.2 is 0.6, not 0.6000000000000001.
  while (lines.at(-1)! < max) lines.push(Number((lines.length * step).toPrecision(12)));
  return lines.length > 1 ? lines : [0, step];
}

/**
 * A time series as lines, one per series, a dot on every value (its <title> is the value in
 * words) and the same numbers as a table under a summary, for screen readers and copying.
 */
export function LineChart({
  title,
  labels,
  series,
  format,
  labelHeading,
  tableLabel,
  whole = false,
  testId,
}: LineChartProps) {
  const values = series.flatMap((item) => item.values.filter((value): value is number => value !== null));
  const grid = gridOf(Math.max(0, ...values), whole);
  const max = grid.at(-1)!;
  const plotWidth = LINE_WIDTH - AXIS_LEFT - RIGHT_MARGIN;
  const plotHeight = LINE_HEIGHT - TOP - AXIS_BOTTOM;
  const x = (index: number) =>
    AXIS_LEFT + (labels.length < 2 ? plotWidth / 2 : (index / (labels.length - 1)) * plotWidth);
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight;
  const every = Math.ceil(labels.length / MAX_X_LABELS);
  const height = LINE_HEIGHT + LEGEND_HEIGHT;
  return (
    <figure class="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg
        width={LINE_WIDTH}
        height={height}
        viewBox={`0 0 ${LINE_WIDTH} ${height}`}
        role="img"
        aria-label={title}
      >
        {grid.map((value) => (
          <g key={value}>
            <line x1={AXIS_LEFT} x2={AXIS_LEFT + plotWidth} y1={y(value)} y2={y(value)} stroke="#dadce0" />
            <text x={AXIS_LEFT - 6} y={y(value) + 4} text-anchor="end">
              {format(value)}
            </text>
          </g>
        ))}
        {labels.map((label, index) =>
          index % every === 0 ? (
            <text key={label} x={x(index)} y={LINE_HEIGHT - 6} text-anchor="middle">
              {label}
            </text>
          ) : null,
        )}
        {series.map((item) => (
          <g key={item.name} data-series={item.name}>
            {segments(item.values).map((segment) => (
              <polyline
                key={segment[0]}
                fill="none"
                stroke={item.color}
                stroke-width={2}
                points={segment.map((index) => `${x(index)},${y(item.values[index]!)}`).join(' ')}
              />
            ))}
            {item.values.map((value, index) =>
              value === null ? null : (
                <circle key={index} cx={x(index)} cy={y(value)} r={3} fill={item.color} data-value={value}>
                  <title>{`${item.name}, ${labels[index]}: ${format(value)}`}</title>
                </circle>
              ),
            )}
          </g>
        ))}
        {series.map((item, index) => (
          <g key={item.name} transform={`translate(${AXIS_LEFT + index * 130}, ${LINE_HEIGHT + 4})`}>
            <rect width={10} height={10} fill={item.color} />
            <text x={14} y={9}>
              {item.name}
            </text>
          </g>
        ))}
      </svg>
      <details>
        <summary>{tableLabel}</summary>
        <table>
          <thead>
            <tr>
              <th>{labelHeading}</th>
              {series.map((item) => (
                <th key={item.name}>{item.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, index) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((item) => (
                  <td key={item.name}>{item.values[index] === null ? '—' : format(item.values[index]!)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Runs of consecutive indexes with a value: a line never bridges a week without one. */
function segments(values: (number | null)[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(index);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Colours told apart by most readers, one per series in order. */
export const SERIES_COLORS = [
  '#0b57d0',
  '#e37400',
  '#188038',
  '#a142f4',
  '#d93025',
  '#007b83',
  '#9aa0a6',
  '#b06000',
  '#3c4043',
];
