// A hotel's reservation list as CSV (issue 9): reservation number, guest, phone, e-mail, arrival,
// departure, with a header row. Tolerant of what spreadsheets and property systems export: ; or ,
// (or tab) separators, a UTF-8 byte-order mark, quoted cells with "" inside and line breaks,
// Turkish or English column names, dates as YYYY-MM-DD or DD.MM.YYYY. Every row it cannot use is
// reported by its line with the reasons; the good rows are kept. Cells are text, never formulas
// or markup, wherever they are shown.
import { foldText } from './classification/normalize-text.ts';
import { normalisePhoneNumber, type PhoneRegion } from './phone-number.ts';
import { isStorableText } from './storable-values.ts';
import { EARLIEST_STORABLE_YEAR, LATEST_STORABLE_YEAR } from './storable-values.ts';

export interface ParsedReservation {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  reservationNumber: string;
  guestName: string | null;
  /** E.164. */
  phone: string | null;
  email: string | null;
  /** YYYY-MM-DD. */
  arrival: string;
  departure: string;
}

export interface RowProblem {
  line: number;
  reasons: string[];
}

export type ReservationCsv =
  { ok: true; reservations: ParsedReservation[]; problems: RowProblem[] } | { ok: false; error: string };

export const MAX_RESERVATION_ROWS = 20_000;
const MAX_CELL_CHARS = 500;
const MAX_RESERVATION_NUMBER_CHARS = 100;

type Column = 'reservationNumber' | 'guestName' | 'phone' | 'email' | 'arrival' | 'departure';

/** Column names as folded (lower case, no diacritics, letters and digits only). */
const COLUMN_NAMES: Record<Column, readonly string[]> = {
  reservationNumber: [
    'reservationnumber', 'reservationno', 'reservation', 'reservationid', 'bookingnumber', 'bookingno',
    'booking', 'bookingreference', 'confirmationnumber', 'resno', 'rezervasyonno', 'rezervasyonnumarasi',
    'rezervasyon', 'rezno',
  ],
  guestName: ['guest', 'guestname', 'name', 'fullname', 'misafir', 'misafiradi', 'misafiradisoyadi', 'adsoyad', 'adisoyadi', 'isim'],
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'gsm', 'whatsapp', 'telefon', 'telefonno', 'cep', 'ceptelefonu'],
  email: ['email', 'emailaddress', 'mail', 'eposta', 'epostaadresi'],
  arrival: ['arrival', 'arrivaldate', 'checkin', 'checkindate', 'giris', 'giristarihi', 'gelis', 'gelistarihi'],
  departure: ['departure', 'departuredate', 'checkout', 'checkoutdate', 'cikis', 'cikistarihi', 'ayrilis', 'ayrilistarihi'],
}; // prettier-ignore

const REQUIRED: readonly Column[] = ['reservationNumber', 'arrival', 'departure'];
const COLUMN_LABELS: Record<Column, string> = {
  reservationNumber: 'reservation number',
  guestName: 'guest',
  phone: 'phone',
  email: 'e-mail',
  arrival: 'arrival',
  departure: 'departure',
};

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

interface CsvRecord {
  line: number;
  cells: string[];
  /** A quote opened in the record and never closed. */
  unclosed: boolean;
}

/** The separator the header line uses most, outside quotes: ; , or tab. */
function separatorOf(text: string): string {
  const counts = new Map([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** RFC 4180 records, each with the line it starts on; blank lines are skipped. */
export function csvRecords(text: string, separator: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = (unclosed = false) => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: start, cells, unclosed });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      start = line;
    } else cell += c;
  }
  if (quoted || cell !== '' || cells.length > 0) endRecord(quoted);
  return records;
}

const folded = (name: string) => foldText(name).replace(/[^a-z0-9]+/g, '');

