// "[10:15, 03/03/2026] Ana García: " -> when and who. The date is in the user's locale format
// (03/03/2026, 3/14/2026, 14.03.2026, 2026-03-14); an ambiguous one is read in the order the
// whole page uses (whatsapp-date-order.ts), never value by value.
import {
  calendarParts,
  readNumericDate,
  type DayOrder,
  type NumericDate,
} from '../adapter-kit/numeric-date-order.ts';
import { localDate, parseClock } from '../page-time.ts';

export interface PrePlainText {
  sentAt: Date | null;
  sender: string;
}

export interface PrePlainStamp {
  clock: ReturnType<typeof parseClock>;
  date: NumericDate | null;
  sender: string;
}

const SHAPE = /^\s*\[([^\]]*)\]\s?(.*?):\s*$/s;

/** The stamp's parts, with the date not yet given an order. */
export function readPrePlainStamp(raw: string): PrePlainStamp | null {
  const shape = SHAPE.exec(raw);
  if (!shape) return null;
  const [, stamp = '', sender = ''] = shape;
  const comma = stamp.lastIndexOf(',');
  const clock = parseClock(comma >= 0 ? stamp.slice(0, comma) : stamp);
  const date = comma >= 0 ? readNumericDate(stamp.slice(comma + 1)) : null;
  return { clock, date, sender: sender.trim() };
}

export function parsePrePlainText(raw: string, pageOrder: DayOrder): PrePlainText | null {
  const stamp = readPrePlainStamp(raw);
  if (!stamp) return null;
  const sentAt =
    stamp.clock && stamp.date ? localDate({ ...calendarParts(stamp.date, pageOrder), ...stamp.clock }) : null;
  return { sentAt, sender: stamp.sender };
}
