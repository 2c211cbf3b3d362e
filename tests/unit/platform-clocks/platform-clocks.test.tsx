// The platforms' own clocks (issue 10): Booking.com's Reply Score (12 h), Airbnb's response rate
// (24 h) and Meta's messaging window (24 h after the guest's last message) warn "at risk" before
// the platform's deadline, on the badge and in the queue, in English and Turkish, and a hotel can
// change them in its SLA policy. "Now" is pinned in every test.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { describeBadge } from '../../../components/badge-model.ts';
import { SlaBadge, type Translate } from '../../../components/sla-badge.tsx';
import {
  DEFAULT_PLATFORM_CLOCKS,
  platformRisk,
  type PlatformFacts,
} from '../../../shared/platform-clocks.ts';
import { DEFAULT_SLA_POLICY, SlaPolicy } from '../../../shared/sla-policy.ts';
import { slaStatus } from '../../../shared/sla-clock.ts';
import { TicketRow } from '../../../components/ticket-row.tsx';
import { ticketFixture, useEnglish } from '../components/page-kit.ts';

const GUEST_WROTE = '2026-08-14T08:00:00+03:00';
const at = (hoursLater: number) => new Date(Date.parse(GUEST_WROTE) + hoursLater * 3_600_000);
const facts = (over: Partial<PlatformFacts>): PlatformFacts => ({
  channel: 'booking',
  status: 'open',
  awaitingSince: GUEST_WROTE,
  lastInboundAt: GUEST_WROTE,
  ...over,
});

