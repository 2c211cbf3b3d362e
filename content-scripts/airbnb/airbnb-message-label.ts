// Airbnb puts everything a message says into its group's aria-label:
//   en-US "Most Recent Message. May 6, 2026. ⁨Stuart⁩ sent Can I check in early?. Sent May 6, 2026, 9:00 AM"
//   en-GB "30 Apr. Stuart sent Can I check in early?. Sent 30 Apr, 17:45. Read by Host"
// (names usually wrapped in U+2068/U+2069). The words around the parts are pack data, one list
// per language; where a label uses words the pack does not know, the grammar itself (a day before
// the name, a moment after the last full stop) still takes it apart. This module never sees the DOM.
import { isOnlyPrintedDate } from '../adapter-kit/printed-date.ts';
import type { AirbnbSelectors } from './airbnb-selectors.ts';

export interface AirbnbLabel {
  sender: string;
  text: string;
  /** The printed send time ("May 6, 2026, 9:00 AM"), without any read receipt after it. */
  sentAtText?: string;
}

type LabelWords = Pick<AirbnbSelectors, 'labelPrefixes' | 'sentVerbs' | 'sentAtMarkers'>;

const ISOLATE_OPEN = '\u2068';
const ISOLATE_CLOSE = '\u2069';
const stripIsolates = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
const SENTENCE_BREAK = '. ';
/** A clock with its meridiem: where a printed send time ends ("17:45", "9:00 AM", "9:00 p.m."). */
const CLOCK = /\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?/;
/** An unknown verb ends at a colon close after the name ("⁨Ayşe⁩ şöyle yazdı: Merhaba"). */
const MAX_UNKNOWN_VERB_CHARS = 30;
const MAX_LEADING_DAY_PARTS = 4;

function withoutPrefixes(label: string, prefixes: readonly string[]): string {
  let rest = label.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of prefixes) {
      if (rest.toLocaleLowerCase().startsWith(prefix.toLocaleLowerCase())) {
        rest = rest.slice(prefix.length).trimStart();
        changed = true;
      }
    }
  }
  return rest;
}

/** "30 Apr. ", "Nov 20, 2026. ", "30. Apr. 2026. ", "Today. ": the day separator Airbnb repeats. */
function leadingDay(rest: string): { day?: string; rest: string } {
  const parts = rest.split(SENTENCE_BREAK);
  for (let count = Math.min(MAX_LEADING_DAY_PARTS, parts.length - 1); count > 0; count--) {
    const day = parts.slice(0, count).join(SENTENCE_BREAK);
    if (isOnlyPrintedDate(day)) return { day, rest: parts.slice(count).join(SENTENCE_BREAK) };
  }
  return { rest };
}

/**
 * The day printed before the sender ("30 Apr" in "30 Apr. Stuart sent …"), which Airbnb shows on
 * the first message of each day: it dates the times printed without a day that follow it.
 */
export function airbnbLabelDay(label: string, pack: LabelWords): string | undefined {
  const rest = withoutPrefixes(label, pack.labelPrefixes);
  const open = rest.indexOf(ISOLATE_OPEN);
  if (open < 0) return leadingDay(rest).day;
  const before = rest.slice(0, open).trim().replace(/\.$/, '');
  return before && isOnlyPrintedDate(before) ? before : undefined;
}

function afterVerb(after: string, verbs: readonly string[]): string | null {
  const verb = verbs.find((v) => after.startsWith(v));
  if (verb) return after.slice(verb.length);
  const colon = after.indexOf(': ');
  return colon >= 0 && colon <= MAX_UNKNOWN_VERB_CHARS ? after.slice(colon + 2) : null;
}

