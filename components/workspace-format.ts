// Dates and money in the workspace, in the reader's language and the hotel's time zone (never the
// machine's: an agent abroad still reads the hotel's times).
import { formatDateTime } from './locale-format.ts';
import { readerLocale } from './reader-locale.ts';

export function formatAt(iso: string, timeZone: string | undefined): string {
  return formatDateTime(iso, readerLocale(), timeZone);
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat(readerLocale(), { style: 'currency', currency }).format(amount);
}
