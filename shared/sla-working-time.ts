// The time an SLA clock counts: calendar time or business hours, minus the periods the ticket
// was paused (waiting for the guest, or resolved until the guest wrote again). A due time is
// "start + target" in this time, so a pause shifts it by the pause's length.
import { businessWindows, type BusinessCalendar } from './business-calendar.ts';

/** [fromMs, toMs) of a finished pause. */
export type Pause = readonly [number, number];

/** Sorted, merged, and only what lies after `fromMs`. */
function pausesAfter(pauses: readonly Pause[], fromMs: number): Pause[] {
  const sorted = pauses.filter(([, to]) => to > fromMs).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function* openWindows(calendar: BusinessCalendar | null, fromMs: number): Generator<[number, number]> {
  if (calendar) yield* businessWindows(calendar, fromMs);
  else yield [fromMs, Infinity];
}

/** The windows in which the clock runs from `fromMs` on: open time with the pauses cut out. */
export function* countedWindows(
  calendar: BusinessCalendar | null,
  pauses: readonly Pause[],
  fromMs: number,
): Generator<[number, number]> {
  const cuts = pausesAfter(pauses, fromMs);
  let next = 0;
  for (const [start, end] of openWindows(calendar, fromMs)) {
    let cursor = start;
    while (cursor < end) {
      while (next < cuts.length && cuts[next]![1] <= cursor) next += 1;
      const cut = cuts[next];
      if (!cut || cut[0] >= end) {
        yield [cursor, end];
        break;
      }
      if (cut[0] > cursor) yield [cursor, cut[0]];
      cursor = Math.max(cursor, cut[1]);
    }
  }
}

/** The instant at which `durationMs` of counted time has passed since `fromMs`. */
export function addWorkingMs(
  calendar: BusinessCalendar | null,
  pauses: readonly Pause[],
  fromMs: number,
  durationMs: number,
): number {
  if (durationMs <= 0) return fromMs;
  let left = durationMs;
  for (const [start, end] of countedWindows(calendar, pauses, fromMs)) {
    if (end - start >= left) return start + left;
    left -= end - start;
  }
  throw new Error('unreachable: counted windows never end');
}
