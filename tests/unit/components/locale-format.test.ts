import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../components/dashboard-format.ts';
import {
  formatCount,
  formatDateTime,
  formatDecimal,
  formatChange,
  formatDuration,
  formatFigure,
  formatMinutes,
  formatPercent,
} from '../../../components/locale-format.ts';

const MINUTE = 60_000;

describe('figures in the reader’s language', () => {
  it('writes an overdue clock in Turkish units, not "16 d 22 h"', () => {
    const overdue = -(16 * 24 * 60 + 22 * 60) * MINUTE;
    expect(formatDuration(overdue, 'tr')).toBe('16 gün 22 sa.');
    expect(formatDuration(overdue, 'en')).toBe('16 days 22 hr');
  });

  it('writes minutes and hours with the language’s own abbreviations', () => {
    expect(formatDuration(23 * MINUTE, 'tr')).toBe('23 dk.');
    expect(formatDuration(23 * MINUTE, 'en')).toBe('23 min');
    expect(formatDuration(65 * MINUTE, 'tr')).toBe('1 sa. 05 dk.');
    expect(formatDuration(45_000, 'tr')).toBe('45 sn.');
    expect(formatMinutes(300, 'en')).toBe('5 hr 00 min');
  });

  it('writes shares, averages and counts as each language does', () => {
    expect(formatPercent(0.3, 'tr')).toBe('%30');
    expect(formatPercent(0.3, 'en')).toBe('30%');
    expect(formatDecimal(4.1, 'tr')).toBe('4,1');
    expect(formatDecimal(4.1, 'en')).toBe('4.1');
    expect(formatCount(1250, 'tr')).toBe('1.250');
    expect(formatCount(1250, 'en')).toBe('1,250');
  });

  it('shows a dash, not a zero, when there is no data yet', () => {
    expect([formatMinutes(null, 'tr'), formatPercent(null, 'tr'), formatDecimal(null, 'tr')]).toEqual([
      '—',
      '—',
      '—',
    ]);
  });

  it('writes dates in the reader’s language, whatever the machine’s zone', () => {
    expect(formatDay('2026-12-01', 'tr')).toBe('1 Ara 2026');
    expect(formatDay('2026-12-01', 'en')).toBe('Dec 1, 2026');
    expect(formatDateTime('2026-12-01T19:15:00Z', 'tr', 'Europe/Istanbul')).toBe('1 Ara 2026 22:15');
  });

  it('writes a change with its sign, in the figure’s own unit and the reader’s language', () => {
    expect(formatChange(-30, 'minutes', 'tr')).toBe('-30 dk.');
    expect(formatChange(90, 'minutes', 'en')).toBe('+1 hr 30 min');
    expect(formatChange(0.03, 'percent', 'tr')).toBe('+%3');
    expect(formatChange(-1.67, 'decimal', 'tr')).toBe('-1,7');
    expect(formatChange(0, 'count', 'en')).toBe('0');
    expect(formatChange(null, 'percent', 'tr')).toBe('—');
    // The Turkish dashboard writes six days as days, never "144 h 00 min".
    expect(formatFigure(144 * 60, 'minutes', 'tr')).toBe('6 gün 0 sa.');
  });
});
