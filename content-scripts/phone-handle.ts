// A sender handle from a displayed or embedded phone number: "+90 532 123 45 67" -> "+905321234567".
// Pages show numbers internationally; a national one is read in the hotel's country, and one that
// cannot be valid is no handle (it would join unrelated guests).
import { DEFAULT_PHONE_REGION, normalisePhoneNumber, type PhoneRegion } from '../shared/phone-number.ts';

export function phoneHandle(
  raw: string | null | undefined,
  region: PhoneRegion = DEFAULT_PHONE_REGION,
): string | undefined {
  return normalisePhoneNumber(raw, region) ?? undefined;
}
