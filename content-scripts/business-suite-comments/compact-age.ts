// Meta prints a comment's age compactly ("2d", "3w", "5h", "12m", "1y", "Just now") and keeps the
// full date in a tooltip. The age is read only when the tooltip is missing, against the capture
// time; a comment's key never depends on it.
const UNIT_MS: Record<string, number> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  y: 365 * 86_400_000,
};

export function parseCompactAge(text: string | undefined, now: Date): Date | null {
  const printed = text?.trim().toLowerCase() ?? '';
  if (printed === 'just now') return now;
  const match = /^(\d{1,3})\s*([smhdwy])$/.exec(printed);
  if (!match) return null;
  return new Date(now.getTime() - Number(match[1]) * UNIT_MS[match[2]!]!);
}
