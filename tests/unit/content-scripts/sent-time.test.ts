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
});