/** A date written YYYY-MM-DD or DD.MM.YYYY as YYYY-MM-DD, or null when it is no calendar date. */
export function csvDate(written: string): string | null {
  const iso = ISO_DATE.exec(written);
  const dotted = DOTTED_DATE.exec(written);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dotted
      ? [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < EARLIEST_STORABLE_YEAR || year > LATEST_STORABLE_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function readRow(
  record: CsvRecord,
  columns: Map<Column, number>,
  region: PhoneRegion,
): ParsedReservation | RowProblem {
  const reasons: string[] = [];
  if (record.unclosed) reasons.push('a quoted cell is never closed');
  const cell = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (record.cells[index] ?? '').trim();
  };
  for (const value of record.cells) {
    if (value.length > MAX_CELL_CHARS) reasons.push(`a cell is longer than ${MAX_CELL_CHARS} characters`);
    else if (!isStorableText(value)) reasons.push('a cell contains characters that cannot be stored');
  }
  const reservationNumber = cell('reservationNumber');
  if (!reservationNumber) reasons.push('the reservation number is empty');
  else if (reservationNumber.length > MAX_RESERVATION_NUMBER_CHARS)
    reasons.push('the reservation number is too long');
  const phoneText = cell('phone');
  const phone = phoneText ? normalisePhoneNumber(phoneText, region) : null;
  if (phoneText && !phone) reasons.push(`"${phoneText.slice(0, 40)}" is not a phone number`);
  const email = cell('email').toLowerCase() || null;
  if (email && !EMAIL.test(email)) reasons.push(`"${email.slice(0, 60)}" is not an e-mail address`);
  const dates = (['arrival', 'departure'] as const).map((column) => {
    const written = cell(column);
    const date = csvDate(written);
    if (!written) reasons.push(`the ${column} date is empty`);
    else if (!date)
      reasons.push(`the ${column} date "${written.slice(0, 20)}" is not YYYY-MM-DD or DD.MM.YYYY`);
    return date;
  });
  const [arrival, departure] = dates;
  if (arrival && departure && departure < arrival) reasons.push('the departure is before the arrival');
  if (reasons.length > 0) return { line: record.line, reasons: [...new Set(reasons)] };
  return {
    line: record.line,
    reservationNumber,
    guestName: cell('guestName') || null,
    phone,
    email,
    arrival: arrival!,
    departure: departure!,
  };
}

/** `region`: the hotel's country, for phone numbers written without a country code. */
export function parseReservationCsv(text: string, region: PhoneRegion): ReservationCsv {
  const body = text.replace(/^\uFEFF/, '');
  const [header, ...rows] = csvRecords(body, separatorOf(body));
  if (!header)
    return { ok: false, error: 'The file is empty: it needs a header row and one row per reservation.' };
  const columns = new Map<Column, number>();
  header.cells.forEach((name, index) => {
    const key = folded(name);
    const column = (Object.keys(COLUMN_NAMES) as Column[]).find((c) => COLUMN_NAMES[c].includes(key));
    if (column && !columns.has(column)) columns.set(column, index);
  });
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    return {
      ok: false,
      error: `The header row has no ${missing.map((c) => COLUMN_LABELS[c]).join(', ')} column (expected: reservation number, guest, phone, e-mail, arrival, departure).`,
    };
  }
  if (rows.length > MAX_RESERVATION_ROWS) {
    return { ok: false, error: `The file has more than ${MAX_RESERVATION_ROWS} rows; upload it in parts.` };
  }
  const reservations: ParsedReservation[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const record of rows) {
    const row = readRow(record, columns, region);
    if ('reasons' in row) {
      problems.push(row);
      continue;
    }
    const earlier = seen.get(row.reservationNumber);
    if (earlier !== undefined) {
      problems.push({
        line: row.line,
        reasons: [`reservation ${row.reservationNumber} is already on line ${earlier}`],
      });
      continue;
    }
    seen.set(row.reservationNumber, row.line);
    reservations.push(row);
  }
  return { ok: true, reservations, problems };
}
