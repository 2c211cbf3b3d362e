// The reservation list parser: what property systems and spreadsheets export, hostile cells,
// and every unusable row reported by its line while the good ones are kept.
import { describe, expect, it } from 'vitest';
import { csvDate, parseReservationCsv } from '../../../shared/reservation-csv.ts';

const parse = (text: string) => {
  const result = parseReservationCsv(text, 'TR');
  if (!result.ok) throw new Error(result.error);
  return result;
};

describe('parseReservationCsv', () => {
  it('reads a semicolon file with a BOM, Turkish headers and characters, and DD.MM.YYYY dates', () => {
    const text =
      '\uFEFFRezervasyon No;Misafir;Telefon;E-posta;Giriş Tarihi;Çıkış Tarihi\r\n' +
      'R-1001;Ayşe Yılmaz;0532 123 45 67;AYSE@example.com;01.07.2026;05.07.2026\r\n' +
      'R-1002;"Öztürk; İsmail";+49 171 2345678;;2026-07-02;2026-07-06\r\n';
    expect(parse(text)).toEqual({
      ok: true,
      problems: [],
      reservations: [
        {
          line: 2,
          reservationNumber: 'R-1001',
          guestName: 'Ayşe Yılmaz',
          phone: '+905321234567',
          email: 'ayse@example.com',
          arrival: '2026-07-01',
          departure: '2026-07-05',
        },
        {
          line: 3,
          reservationNumber: 'R-1002',
          guestName: 'Öztürk; İsmail',
          phone: '+491712345678',
          email: null,
          arrival: '2026-07-02',
          departure: '2026-07-06',
        },
      ],
    });
  });

  it('reads a comma file with English headers in another order, quotes with "" and a line break', () => {
    const text = [
      'Guest,Arrival,Departure,Reservation number,Email,Phone',
      '"Anna ""Annie"" Schmidt",2026-07-01,2026-07-03,B-77,anna@example.de,',
      '"Line one',
      'line two",2026-07-01,2026-07-03,B-78,,',
      'Olga,2026-07-01,2026-07-04,B-79,,',
    ].join('\n');
    const { reservations, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(reservations.map((r) => [r.line, r.reservationNumber, r.guestName])).toEqual([
      [2, 'B-77', 'Anna "Annie" Schmidt'],
      [3, 'B-78', 'Line one\nline two'],
      [5, 'B-79', 'Olga'],
    ]);
  });

  it('reports each bad row by line with every reason, and keeps the good rows', () => {
    const text = [
      'reservation;guest;phone;email;arrival;departure',
      ';Nobody;;;2026-07-01;2026-07-02',
      'R-2;Bad Dates;;;31.02.2026;2026-13-01',
      'R-3;Backwards;;;2026-07-05;2026-07-01',
      'R-4;Contact;call me;not-an-address;2026-07-01;2026-07-02',
      'R-5;Good;;;2026-07-01;2026-07-02',
      'R-5;Again;;;2026-07-01;2026-07-02',
    ].join('\n');
    const { reservations, problems } = parse(text);
    expect(reservations.map((r) => r.reservationNumber)).toEqual(['R-5']);
    expect(problems).toEqual([
      { line: 2, reasons: ['the reservation number is empty'] },
      {
        line: 3,
        reasons: [
          'the arrival date "31.02.2026" is not YYYY-MM-DD or DD.MM.YYYY',
          'the departure date "2026-13-01" is not YYYY-MM-DD or DD.MM.YYYY',
        ],
      },
      { line: 4, reasons: ['the departure is before the arrival'] },
      { line: 5, reasons: ['"call me" is not a phone number', '"not-an-address" is not an e-mail address'] },
      { line: 7, reasons: ['reservation R-5 is already on line 6'] },
    ]);
  });

  it('keeps hostile cells as plain text, and refuses cells the database cannot store', () => {
    const text = [
      'reservation number,guest,arrival,departure',
      'R-1,=HYPERLINK("http://evil.example"),2026-07-01,2026-07-02',
      'R-2,<img src=x onerror=alert(1)>,2026-07-01,2026-07-02',
      'R-3,Null\u0000Byte,2026-07-01,2026-07-02',
      `R-4,${'x'.repeat(600)},2026-07-01,2026-07-02`,
      'R-5,"never closed,2026-07-01,2026-07-02',
    ].join('\n');
    const { reservations, problems } = parse(text);
    expect(reservations.map((r) => r.guestName)).toEqual([
      '=HYPERLINK("http://evil.example")',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(problems.map((p) => [p.line, p.reasons[0]])).toEqual([
      [4, 'a cell contains characters that cannot be stored'],
      [5, 'a cell is longer than 500 characters'],
      [6, 'a quoted cell is never closed'],
    ]);
  });

  it('refuses a file whose header lacks a needed column, or that is empty', () => {
    expect(parseReservationCsv('guest;phone\nAyşe;0532 123 45 67', 'TR')).toEqual({
      ok: false,
      error: expect.stringMatching(/no reservation number, arrival, departure column/),
    });
    expect(parseReservationCsv('\uFEFF\n\n', 'TR')).toMatchObject({ ok: false });
  });
});

describe('csvDate', () => {
  it('reads both forms and refuses what is no calendar date', () => {
    expect(csvDate('2028-02-29')).toBe('2028-02-29');
    expect(csvDate('29.02.2028')).toBe('2028-02-29');
    expect(csvDate('1.3.2027')).toBe('2027-03-01');
    expect(csvDate('29.02.2027')).toBeNull();
    expect(csvDate('2027/03/01')).toBeNull();
    expect(csvDate('03/01/2027')).toBeNull();
    expect(csvDate('0001-01-01')).toBeNull();
  });
});
