import { describe, expect, it } from 'vitest';
import { normalisePhoneNumber } from '../../shared/phone-number.ts';

describe('phone numbers to E.164', () => {
  it('reads the ways Turkish numbers are written as one number', () => {
    for (const written of [
      '+90 532 123 45 67',
      '0532 123 45 67',
      '0 (532) 123-45-67',
      '532 123 4567',
      '90 532 123 45 67',
      '0090 532 123 45 67',
      'tel:+905321234567',
      '\u202a+90 532 123 45 67\u202c',
    ]) {
      expect(normalisePhoneNumber(written), written).toBe('+905321234567');
    }
  });

  it('keeps foreign numbers written internationally, and reads national ones in the given country', () => {
    expect(normalisePhoneNumber('+49 30 1234567')).toBe('+49301234567');
    expect(normalisePhoneNumber('0049 30 1234567')).toBe('+49301234567');
    expect(normalisePhoneNumber('+7 916 123-45-67')).toBe('+79161234567');
    expect(normalisePhoneNumber('030 1234567', '49')).toBe('+49301234567');
  });

  it('refuses what is not a phone number', () => {
    for (const written of [
      '',
      'call me',
      '+90 532 123',
      '+90 532 123 45 678',
      '0532 123 45',
      '+1234567890123456',
      '1234',
      'anna@example.com',
      '+90 532 123 45 67 ext. 12',
      null,
      undefined,
    ]) {
      expect(normalisePhoneNumber(written), String(written)).toBeNull();
    }
  });
});
