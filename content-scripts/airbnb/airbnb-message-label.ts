// Airbnb puts everything a message says into its group's aria-label:
//   "Most Recent Message. May 6, 2026. ⁨Stuart⁩ sent Can I check in early?. Sent May 6, 2026, 9:00 AM"
// (names wrapped in U+2068/U+2069). This module takes one label apart; it never sees the DOM.
import type { AirbnbSelectors } from './airbnb-selectors.ts';

export interface AirbnbLabel {
  sender: string;
  text: string;
  /** The printed send time ("May 6, 2026, 9:00 AM"), if the label has one. */
  sentAtText?: string;
}

const ISOLATE_OPEN = '\u2068';
const ISOLATE_CLOSE = '\u2069';
const stripIsolates = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** "May 6, 2026. " before the sender: the day separator Airbnb repeats in the first label of a day. */
const LEADING_DAY = /^[^.]*\b\d{4}\.\s+/;

function withoutPrefixes(label: string, prefixes: readonly string[]): string {
  let rest = label.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of prefixes) {
      if (rest.startsWith(prefix)) {
        rest = rest.slice(prefix.length).trimStart();
        changed = true;
      }
    }
  }
  return rest;
}

function splitSender(rest: string, verbs: readonly string[]): { sender: string; after: string } | null {
  const open = rest.indexOf(ISOLATE_OPEN);
  const close = open >= 0 ? rest.indexOf(ISOLATE_CLOSE, open) : -1;
  if (open >= 0 && close > open) {
    // The isolates say exactly where the name is, whatever characters it contains.
    const after = rest.slice(close + 1);
    const verb = verbs.find((v) => after.startsWith(v));
    return verb ? { sender: rest.slice(open + 1, close).trim(), after: after.slice(verb.length) } : null;
  }
  const unprefixed = rest.replace(LEADING_DAY, '');
  for (const verb of verbs) {
    const at = unprefixed.indexOf(verb);
    if (at > 0) return { sender: unprefixed.slice(0, at).trim(), after: unprefixed.slice(at + verb.length) };
  }
  return null;
}

export function parseAirbnbLabel(label: string, pack: AirbnbSelectors): AirbnbLabel | null {
  const split = splitSender(withoutPrefixes(label, pack.labelPrefixes), pack.sentVerbs);
  if (!split || !split.sender) return null;
  let body = split.after;
  let sentAtText: string | undefined;
  for (const marker of pack.sentAtMarkers) {
    const at = body.lastIndexOf(marker);
    if (at >= 0) {
      sentAtText = body.slice(at + marker.length).trim() || undefined;
      body = body.slice(0, at);
      break;
    }
  }
  return { sender: stripIsolates(split.sender), text: stripIsolates(body).trim(), sentAtText };
}
