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
