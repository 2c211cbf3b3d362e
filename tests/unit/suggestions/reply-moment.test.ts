// Suggestions that fit the moment (issue 10): the public reply only where the guest wrote in
// public, the closing message only once the fix is done and never as the answer to a new
// question, the interim update once a complaint has run past its resolution target, all in the
// guest's language (Arabic included) or else the hotel's.
import { describe, expect, it } from 'vitest';
import { rankSuggestions } from '../../../content-scripts/suggestion-panel/rank-suggestions.ts';
import { replyContext } from '../../../content-scripts/suggestion-panel/reply-context.ts';
import type { MessageLabels, ReplyTicket } from '../../../shared/runtime-messages.ts';
import { STARTER_LIBRARY } from '../../../shared/templates/starter-library.ts';
import { hotelLanguage } from '../../../shared/templates/hotel-language.ts';
import { isPublicContact } from '../../../shared/templates/public-contact.ts';
import { suggestTemplates } from '../../../shared/templates/suggest-templates.ts';

const NOW = Date.parse('2026-08-14T15:00:00+03:00');

const ticket = (over: Partial<ReplyTicket> = {}): ReplyTicket => ({
  recordNumber: 'K-2001',
  guestName: 'Layla',
  language: 'en',
  topic: 'complaint',
  stage: 'in_stay',
  stay: null,
  awaitingFirstReply: false,
  status: 'open',
  interimUpdateOwedFrom: null,
  ...over,
});
const labels = (over: Partial<MessageLabels> = {}): MessageLabels => ({
  language: 'en',
  topic: 'complaint',
  stage: 'in_stay',
  ...over,
});

function panel(
  message: { channel: 'instagram' | 'whatsapp' | 'messenger' | 'booking'; conversationUrl?: string },
  t: ReplyTicket | null,
  classified: MessageLabels | null,
  fallbackLanguage: 'tr' | null = null,
): string[] {
  const context = replyContext(message, t, classified, { now: NOW, fallbackLanguage });
  return rankSuggestions(context, STARTER_LIBRARY, 10).map((x) => x.id);
}

describe('the public reply', () => {
  it('leads under an Instagram post the guest commented on', () => {
    const ids = panel(
      { channel: 'instagram', conversationUrl: 'https://www.instagram.com/p/C9xYz/' },
      null,
      labels(),
    );
    expect(ids[0]).toBe('en-public-reply');
  });

  it('is never offered in an Instagram or Messenger direct message', () => {
    for (const message of [
      { channel: 'instagram', conversationUrl: 'https://www.instagram.com/direct/t/1234567890/' },
      { channel: 'messenger', conversationUrl: 'https://www.messenger.com/t/100012345' },
    ] as const) {
      expect(panel(message, ticket(), labels()).some((id) => id.endsWith('public-reply'))).toBe(false);
    }
  });

  it('is offered for a public review on any platform, and a capture that says public is believed', () => {
    expect(
      isPublicContact({ conversationUrl: 'https://www.tripadvisor.com/ShowUserReviews-g1-d2-r3.html' }),
    ).toBe(true);
    expect(
      isPublicContact({ conversationUrl: 'https://www.facebook.com/belekpalace/posts/pfbid02abc' }),
    ).toBe(true);
    expect(
      isPublicContact({ visibility: 'private', conversationUrl: 'https://www.instagram.com/p/C9xYz/' }),
    ).toBe(false);
    expect(isPublicContact({ conversationUrl: null })).toBe(false);
    expect(isPublicContact({ visibility: 'public', conversationUrl: 'https://web.whatsapp.com/' })).toBe(
      true,
    );
  });
});

describe('the closing message', () => {
  it('is offered once the ticket is resolved', () => {
    const ids = panel({ channel: 'whatsapp' }, ticket({ status: 'resolved' }), labels({ topic: 'feedback' }));
    expect(ids[0]).toBe('en-closing');
  });

  it('is not offered while the fix is still under way', () => {
    for (const status of ['open', 'pending_guest'] as const) {
      expect(panel({ channel: 'whatsapp' }, ticket({ status }), labels())).not.toContain('en-closing');
    }
  });

  it('is never the answer to a new question, even on a resolved ticket', () => {
    const ids = panel(
      { channel: 'whatsapp' },
      ticket({ status: 'resolved', topic: 'complaint' }),
      labels({ topic: 'question' }),
    );
    expect(ids).not.toContain('en-closing');
  });
});

