// Report tables as CSV (RFC 4180, CRLF, a UTF-8 byte order mark so spreadsheet programs read
// Turkish letters): asked with `Accept: text/csv`, the table named by `table` (else the report's
// first). Guest and staff text is hostile: a text cell a spreadsheet would run as a formula
// (starting with = + - @, a tab or a carriage return, also after spaces or in full-width form) is
// prefixed with a quote, and every cell with a comma, quote or line break is quoted.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table's columns from its row schema, a nested object's fields flattened ("checks.clear"). */
export function columnsOf(row: z.ZodObject): string[] {
  return Object.entries(row.shape).flatMap(([key, field]) => {
    const inner = unwrap(field as z.ZodType);
    return inner instanceof z.ZodObject ? columnsOf(inner).map((column) => `${key}.${column}`) : [key];
  });
}

function unwrap(field: z.ZodType): z.ZodType {
  let inner = field;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

function valueAt(row: unknown, column: string): unknown {
  return column
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], row);
}

export function toCsv(columns: readonly string[], rows: readonly unknown[]): string {
  const lines = [
    columns.map(csvCell),
    ...rows.map((row) => columns.map((column) => csvCell(valueAt(row, column)))),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

export function wantsCsv(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').toLowerCase().includes('text/csv');
}

/**
 * The report as JSON, or one of its tables as CSV when asked. `tables` are the report's table
 * names, first the default; `schema` is the report's response schema.
 */
export function answerReport<T extends Record<string, unknown>>(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: {
    report: T;
    schema: z.ZodObject;
    tables: readonly string[];
    table: string | undefined;
    /** The file name without ".csv" (letters, digits and dashes). */
    name: string;
  },
): T | string {
  if (!wantsCsv(request)) return answer.report;
  const table = answer.table ?? answer.tables[0]!;
  const list = unwrap(answer.schema.shape[table] as z.ZodType) as z.ZodArray<z.ZodObject>;
  reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="konuk-${answer.name}-${table}.csv"`);
  return toCsv(columnsOf(list.element), answer.report[table] as unknown[]);
}
