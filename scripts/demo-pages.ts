// The demo's own copies of the fixture pages, dated relative to the demo's "now": every time and
// date on the page moves by one offset, so the newest message of a conversation was sent a few
// minutes ago and the badges show a working morning instead of "16 days over". The fixtures the
// tests use are not touched (tests pin their dates). The fixture's test string of HTML is a test,
// not a guest: it is left out of the demo.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const MINUTE = 60_000;
const pad = (n: number) => String(n).padStart(2, '0');

// Fixture clocks are wall-clock times of the page; the demo shows them in this machine's zone,
// as the browser it opens reads them.
function wallClock(year: number, month: number, day: number, hour = 12, minute = 0): Date {
  return new Date(year, month - 1, day, hour, minute);
}

/** Shifts every timestamp so that `latest` on the page lands at `target`. */
function offsetTo(latest: Date, target: Date): number {
  return Math.round((target.getTime() - latest.getTime()) / MINUTE) * MINUTE;
}

// ---- WhatsApp: "[21:07, 14.11.2026] Name: " prefixes, "21:07" clocks, "14.11.2026" day rows.
const WA_TOKEN =
  /\[(\d{2}):(\d{2}), (\d{2})\.(\d{2})\.(\d{4})\]|>(\d{2}):(\d{2})<|>(\d{2})\.(\d{2})\.(\d{4})</g;
const XSS_MESSAGE = 'data-id="3EB0E6D4C3B2A1F0E9D8C7B6"';

/** Drops the row (a `<div role="row">` opened and closed at column 0) holding the test string. */
function withoutTestString(html: string): string {
  const at = html.indexOf(XSS_MESSAGE);
  if (at === -1) return html;
  const start = html.lastIndexOf('<div role="row">', at);
  const end = html.indexOf('\n</div>\n', at) + '\n</div>\n'.length;
  return html.slice(0, start) + html.slice(end);
}

const waDate = (d: Date) => `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
const waClock = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * Each conversation on the page (the open one, then each `<template>` the chat list swaps in)
 * moves on its own, so their newest messages were sent `minutesAgo[i]` minutes ago.
 */
export function datedWhatsApp(html: string, now: Date, minutesAgo = [3, 9, 35]): string {
  const segments = withoutTestString(html).split(/(?=<template data-konuk-conversation)/);
  return segments.map((segment, i) => datedConversation(segment, now, minutesAgo[i] ?? 60)).join('');
}

function datedConversation(page: string, now: Date, minutesAgo: number): string {
  // A clock without a date belongs to the last day row above it.
  let day: [number, number, number] = [1, 1, 1970];
  const tokens = [...page.matchAll(WA_TOKEN)].map((m) => {
    if (m[1]) return { m, at: wallClock(+m[5]!, +m[4]!, +m[3]!, +m[1]!, +m[2]!), kind: 'stamp' as const };
    if (m[6]) return { m, at: wallClock(day[2], day[1], day[0], +m[6]!, +m[7]!), kind: 'clock' as const };
    day = [+m[8]!, +m[9]!, +m[10]!];
    return { m, at: wallClock(day[2], day[1], day[0]), kind: 'day' as const };
  });
  const sent = tokens.filter((t) => t.kind !== 'day').map((t) => t.at.getTime());
  if (sent.length === 0) return page;
  const offset = offsetTo(new Date(Math.max(...sent)), new Date(now.getTime() - minutesAgo * MINUTE));
  for (const token of tokens) token.at = new Date(token.at.getTime() + offset);
  // A day row takes the (moved) date of the first message below it, so a conversation that now
  // crosses midnight still reads right.
  tokens.forEach((token, index) => {
    if (token.kind !== 'day') return;
    const next = tokens.slice(index + 1).find((t) => t.kind !== 'day');
    if (next) token.at = next.at;
  });
  let out = '';
  let last = 0;
  for (const { m, at, kind } of tokens) {
    out += page.slice(last, m.index);
    out +=
      kind === 'stamp'
        ? `[${waClock(at)}, ${waDate(at)}]`
        : kind === 'clock'
          ? `>${waClock(at)}<`
          : `>${waDate(at)}<`;
    last = m.index! + m[0].length;
  }
  return out + page.slice(last);
}

// ---- Gmail: title="Tue, Nov 17, 2026, 9:42 AM" (and alt) on each message's time cell.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const GMAIL_CELL =
  /title="(\w{3}), (\w{3}) (\d{1,2}), (\d{4}), (\d{1,2}):(\d{2}) ([AP]M)" alt="[^"]*"( role="gridcell" tabindex="-1">)([^<]*)</g;

function gmailParse(m: RegExpMatchArray): Date {
  const hour12 = +m[5]! % 12;
  return wallClock(+m[4]!, MONTHS.indexOf(m[2]!) + 1, +m[3]!, m[7] === 'PM' ? hour12 + 12 : hour12, +m[6]!);
}

function gmailTitle(d: Date): string {
  const hour = d.getHours() % 12 || 12;
  const clock = `${hour}:${pad(d.getMinutes())} ${d.getHours() < 12 ? 'AM' : 'PM'}`;
  return `${DAYS[d.getDay()]}, ${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}, ${clock}`;
}

function gmailShown(d: Date, now: Date): string {
  if (d.toDateString() !== now.toDateString()) return `${MONTHS[d.getMonth()]} ${d.getDate()}`;
  const minutes = Math.max(1, Math.round((now.getTime() - d.getTime()) / MINUTE));
  const ago = minutes < 60 ? `${minutes} minutes ago` : `${Math.floor(minutes / 60)} hours ago`;
  return `${gmailTitle(d).split(', ').at(-1)} (${ago})`;
}

export function datedGmail(html: string, now: Date, minutesAgo = 25): string {
  const cells = [...html.matchAll(GMAIL_CELL)];
  const latest = new Date(Math.max(...cells.map((m) => gmailParse(m).getTime())));
  const offset = offsetTo(latest, new Date(now.getTime() - minutesAgo * MINUTE));
  return html.replace(GMAIL_CELL, (...args: string[]) => {
    const at = new Date(gmailParse(args as unknown as RegExpMatchArray).getTime() + offset);
    const title = gmailTitle(at);
    return `title="${title}" alt="${title}"${args[8]}${gmailShown(at, now)}<`;
  });
}

/** The page the demo serves for a fixture file, dated for `now`. */
export function demoPage(file: string, now: Date): string {
  const html = readFileSync(resolve(file), 'utf8');
  if (file.includes('/whatsapp/')) return datedWhatsApp(html, now);
  if (file.includes('/gmail/')) return datedGmail(html, now);
  return html;
}