function translator(language: 'en' | 'tr'): Translate {
  const file = resolve(process.cwd(), `public/_locales/${language}/messages.json`);
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return (key, ...subs) => {
    const message = messages[key]?.message;
    if (message === undefined) throw new Error(`missing ${language} string ${key}`);
    return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

describe('platform deadlines', () => {
  it('Booking.com counts a reply within 12 hours: at risk two hours before, missed after', () => {
    expect(platformRisk(facts({}), at(9))?.state).toBe('on_track');
    expect(platformRisk(facts({}), at(10.5))).toMatchObject({
      clock: 'booking_reply_score',
      state: 'at_risk',
    });
    expect(platformRisk(facts({}), at(12))?.state).toBe('missed');
    expect(platformRisk(facts({}), at(0))?.deadlineAt).toBe('2026-08-14T17:00:00.000Z');
  });

  it('Airbnb counts a reply within 24 hours', () => {
    const airbnb = facts({ channel: 'airbnb' });
    expect(platformRisk(airbnb, at(12))?.state).toBe('on_track');
    expect(platformRisk(airbnb, at(23))).toMatchObject({ clock: 'airbnb_response_rate', state: 'at_risk' });
  });

  it("Meta's window runs from the guest's last message, answered or not, while the ticket is worked", () => {
    const answered = facts({ channel: 'instagram', awaitingSince: null, lastInboundAt: GUEST_WROTE });
    expect(platformRisk(answered, at(23))).toMatchObject({
      clock: 'meta_messaging_window',
      state: 'at_risk',
    });
    expect(platformRisk({ ...answered, channel: 'messenger' }, at(25))?.state).toBe('missed');
    expect(platformRisk({ ...answered, status: 'resolved' }, at(23))).toBeNull();
  });

  it('keeps no platform clock when nothing is owed or the platform has none', () => {
    expect(platformRisk(facts({ awaitingSince: null }), at(11))).toBeNull();
    expect(platformRisk(facts({ channel: 'whatsapp' }), at(11))).toBeNull();
    expect(platformRisk(facts({ channel: 'email' }), at(11))).toBeNull();
  });

  it('keeps no platform clock on a public review or comment until the guest writes in private', () => {
    expect(platformRisk(facts({ visibility: 'public' }), at(11))).toBeNull();
    const comment = facts({ channel: 'instagram', visibility: 'public', privateJoinedAt: null });
    expect(platformRisk(comment, at(23))).toBeNull();
    expect(platformRisk({ ...comment, privateJoinedAt: GUEST_WROTE }, at(23))?.state).toBe('at_risk');
  });

  it("follows the hotel's own settings", () => {
    const strict = { ...DEFAULT_PLATFORM_CLOCKS, bookingReplyHours: 6, atRiskMinutes: 30 };
    expect(platformRisk(facts({}), at(5), strict)?.state).toBe('on_track');
    expect(platformRisk(facts({}), at(5.6), strict)?.state).toBe('at_risk');
    expect(platformRisk(facts({}), at(6), strict)?.state).toBe('missed');
  });
});

describe("the hotel's SLA policy", () => {
  it('carries the platform defaults, also for a policy stored before they existed', () => {
    expect(DEFAULT_SLA_POLICY.platformClocks).toMatchObject({
      bookingReplyHours: 12,
      bookingScoreDays: 14,
      airbnbReplyHours: 24,
      metaWindowHours: 24,
    });
    const stored = SlaPolicy.parse({ targets: [{ firstResponseMinutes: 3 }] });
    expect(stored.platformClocks).toEqual(DEFAULT_PLATFORM_CLOCKS);
  });

  it('accepts a changed clock and refuses nonsense', () => {
    const changed = SlaPolicy.parse({ ...DEFAULT_SLA_POLICY, platformClocks: { bookingReplyHours: 8 } });
    expect(changed.platformClocks.bookingReplyHours).toBe(8);
    expect(changed.platformClocks.airbnbReplyHours).toBe(24);
    for (const bad of [
      { bookingReplyHours: 0 },
      { metaWindowHours: -1 },
      { airbnbReplyHours: 1e9 },
      { other: 1 },
    ]) {
      expect(SlaPolicy.safeParse({ ...DEFAULT_SLA_POLICY, platformClocks: bad }).success).toBe(false);
    }
  });
});

describe('the badge', () => {
  const clock = {
    kind: 'first_response' as const,
    startedAt: GUEST_WROTE,
    dueAt: '2026-08-15T08:00:00+03:00',
    targetMinutes: 24 * 60,
    metAt: null,
    pausedAt: null,
    dueSoonShare: 0.25,
  };
  const badge = {
    logged: 'synced' as const,
    ticket: { id: 't1', recordNumber: 'K-7', status: 'open' as const, sla: clock },
    provisionalSla: null,
  };

  function shown(now: Date, language: 'en' | 'tr'): string {
    const model = describeBadge(badge, now, { facts: facts({}) });
    const host = document.createElement('div');
    render(<SlaBadge model={model} t={translator(language)} />, host);
    return host.textContent ?? '';
  }

  it('warns before the Booking.com deadline while the hotel SLA is still on track', () => {
    const model = describeBadge(badge, at(11), { facts: facts({}) });
    expect(model.sla?.state).toBe('on_track');
    expect(model.platform?.state).toBe('at_risk');
    expect(shown(at(11), 'en')).toContain('Booking.com Reply Score at risk');
    expect(shown(at(11), 'tr')).toContain('Booking.com Yanıt Puanı risk altında');
    expect(shown(at(13), 'en')).toContain('Booking.com Reply Score missed');
  });

  it('reads the platform facts the background sends with the ticket', () => {
    const told = {
      ...badge,
      ticket: {
        ...badge.ticket,
        channel: 'airbnb' as const,
        awaitingSince: GUEST_WROTE,
        lastInboundAt: GUEST_WROTE,
      },
    };
    expect(describeBadge(told, at(23)).platform).toMatchObject({
      clock: 'airbnb_response_rate',
      state: 'at_risk',
    });
    expect(describeBadge(told, at(1)).platform?.state).toBe('on_track');
  });

  it('says nothing of the platform while there is time, or without platform facts', () => {
    expect(shown(at(2), 'en')).not.toContain('Booking.com');
    expect(describeBadge(badge, at(11)).platform).toBeNull();
  });
});

describe('the queue', () => {
  function row(now: Date | undefined, channel: 'booking' | 'whatsapp' = 'booking'): HTMLElement {
    useEnglish();
    const ticket = ticketFixture(0, {
      channel,
      awaitingSince: GUEST_WROTE,
      lastInboundAt: GUEST_WROTE,
      firstInboundAt: GUEST_WROTE,
    });
    const record = {
      id: ticket.id,
      recordNumber: ticket.recordNumber,
      status: ticket.status,
      conversationKey: 'k',
      changeSeq: '1',
      ticket,
    };
    const host = document.createElement('ol');
    const sla = slaStatus(ticket.sla, now ?? at(0));
    render(<TicketRow row={record} sla={sla} {...(now ? { now: now.getTime() } : {})} />, host);
    return host;
  }

  it('shows a Booking.com ticket at risk before the Reply Score deadline', () => {
    const shown = row(at(10.5)).querySelector('[data-testid="ticket-platform-clock"]');
    expect(shown?.textContent).toMatch(/^Booking\.com Reply Score at risk · 1 hr 30 min left$/);
  });

  it('shows nothing for a platform without its own clock, or before the risk', () => {
    expect(row(at(10.5), 'whatsapp').querySelector('[data-testid="ticket-platform-clock"]')).toBeNull();
    expect(row(at(3)).querySelector('[data-testid="ticket-platform-clock"]')).toBeNull();
  });
});