function splitSender(rest: string, verbs: readonly string[]): { sender: string; after: string } | null {
  const open = rest.indexOf(ISOLATE_OPEN);
  const close = open >= 0 ? rest.indexOf(ISOLATE_CLOSE, open) : -1;
  if (open >= 0 && close > open) {
    // The isolates say exactly where the name is, whatever characters it contains.
    const after = afterVerb(rest.slice(close + 1), verbs);
    return after === null ? null : { sender: rest.slice(open + 1, close).trim(), after };
  }
  // Without isolates the name ends at the first verb of any language: the text may hold a verb too.
  const unprefixed = leadingDay(rest).rest;
  let first: { at: number; verb: string } | null = null;
  for (const verb of verbs) {
    const at = unprefixed.indexOf(verb);
    if (at > 0 && (!first || at < first.at || (at === first.at && verb.length > first.verb.length))) {
      first = { at, verb };
    }
  }
  return first
    ? { sender: unprefixed.slice(0, first.at).trim(), after: unprefixed.slice(first.at + first.verb.length) }
    : null;
}

/** The printed moment up to its clock: "30 Apr, 17:45. Read by Host" -> "30 Apr, 17:45". */
function untilClock(text: string): string | undefined {
  const clock = CLOCK.exec(text);
  const moment = (clock ? text.slice(0, clock.index + clock[0].length) : text).trim();
  return moment || undefined;
}

/** The known marker that comes last in the body ("…. Sent 30 Apr, 17:45"). */
function knownMarker(body: string, markers: readonly string[]): { at: number; length: number } | null {
  let best: { at: number; length: number } | null = null;
  for (const marker of markers) {
    const at = body.lastIndexOf(marker);
    if (at >= 0 && (!best || at > best.at)) best = { at, length: marker.length };
  }
  return best;
}

/** "Gesendet am 30. Apr., 17:45" -> "Gesendet am ": the words before the first word of a date. */
function leadingMarkerWords(tail: string): string {
  let marker = '';
  for (
    let word = /^\p{L}+[\s:]*/u.exec(tail);
    word;
    word = /^\p{L}+[\s:]*/u.exec(tail.slice(marker.length))
  ) {
    if (isOnlyPrintedDate(word[0])) break;
    marker += word[0];
  }
  return marker;
}

/**
 * A marker in a language the pack does not know: the last sentence is "<words> <moment>", maybe
 * followed by a read receipt without digits. The moment is the longest tail made only of date
 * words, numbers and a clock, so a time quoted in the message text stays in the text.
 */
function guessedMarker(body: string): { at: number; length: number } | null {
  const last = body.lastIndexOf(SENTENCE_BREAK);
  const head = last >= 0 && !/\d/.test(body.slice(last)) ? body.slice(0, last) : body;
  let found: { at: number; length: number } | null = null;
  for (
    let at = head.lastIndexOf(SENTENCE_BREAK);
    at >= 0;
    at = at > 0 ? head.lastIndexOf(SENTENCE_BREAK, at - 1) : -1
  ) {
    const tail = head.slice(at + SENTENCE_BREAK.length);
    const marker = leadingMarkerWords(tail);
    const moment = tail.slice(marker.length);
    if (/^[.,]/.test(moment) || !CLOCK.test(moment) || !isOnlyPrintedDate(moment)) break;
    found = { at, length: SENTENCE_BREAK.length + marker.length };
    // A marker word starts the sentence: the moment is whole.
    if (marker) break;
  }
  return found;
}

export function parseAirbnbLabel(label: string, pack: LabelWords): AirbnbLabel | null {
  const split = splitSender(withoutPrefixes(label, pack.labelPrefixes), pack.sentVerbs);
  if (!split || !split.sender) return null;
  let body = split.after;
  let sentAtText: string | undefined;
  const marker = knownMarker(body, pack.sentAtMarkers) ?? guessedMarker(body);
  if (marker) {
    sentAtText = untilClock(body.slice(marker.at + marker.length));
    body = body.slice(0, marker.at);
  }
  return { sender: stripIsolates(split.sender), text: stripIsolates(body).trim(), sentAtText };
}
