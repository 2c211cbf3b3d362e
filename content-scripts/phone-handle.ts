// A sender handle from a displayed or embedded phone number: "+90 532 123 45 67" -> "+905321234567".

const PHONE_LIKE = /^\+?[\d\s().\u00a0-]+$/;

export function phoneHandle(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const trimmed = raw.replace(/[\u200e\u200f\u202a-\u202e]/g, '').trim();
  if (!PHONE_LIKE.test(trimmed)) return undefined;
  const digits = trimmed.replace(/\D/g, '');
  return digits.length >= 7 && digits.length <= 15 ? `+${digits}` : undefined;
}
