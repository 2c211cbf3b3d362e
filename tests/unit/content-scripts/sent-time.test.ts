import { describe, expect, it } from 'vitest';
import { sharpenSentAt } from '../../../content-scripts/page-time.ts';

describe('send times printed to the minute', () => {
  it('take the second Konuk saw the message when it arrived within that minute', () => {
    const seen = new Date('2026-11-23T09:22:41Z');
    expect(Date.parse(sharpenSentAt('2026-11-23T12:22:00+03:00', seen))).toBe(seen.getTime());
  });

  it('stay as the page printed them for older messages and for times with seconds', () => {
    const seen = new Date('2026-11-23T09:24:10Z');
    expect(sharpenSentAt('2026-11-23T12:22:00+03:00', seen)).toBe('2026-11-23T12:22:00+03:00');
    expect(sharpenSentAt('2026-11-23T12:24:05+03:00', seen)).toBe('2026-11-23T12:24:05+03:00');
  });

  it('never move a message earlier than the page says', () => {
    const seen = new Date('2026-11-23T09:21:59Z');
    expect(sharpenSentAt('2026-11-23T12:22:00+03:00', seen)).toBe('2026-11-23T12:22:00+03:00');
  });

  it('date a reading that lands after the moment it was seen (a "Today 08:02" read at 00:28) when seen', () => {
    const seen = new Date('2026-12-01T21:28:00Z');
    expect(sharpenSentAt('2026-12-02T08:02:00+03:00', seen)).toBe(seen.toISOString());
  });
});
