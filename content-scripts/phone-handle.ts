// A sender handle from a displayed or embedded phone number: "+90 532 123 45 67" -> "+905321234567".
// Pages show a contact's number internationally, so this reads only that form, and cheaply: the
// numbering plans (libphonenumber-js, ../shared/phone-number.ts) would add ~35 kB gzipped to every
// content script. The API reads each handle again with them before it becomes a guest key, so a
// number that cannot be valid never joins two guests.

const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** "+" (or "00") and digits with the separators people write. */
const INTERNATIONAL = /^(?:\+|00)[\d\s().\u00a0-]+$/;
const MIN_E164_DIGITS = 8;
const MAX_E164_DIGITS = 15;

export function phoneHandle(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const written = raw.replace(INVISIBLE, '').trim();
  if (!INTERNATIONAL.test(written)) return undefined;
  const digits = written.replace(/\D/g, '').replace(/^00/, '');
  // A country code never starts with 0.
  if (digits.startsWith('0')) return undefined;
  return digits.length >= MIN_E164_DIGITS && digits.length <= MAX_E164_DIGITS ? `+${digits}` : undefined;
}
