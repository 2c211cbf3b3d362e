// Phone numbers to E.164 ("+905321234567"), so one guest's WhatsApp chat, a logged phone call and
// an OTA booking's phone field meet on the same key. Numbers written nationally are taken to be
// in the hotel's country (Türkiye, +90, unless told otherwise). Not a full numbering-plan
// library: it checks lengths (E.164 allows at most 15 digits) and, for +90, the national length.

export const DEFAULT_COUNTRY_CODE = '90';

/** National significant number lengths where they are fixed and known. */
const NATIONAL_LENGTH: Readonly<Record<string, number>> = { '90': 10 };
const MIN_E164_DIGITS = 8;
const MAX_E164_DIGITS = 15;

const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Digits with the separators people write: spaces, dots, dashes, slashes and brackets. */
const WRITTEN_NUMBER = /^\+?[\d\s().\/\u00a0-]+$/;

function withCountryCode(countryCode: string, national: string): string | null {
  const expected = NATIONAL_LENGTH[countryCode];
  if (expected !== undefined && national.length !== expected) return null;
  const digits = countryCode + national;
  return digits.length >= MIN_E164_DIGITS && digits.length <= MAX_E164_DIGITS ? `+${digits}` : null;
}

function international(digits: string): string | null {
  if (digits.length < MIN_E164_DIGITS || digits.length > MAX_E164_DIGITS) return null;
  for (const [code, length] of Object.entries(NATIONAL_LENGTH)) {
    if (digits.startsWith(code) && digits.length !== code.length + length) return null;
  }
  return `+${digits}`;
}

/** E.164 for a written phone number, or null when it is not one. */
export function normalisePhoneNumber(
  raw: string | null | undefined,
  defaultCountryCode: string = DEFAULT_COUNTRY_CODE,
): string | null {
  if (!raw) return null;
  const written = raw.replace(INVISIBLE, '').trim().replace(/^tel:/i, '');
  if (!WRITTEN_NUMBER.test(written)) return null;
  const digits = written.replace(/\D/g, '');
  if (written.startsWith('+')) return international(digits);
  if (digits.startsWith('00')) return international(digits.slice(2));
  if (digits.startsWith('0')) return withCountryCode(defaultCountryCode, digits.slice(1));
  const national = NATIONAL_LENGTH[defaultCountryCode];
  // "532 123 45 67": a national number without its trunk 0.
  if (national !== undefined && digits.length === national) {
    return withCountryCode(defaultCountryCode, digits);
  }
  // "90 532 123 45 67": the country code without its plus.
  return international(digits);
}
