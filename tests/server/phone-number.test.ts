import { describe, expect, it } from 'vitest';
import { normalisePhoneNumber, phoneRegion } from '../../shared/phone-number.ts';

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
    expect(normalisePhoneNumber('0212 123 45 67')).toBe('+902121234567');
  });

  it('keeps foreign numbers written internationally, and reads national ones in the given country', () => {
    expect(normalisePhoneNumber('+49 30 1234567')).toBe('+49301234567');
    expect(normalisePhoneNumber('0049 30 1234567')).toBe('+49301234567');
    expect(normalisePhoneNumber('+7 916 123-45-67')).toBe('+79161234567');
    expect(normalisePhoneNumber('+44 7911 123456')).toBe('+447911123456');
    expect(normalisePhoneNumber('030 1234567', 'DE')).toBe('+49301234567');
    expect(normalisePhoneNumber('0171 2345678', 'DE')).toBe('+491712345678');
    expect(normalisePhoneNumber('07911 123456', 'GB')).toBe('+447911123456');
  });

  it('does not turn a foreign national number into a false Turkish one', () => {
    // A German mobile written nationally: under a Turkish hotel it is no Turkish number.
    expect(normalisePhoneNumber('0171 2345678')).toBeNull();
    expect(normalisePhoneNumber('0171 2345678', 'TR')).toBeNull();
    // A British mobile with its country code but no plus is still British.
    expect(normalisePhoneNumber('44 7911 123456')).toBe('+447911123456');
  });

  it('refuses numbers that cannot be valid, so they never join two guests', () => {
    for (const written of ['+90 111 111 11 11', '+90 000 000 00 00', '0000 000 00 00', '+1 000 000 0000']) {
      expect(normalisePhoneNumber(written), written).toBeNull();
    }
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

  it('knows country codes in either case and nothing else', () => {
    expect(phoneRegion('de')).toBe('DE');
    expect(phoneRegion(' TR ')).toBe('TR');
    expect(phoneRegion('XX')).toBeUndefined();
    expect(phoneRegion('')).toBeUndefined();
    expect(phoneRegion(undefined)).toBeUndefined();
  });
});