describe('the interim update', () => {
  it('leads once the complaint owes one, not before', () => {
    const owed = ticket({ interimUpdateOwedFrom: '2026-08-14T14:30:00+03:00' });
    expect(panel({ channel: 'whatsapp' }, owed, labels())[0]).toBe('en-interim-update');
    const later = ticket({ interimUpdateOwedFrom: '2026-08-14T16:00:00+03:00' });
    expect(panel({ channel: 'whatsapp' }, later, labels())).not.toContain('en-interim-update');
    expect(panel({ channel: 'whatsapp' }, ticket(), labels())).not.toContain('en-interim-update');
  });

  it('is not offered when the panel has no clock to tell', () => {
    const owed = ticket({ interimUpdateOwedFrom: '2026-08-14T14:30:00+03:00' });
    const context = replyContext({ channel: 'whatsapp' }, owed, labels());
    expect(suggestTemplates(context, STARTER_LIBRARY, 10).map((s) => s.template.kind)).not.toContain(
      'interim_update',
    );
  });
});

describe("in the guest's language", () => {
  it('gives an Arabic guest the Arabic templates, the moment ones included', () => {
    const arabic = ticket({ language: 'ar', status: 'resolved' });
    const ids = panel({ channel: 'whatsapp' }, arabic, labels({ language: 'ar', topic: 'feedback' }));
    expect(ids[0]).toBe('ar-closing');
    expect(ids.every((id) => id.startsWith('ar-'))).toBe(true);
  });

  it("gives a Persian guest the hotel's language, in public too", () => {
    const persian = labels({ language: 'fa' });
    const ids = panel(
      { channel: 'instagram', conversationUrl: 'https://www.instagram.com/reel/Dabc/' },
      null,
      persian,
      'tr',
    );
    expect(ids[0]).toBe('tr-public-reply');
    expect(ids.every((id) => id.startsWith('tr-'))).toBe(true);
  });

  it("reads the hotel's language from the templates it wrote, none from the starter library", () => {
    expect(hotelLanguage(STARTER_LIBRARY)).toBeNull();
    expect(hotelLanguage(null)).toBeNull();
    expect(hotelLanguage([...STARTER_LIBRARY, { language: 'tr' }])).toBe('tr');
  });
});

describe('the post-stay thank-you (issue 9)', () => {
  // NOW is 14 August 15:00 in Istanbul: a check-out on the 13th (noon) was 27 hours ago.
  const stayed = (checkOut: string) =>
    ticket({ language: 'de', topic: 'question', stay: { checkIn: '2026-08-07', checkOut } });
  const ids = (t: ReplyTicket, timeZone?: string) =>
    rankSuggestions(
      replyContext({ channel: 'whatsapp' }, t, labels({ language: 'de', topic: 'question' }), {
        now: NOW,
        timeZone,
      }),
      STARTER_LIBRARY,
    ).map((x) => x.id);

  it('leads in the conversation of a guest who checked out 24 to 48 hours ago, in their language', () => {
    expect(ids(stayed('2026-08-13'))[0]).toBe('de-post-stay-thanks');
  });

  it('does not lead before 24 hours, after 48, or without stay dates', () => {
    for (const t of [
      stayed('2026-08-14'),
      stayed('2026-08-12'),
      ticket({ language: 'de', topic: 'question' }),
    ]) {
      expect(ids(t)[0]).not.toBe('de-post-stay-thanks');
    }
  });

  it('counts the hours in the hotel’s time zone', () => {
    // 15:00 in Istanbul is midnight in Auckland (UTC+12): check-out noon on the 13th there was 36 hours before.
    expect(ids(stayed('2026-08-13'), 'Pacific/Auckland')[0]).toBe('de-post-stay-thanks');
    // In Honolulu (UTC-10) it is 02:00 on the 14th: noon on the 13th was 14 hours before.
    expect(ids(stayed('2026-08-13'), 'Pacific/Honolulu')[0]).not.toBe('de-post-stay-thanks');
  });
});
