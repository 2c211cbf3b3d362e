// Which public author a new private contact is (issue 11), decided on evidence alone: the same
// account on the same network, or a full name with overlapping stay dates; never a name alone.
import { describe, expect, it } from 'vitest';
import {
  authorNameKey,
  matchPublicAuthor,
  normaliseHandle,
  type PublicAuthor,
} from '../../server/services/public-author-match.ts';

const JUNE = { checkIn: '2026-06-20', checkOut: '2026-06-27' };
const author = (over: Partial<PublicAuthor>): PublicAuthor => ({
  guestId: 'g1',
  channel: 'instagram',
  handle: null,
  nameKey: null,
  stay: null,
  ...over,
});

describe('public author match', () => {
  it('folds names and handles so one person writes the same way everywhere', () => {
    expect(authorNameKey('  Müller,  Sabine ')).toBe('muller sabine');
    expect(authorNameKey('MEHMET YILMAZ')).toBe(authorNameKey('Mehmet Yılmaz'));
    expect(authorNameKey('Sabine')).toBeNull();
    expect(normaliseHandle('@Deniz.K')).toBe('deniz.k');
    expect(normaliseHandle('deniz k')).toBeNull();
  });

  it('joins the same account on the same network only', () => {
    const comment = author({ handle: 'deniz.k' });
    const dm = { channel: 'instagram' as const, handle: 'deniz.k', nameKey: null, stay: null };
    expect(matchPublicAuthor(dm, [comment])).toEqual({
      guestId: 'g1',
      reason: 'same_account',
      matchedOn: '@deniz.k',
    });
    expect(matchPublicAuthor({ ...dm, channel: 'messenger' }, [comment])).toBeNull();
  });

  it('joins a full name only with overlapping stay dates, and never when two guests fit', () => {
    const reviewer = author({ channel: 'booking', nameKey: 'anna schmidt', stay: JUNE });
    const contact = { channel: 'email' as const, handle: null, nameKey: 'anna schmidt', stay: JUNE };
    expect(matchPublicAuthor(contact, [reviewer])?.reason).toBe('name_and_stay');
    expect(matchPublicAuthor({ ...contact, stay: null }, [reviewer])).toBeNull();
    const later = { checkIn: '2026-07-01', checkOut: '2026-07-05' };
    expect(matchPublicAuthor({ ...contact, stay: later }, [reviewer])).toBeNull();
    expect(matchPublicAuthor(contact, [reviewer, { ...reviewer, guestId: 'g2' }])).toBeNull();
    // A name with only the month of the stay (TripAdvisor, HolidayCheck) has no days to overlap.
    expect(matchPublicAuthor(contact, [{ ...reviewer, stay: null }])).toBeNull();
  });
});
