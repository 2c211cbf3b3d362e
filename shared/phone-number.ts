// Phone numbers to E.164 ("+905321234567"), so one guest's WhatsApp chat, a logged phone call and
// an OTA booking's phone field meet on the same key. Numbers written nationally are read in the
// hotel's country (Türkiye unless told otherwise), with libphonenumber-js's numbering plans: a
// German "0171 2345678" under a Turkish hotel is no Turkish number, and a number that cannot be
// valid anywhere is not a key at all (two guests would meet on a typo). The "min" metadata is
// enough: it carries each country's lengths and leading digits, which is what validity needs here.
import { getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type PhoneRegion = CountryCode;

export const DEFAULT_PHONE_REGION: PhoneRegion = 'TR';

const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Digits with the separators people write: spaces, dots, dashes, slashes and brackets. */
const WRITTEN_NUMBER = /^\+?[\d\s().\/\u00a0-]+$/;

const REGIONS: ReadonlySet<string> = new Set(getCountries());

/** An ISO 3166 country code libphonenumber-js knows ("tr" too), or undefined. */
export function phoneRegion(code: string | null | undefined): PhoneRegion | undefined {
  const upper = code?.trim().toUpperCase();
  return upper && REGIONS.has(upper) ? (upper as PhoneRegion) : undefined;
}

function valid(written: string, region?: PhoneRegion): string | null {
  const number = parsePhoneNumberFromString(written, region);
  return number?.isValid() ? number.number : null;
}

/** E.164 for a written phone number, or null when it is not one or cannot be valid. */
export function normalisePhoneNumber(
  raw: string | null | undefined,
  region: PhoneRegion = DEFAULT_PHONE_REGION,
): string | null {
  if (!raw) return null;
  const written = raw.replace(INVISIBLE, '').trim().replace(/^tel:/i, '');
  // Letters ("ext. 12", an e-mail address) mean this is not a bare number: no key is better
  // than a key guessed from part of it.
  if (!WRITTEN_NUMBER.test(written)) return null;
  const digits = written.replace(/\D/g, '');
  if (written.startsWith('+')) return valid(`+${digits}`);
  if (digits.startsWith('00')) return valid(`+${digits.slice(2)}`);
  // "0532 123 45 67" or "532 123 45 67" in the hotel's country; failing that, "90 532 123 45 67"
  // or "44 7911 123456": a country code written without its plus. A trunk 0 never starts one.
  return valid(digits, region) ?? (digits.startsWith('0') ? null : valid(`+${digits}`));
}
