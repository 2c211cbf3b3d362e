import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_POLICY, resolveTarget, SlaPolicy } from '../../shared/sla-policy.ts';

describe('SLA policy', () => {
  it('parses a policy stored before business hours existed, with calendar time and the defaults', () => {
    const stored = SlaPolicy.parse({
      timeZone: 'Europe/Istanbul',
      dueSoonShare: 0.5,
      targets: [
        { firstResponseMinutes: 3 },
        { channel: 'email', firstResponseMinutes: 30, nextResponseMinutes: 20 },
      ],
    });
    expect(stored.timeBasis).toBe('calendar');
    expect(stored.interimUpdateTopics).toEqual(['complaint']);
    expect(stored.businessHours.weekly.mon).toEqual([
      { start: '09:00', end: '13:00' },
      { start: '14:00', end: '22:00' },
    ]);
    expect(resolveTarget(stored, { channel: 'whatsapp', priority: 'normal' })).toMatchObject({
      firstResponseMinutes: 3,
      nextResponseMinutes: 3,
      timeBasis: 'calendar',
    });
    expect(resolveTarget(stored, { channel: 'email', priority: 'normal' })).toMatchObject({
      firstResponseMinutes: 30,
      nextResponseMinutes: 20,
    });
  });

  it('rejects an unknown time zone and a rule that sets nothing', () => {
    expect(
      SlaPolicy.safeParse({ timeZone: 'Europe/Atlantis', targets: [{ firstResponseMinutes: 5 }] }).success,
    ).toBe(false);
    expect(SlaPolicy.safeParse({ targets: [{ channel: 'email' }] }).success).toBe(false);
  });

  it('resolves each target from the most specific rule that sets it', () => {
    const policy = SlaPolicy.parse({
      targets: [
        { firstResponseMinutes: 60, resolutionMinutes: 1440 },
        { stage: 'post_stay', resolutionMinutes: 4320, timeBasis: 'business' },
        { channel: 'whatsapp', firstResponseMinutes: 15 },
      ],
    });
    // The WhatsApp rule is more specific but says nothing about resolution or time basis.
    expect(resolveTarget(policy, { channel: 'whatsapp', stage: 'post_stay', priority: 'normal' })).toEqual({
      firstResponseMinutes: 15,
      nextResponseMinutes: 15,
      resolutionMinutes: 4320,
      interimUpdateMinutes: null,
      timeBasis: 'business',
    });
    expect(resolveTarget(policy, { channel: 'email', stage: 'pre_stay', priority: 'normal' })).toMatchObject({
      firstResponseMinutes: 60,
      resolutionMinutes: 1440,
      timeBasis: 'calendar',
    });
  });

  it('gives pre-stay, in-stay and post-stay separate resolution targets by default, urgent in-stay the shortest', () => {
    const resolution = (
      stage: 'pre_stay' | 'in_stay' | 'post_stay',
      priority: 'normal' | 'urgent' = 'normal',
    ) => resolveTarget(DEFAULT_SLA_POLICY, { channel: 'whatsapp', stage, priority }).resolutionMinutes;
    expect(resolution('pre_stay')).toBe(24 * 60);
    expect(resolution('in_stay')).toBe(4 * 60);
    expect(resolution('in_stay', 'urgent')).toBe(60);
    expect(resolution('post_stay')).toBe(3 * 24 * 60);
  });

  it('measures e-mail in business hours by default, urgent e-mail and WhatsApp in calendar time', () => {
    const basis = (channel: 'email' | 'whatsapp', priority: 'normal' | 'urgent') =>
      resolveTarget(DEFAULT_SLA_POLICY, { channel, priority }).timeBasis;
    expect(basis('email', 'normal')).toBe('business');
    expect(basis('email', 'urgent')).toBe('calendar');
    expect(basis('whatsapp', 'normal')).toBe('calendar');
    expect(
      resolveTarget(DEFAULT_SLA_POLICY, { channel: 'email', stage: 'pre_stay', priority: 'urgent' }),
    ).toMatchObject({ firstResponseMinutes: 120, timeBasis: 'calendar' });
  });

  it('gives a public source its own reply target, above every channel, stage and priority rule', () => {
    const policy = SlaPolicy.parse({
      targets: [
        ...DEFAULT_SLA_POLICY.targets,
        { publicSource: 'instagram_comment', firstResponseMinutes: 30 },
        { channel: 'instagram', priority: 'urgent', firstResponseMinutes: 20 },
      ],
    });
    const instagram = (publicSource: 'instagram_comment' | null, priority: 'normal' | 'urgent') =>
      resolveTarget(policy, { channel: 'instagram', publicSource, priority }).firstResponseMinutes;
    expect(instagram('instagram_comment', 'urgent')).toBe(30);
    expect(instagram(null, 'urgent')).toBe(20);
    expect(instagram(null, 'normal')).toBe(60);
    // A Booking.com review waits a business day, its channel's messages keep the 24-hour rule.
    const booking = (publicSource: 'booking_review' | null) =>
      resolveTarget(DEFAULT_SLA_POLICY, { channel: 'booking', publicSource, priority: 'normal' });
    expect(booking('booking_review')).toMatchObject({ firstResponseMinutes: 24 * 60, timeBasis: 'business' });
    expect(booking(null)).toMatchObject({ firstResponseMinutes: 24 * 60, timeBasis: 'calendar' });
    expect(
      SlaPolicy.safeParse({ targets: [{ publicSource: 'yelp_review', firstResponseMinutes: 5 }] }).success,
    ).toBe(false);
  });

  it('keeps the default policy valid under its own schema', () => {
    expect(SlaPolicy.parse(DEFAULT_SLA_POLICY)).toEqual(DEFAULT_SLA_POLICY);
  });
});
