// How the dashboard prints its figures: minutes as "42 min" or "3 h 05 min", shares as whole
// percentages, averages with one decimal, and a dash for "no data yet" (never a zero that lies).

export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return '—';
  const rounded = Math.round(minutes);
  if (rounded < 60) return `${rounded} min`;
  const hours = Math.floor(rounded / 60);
  return `${hours} h ${String(rounded % 60).padStart(2, '0')} min`;
}

export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

export function formatAverage(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}

/** A calendar day in this browser's zone as YYYY-MM-DD (the API reads it in the hotel's zone). */
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The last seven days, today included. */
export function lastWeek(now: Date): { from: string; to: string } {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 6);
  return { from: isoDay(from), to: isoDay(now) };
}
