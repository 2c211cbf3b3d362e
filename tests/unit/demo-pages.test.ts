import { describe, expect, it } from 'vitest';
import { demoPage } from '../../scripts/demo-pages.ts';
import { demoMorning } from '../../scripts/demo-morning.ts';

// The demo's "now", pinned: a Tuesday morning.
const NOW = new Date(2026, 11, 1, 9, 30);
const MINUTE = 60_000;

function whatsappTimes(html: string): Date[] {
  return [...html.matchAll(/\[(\d{2}):(\d{2}), (\d{2})\.(\d{2})\.(\d{4})\]/g)].map(
    (m) => new Date(+m[5]!, +m[4]! - 1, +m[3]!, +m[1]!, +m[2]!),
  );
}

describe('the demo’s pages are dated for its morning', () => {
  const whatsapp = demoPage('tests/fixtures/whatsapp/whatsapp-2026-11-bare-ids.html', NOW);

  it('ends each WhatsApp conversation minutes ago, never in the future', () => {
    const times = whatsappTimes(whatsapp);
    expect(times.length).toBeGreaterThan(3);
    expect(times.every((t) => t.getTime() <= NOW.getTime())).toBe(true);
    const open = whatsappTimes(whatsapp.slice(0, whatsapp.indexOf('<template')));
    const newest = Math.max(...open.map((t) => t.getTime()));
    // The photo that ends Sarah's conversation has no prefix; her text before it is recent too.
    expect(NOW.getTime() - newest).toBeLessThan(12 * 60 * MINUTE);
    expect(whatsapp).toContain('>09:27<');
  });

  it('moves the day rows with their messages and leaves the HTML test string out', () => {
    expect(whatsapp).toContain('>01.12.2026<');
    expect(whatsapp).not.toContain('14.11.2026');
    expect(whatsapp).not.toContain('__konukXss');
  });

  it('dates the Gmail thread so its newest mail came 25 minutes ago', () => {
    const gmail = demoPage('tests/fixtures/gmail/gmail-thread-2026-11.html', NOW);
    expect(gmail).toContain('title="Tue, Dec 1, 2026, 9:05 AM"');
    expect(gmail).toContain('9:05 AM (25 minutes ago)');
    expect(gmail).not.toContain('Nov 17, 2026');
  });

  it('logs the rest of the morning relative to now: breached, due soon, answered, rated', () => {
    const { before, rated } = demoMorning(NOW);
    const ago = (id: string) =>
      (NOW.getTime() - Date.parse([...before, ...rated].find((m) => m.platformMessageId === id)!.sentAt)) /
      MINUTE;
    expect([ago('ig-1'), ago('fb-1'), ago('bk-1'), ago('bk-2'), ago('wa-d4')]).toEqual([
      95, 50, 180, 140, 1440,
    ]);
    expect(rated.map((m) => m.text)).toEqual(['5']);
    expect([...before, ...rated].every((m) => !/[<>]/.test(m.text))).toBe(true);
  });
});
