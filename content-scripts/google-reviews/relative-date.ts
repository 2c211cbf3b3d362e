// Google prints a review's date relative to today ("2 weeks ago", "a month ago", "3 gün önce",
// "vor 2 Wochen"). It is read against the capture time; a review's id never depends on it, so the
// same review read next month keeps its key even though the date printed has moved.

const UNITS: readonly [RegExp, number][] = [
  [/^(minute|min|dakika|minute[n]?)/i, 60_000],
  [/^(hour|saat|stunde)/i, 3_600_000],
  [/^(day|gün|tag)/i, 86_400_000],
  [/^(week|hafta|woche)/i, 7 * 86_400_000],
  [/^(month|ay\b|ay$|monat)/i, 30 * 86_400_000],
  [/^(year|yıl|jahr)/i, 365 * 86_400_000],
];

const ONE = /^(a|an|one|bir|einer?|einem)$/i;

/** The instant a relative date names, or null when the text is not one. */
export function parseRelativeDate(text: string | undefined, now: Date): Date | null {
  if (!text) return null;
  const cleaned = text
    .replace(/^(edited|düzenlendi|bearbeitet)[:\s]*/i, '')
    .trim()
    .toLocaleLowerCase();
  // "2 weeks ago", "a month ago"; "3 gün önce", "bir hafta önce"; "vor 2 Wochen", "vor einem Monat".
  const match =
    /^(\d+|an?|one|bir)\s+(\S+)\s+(?:ago|önce)$/.exec(cleaned) ??
    /^vor\s+(\d+|einer?|einem)\s+(\S+)$/.exec(cleaned);
  if (!match) return null;
  const count = ONE.test(match[1]!) ? 1 : Number(match[1]);
  const unit = UNITS.find(([pattern]) => pattern.test(match[2]!));
  if (!unit || !Number.isFinite(count)) return null;
  return new Date(now.getTime() - count * unit[1]);
}
