// A selector pack from the API is data a coordinator published: it is used only when it fits the
// adapter's own schema, every selector is CSS the browser accepts and every pattern is a safe
// regular expression. Anything else is refused with a reason, and the page keeps its pack.
import { describe, expect, it } from 'vitest';
import { SelectorPack } from '../../../shared/api-contract.ts';
import { BOOKING_SELECTORS } from '../../../content-scripts/booking/booking-selectors.ts';
import { WHATSAPP_SELECTORS } from '../../../content-scripts/whatsapp/whatsapp-selectors.ts';
import { AIRBNB_SELECTORS } from '../../../content-scripts/airbnb/airbnb-selectors.ts';
import { PLATFORMS } from '../../../content-scripts/platforms.ts';
import { checkSelectorPack, SELECTOR_PACK_SCHEMAS } from '../../../background/selector-packs-registry.ts';
import { cssSelectorProblem } from '../../../background/selector-packs-css.ts';
import { kindOfKey } from '../../../content-scripts/selector-packs-check.ts';

const BUILT_IN: Record<string, unknown> = Object.fromEntries(PLATFORMS.map((p) => [p.id, p.builtIn]));

function bookingPack(change: Record<string, unknown>) {
  return { platform: 'booking', version: '2027-02-01', selectors: { ...BOOKING_SELECTORS, ...change } };
}

function refusal(pack: { platform: string; version: string; selectors: unknown }): string {
  const check = checkSelectorPack(pack as Parameters<typeof checkSelectorPack>[0]);
  if (check.ok) throw new Error('the pack was accepted');
  return check.problem;
}

describe('checking a selector pack before the extension keeps it', () => {
  it('accepts every adapter’s built-in pack, so a republished pack always passes', () => {
    expect(Object.keys(SELECTOR_PACK_SCHEMAS).sort()).toEqual(Object.keys(BUILT_IN).sort());
    for (const [platform, selectors] of Object.entries(BUILT_IN)) {
      const check = checkSelectorPack({ platform, version: 'built-in', selectors: selectors as never });
      expect([platform, check.ok]).toEqual([platform, true]);
    }
  });

  it('accepts a newer message selector and hands back exactly the adapter’s selectors', () => {
    const check = checkSelectorPack(bookingPack({ message: ['[data-test-id="thread-item"]'] }));
    expect(check.ok && check.pack.selectors.message).toEqual(['[data-test-id="thread-item"]']);
    expect(check.ok && check.pack.version).toBe('2027-02-01');
  });

  it('refuses a selector that is not valid CSS, naming the field', () => {
    expect(refusal(bookingPack({ message: ['[data-test-id="thread-item"'] }))).toMatch(/^message\.0: /);
    expect(refusal(bookingPack({ composer: ['textarea:hover-ish'] }))).toMatch(
      /^composer\.0: unknown pseudo-class/,
    );
    expect(refusal(bookingPack({ text: ['p::before'] }))).toMatch(/^text\.0: pseudo-elements/);
  });

  it('does not read labels, attribute names or URL parameters as CSS', () => {
    const pack = {
      platform: 'whatsapp',
      version: '2027-02-01',
      selectors: { ...WHATSAPP_SELECTORS, youLabels: ['Gönderdiniz:', 'You:'] },
    };
    expect(checkSelectorPack(pack).ok).toBe(true);
    expect(kindOfKey(['attributes', 'messageId'])).toBe('word');
    expect(kindOfKey(['conversationIdParams', '0'])).toBe('word');
    expect(kindOfKey(['reservation', 'reservationNumber', 'labels', '1'])).toBe('word');
    expect(kindOfKey(['reservation', 'reservationNumber', 'selectors', '0'])).toBe('css');
    expect(kindOfKey(['threadIdPatterns', '0'])).toBe('pattern');
  });

  it('refuses patterns that are not regular expressions or that backtrack without end', () => {
    expect(
      refusal({
        ...bookingPack({}),
        platform: 'airbnb',
        selectors: { ...AIRBNB_SELECTORS, threadIdPatterns: ['^/hosting/(\\d+'] },
      }),
    ).toMatch(/threadIdPatterns\.0: not a regular expression/);
    expect(
      refusal({
        ...bookingPack({}),
        platform: 'airbnb',
        selectors: { ...AIRBNB_SELECTORS, teamMemberPattern: '^(a+)+$' },
      }),
    ).toMatch(/teamMemberPattern: a pattern must not repeat a repeated group/);
  });

  it('refuses a pack that does not fit the adapter (a required list missing, a number for a list)', () => {
    const { message: _dropped, ...withoutMessage } = BOOKING_SELECTORS;
    expect(refusal({ platform: 'booking', version: '1', selectors: withoutMessage })).toMatch(/^message: /);
    expect(refusal(bookingPack({ message: 42 }))).toMatch(/^message: /);
  });

  it('refuses what is not data: code, numbers, null and prototype keys never reach an adapter', () => {
    const at = new Date().toISOString();
    for (const selectors of [
      { message: () => 'div' },
      { message: 7 },
      { message: null },
      { a: { b: { c: { d: { e: 'too deep' } } } } },
    ]) {
      expect(
        SelectorPack.safeParse({ platform: 'booking', version: '1', selectors, updatedAt: at }).success,
      ).toBe(false);
    }
    const polluted = JSON.parse(`{"__proto__": {"message": ["div"]}}`) as Record<string, unknown>;
    expect(refusal(bookingPack(polluted))).toMatch(/"__proto__" is not allowed/);
  });

  it('refuses a pack for a platform no adapter reads', () => {
    expect(refusal({ platform: 'tripadvisor', version: '1', selectors: {} })).toBe(
      'no adapter reads this platform',
    );
    expect(refusal({ platform: 'constructor', version: '1', selectors: {} })).toBe(
      'no adapter reads this platform',
    );
  });
});

describe('CSS syntax without a DOM (the service worker has none)', () => {
  it.each([
    '#main',
    'div.adn.ads[data-legacy-message-id]',
    'a[href^="mailto:"][href*="@guest.booking.com"]',
    '[data-testid="message-list"] > div[role="group"][aria-label]',
    '.copyable-text span[dir="ltr"], .copyable-text span[dir="rtl"]',
    'li:nth-child(2n + 1 of .unread)',
    'a:has(> img[alt]) ~ b + c',
    '[lang="tr" i]',
    'div:not(.seen):first-child',
    'ş.ğ',
  ])('accepts %s', (selector) => {
    expect(cssSelectorProblem(selector)).toBeNull();
  });

  it.each([
    '',
    'div[',
    'a >',
    'a,',
    ',a',
    'You:',
    '\\d{8,12}',
    'a:foo',
    '#1a',
    'a[href=mailto:]',
    'ns|a',
    ':not()',
    'a:lang("tr")',
  ])('refuses %j', (selector) => {
    expect(cssSelectorProblem(selector)).not.toBeNull();
  });
});
