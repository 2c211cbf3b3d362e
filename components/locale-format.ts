// Durations, numbers, shares and dates as the reader's language writes them, with Intl alone:
// "1 sa. 05 dk." and "%30" in Turkish, "1 hr 05 min" and "30%" in English. A dash stands for
// "no data yet" (never a zero that lies).

const NO_DATA = '—';
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

type Unit = 'day' | 'hour' | 'minute' | 'second';

function unit(locale: string, value: number, name: Unit, pad = false): string {
  return numberFormat(locale, {
    style: 'unit',
    unit: name,
    unitDisplay: 'short',
    minimumIntegerDigits: pad ? 2 : 1,
  }).format(value);
}

/** A span of time, sign dropped (the words around it say "left" or "over"), two units at most. */
export function formatDuration(ms: number, locale: string): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  if (days > 0) return `${unit(locale, days, 'day')} ${unit(locale, hours, 'hour')}`;
  if (hours > 0) return `${unit(locale, hours, 'hour')} ${unit(locale, minutes, 'minute', true)}`;
  if (minutes > 0) return unit(locale, minutes, 'minute');
  return unit(locale, totalSeconds % 60, 'second');
}

/** Whole minutes as a duration ("42 min", "3 hr 05 min"). */
export function formatMinutes(minutes: number | null, locale: string): string {
  if (minutes === null) return NO_DATA;
  const rounded = Math.round(minutes);
  if (rounded < 60) return unit(locale, rounded, 'minute');
  return formatDuration(rounded * 60_000, locale);
}

/** A share from 0 to 1 as a whole percentage. */
export function formatPercent(rate: number | null, locale: string): string {
  return rate === null ? NO_DATA : numberFormat(locale, { style: 'percent' }).format(rate);
}

/** An average with one decimal ("4.1", "4,1"). */
export function formatDecimal(value: number | null, locale: string): string {
  if (value === null) return NO_DATA;
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A count ("1,250", "1.250"). */
export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, {}).format(value);
}

/** A moment as a short date and time in the reader's language (in the browser's time zone). */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}

export type FigureKind = 'count' | 'minutes' | 'percent' | 'decimal';

/** A change, signed ("+40%", "−21 min", "+1,5"); a dash when there is none to tell. */
export function formatChange(value: number | null, kind: FigureKind, locale: string): string {
  if (value === null) return NO_DATA;
  if (kind === 'minutes') {
    if (Math.round(value) === 0) return formatMinutes(0, locale);
    return `${value > 0 ? '+' : '-'}${formatMinutes(Math.abs(value), locale)}`;
  }
  const options: Intl.NumberFormatOptions =
    kind === 'percent'
      ? { style: 'percent', signDisplay: 'exceptZero' }
      : kind === 'decimal'
        ? { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }
        : { signDisplay: 'exceptZero' };
  return numberFormat(locale, options).format(value);
}

/** A figure of a kind, unsigned. */
export function formatFigure(value: number | null, kind: FigureKind, locale: string): string {
  if (kind === 'minutes') return formatMinutes(value, locale);
  if (kind === 'percent') return formatPercent(value, locale);
  if (kind === 'decimal') return formatDecimal(value, locale);
  return value === null ? NO_DATA : formatCount(value, locale);
}
