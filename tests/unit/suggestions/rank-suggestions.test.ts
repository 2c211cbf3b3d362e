import { describe, expect, it } from 'vitest';
import { rankSuggestions } from '../../../content-scripts/suggestion-panel/rank-suggestions.ts';
import { replyContext, replyValues } from '../../../content-scripts/suggestion-panel/reply-context.ts';
import { messageLabels } from '../../../background/templates-requests.ts';
import type { ExtractedMessage } from '../../../content-scripts/platform-adapter.ts';
import type { ReplyTicket } from '../../../shared/runtime-messages.ts';
import { STARTER_LIBRARY } from '../../../shared/templates/starter-library.ts';

function guestMessage(text: string, over: Partial<ExtractedMessage> = {}): ExtractedMessage {
  return {
    channel: 'whatsapp',
    conversationId: '491712345678@c.us',
    platformMessageId: '3EB0F7E5D4C3B2A1F0E9D8C7',
    direction: 'inbound',
    senderName: '+49 171 2345678',
    sentAt: '2026-11-15T07:55:00+03:00',
    text,
    ...over,
  };
}

const ticket = (over: Partial<ReplyTicket> = {}): ReplyTicket => ({
  recordNumber: 'K-1042',
  guestName: 'Hans Müller',
  language: null,
  topic: null,
  stage: null,
  stay: null,
  awaitingFirstReply: true,
  ...over,
});

/** What the panel lists for a message, best first. */
function panelFor(message: ExtractedMessage, ticketFacts: ReplyTicket | null = null): string[] {
  // The background classifies the message the panel was opened on; the panel ranks with it.
  const classified = messageLabels({ text: message.text, channel: message.channel, sentAt: message.sentAt });
  return rankSuggestions(replyContext(message, ticketFacts, classified), STARTER_LIBRARY).map((t) => t.id);
}

describe('which templates the panel offers for a guest message', () => {
  it('reads the message itself: a German complaint gets the German complaint recovery first', () => {
    const ids = panelFor(
      guestMessage(
        'Die Klimaanlage in Zimmer 3124 funktioniert nicht, es ist sehr heiß. Das ist inakzeptabel!',
      ),
    );
    expect(ids[0]).toBe('de-complaint-recovery');
    expect(ids.every((id) => id.startsWith('de-'))).toBe(true);
  });

  it('reads Turkish written without diacritics as Turkish', () => {
    const ids = panelFor(guestMessage('rezervasyonumu iptal etmek istiyorum, ucret iadesi alabilir miyim'));
    expect(ids.every((id) => id.startsWith('tr-'))).toBe(true);
  });

  it("follows the ticket's labels when it has them (an agent's correction included)", () => {
    const message = guestMessage('Hello, one more thing about my booking.');
    const ids = panelFor(message, ticket({ topic: 'refund', stage: 'post_stay', language: 'ru' }));
    expect(ids[0]).toBe('ru-refund');
  });

  it('puts the first reply with the record number on top while the guest awaits an answer', () => {
    const ids = panelFor(guestMessage('What time does breakfast start?'), ticket());
    expect(ids[0]).toBe('en-acknowledgement');
  });

  it('puts the short public reply first under an Instagram post, whatever the topic', () => {
    const message = guestMessage('What time does the spa open tomorrow?', {
      channel: 'instagram',
      conversationUrl: 'https://www.instagram.com/p/C9xYzAbc/',
    });
    const ids = panelFor(message, ticket({ awaitingFirstReply: false }));
    expect(ids[0]).toBe('en-public-reply');
    expect(ids.filter((id) => id.endsWith('public-reply'))).toHaveLength(1);
  });

  it('offers no public reply in an Instagram direct message', () => {
    const message = guestMessage('The room was dirty and nobody helped us.', {
      channel: 'instagram',
      conversationUrl: 'https://www.instagram.com/direct/t/340282366841710300949128/',
    });
    expect(panelFor(message).some((id) => id.endsWith('public-reply'))).toBe(false);
  });

  it('offers no public reply on a private channel like e-mail', () => {
    const ids = panelFor(guestMessage('The room was dirty and nobody helped us.', { channel: 'email' }));
    expect(ids.some((id) => id.endsWith('public-reply'))).toBe(false);
  });

  it('offers Arabic templates to a guest writing Arabic', () => {
    const ids = panelFor(guestMessage('مرحبا، المكيف لا يعمل في غرفتي'));
    expect(ids[0]).toBe('ar-complaint-recovery');
    expect(ids.every((id) => id.startsWith('ar-'))).toBe(true);
  });

  it('offers English templates to a guest writing Persian, for which the hotel has none', () => {
    const ids = panelFor(guestMessage('سلام، کولر اتاق ما کار نمی‌کند و خیلی گرم است'));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('en-'))).toBe(true);
  });
});

describe('what Konuk fills into a template', () => {
  const profile = { hotelName: 'Grand Belek Resort', agentName: 'Ayşe' };

  it("fills the guest, record number, hotel, agent and the stay's dates in the template's language", () => {
    const message = guestMessage('...', { stay: { checkIn: '2026-11-20', checkOut: '2026-11-27' } });
    const values = replyValues(message, ticket(), profile, null, 'de');
    expect(values).toEqual({
      guest_name: 'Hans Müller',
      record_number: 'K-1042',
      hotel_name: 'Grand Belek Resort',
      agent_name: 'Ayşe',
      check_in: '20. November 2026',
      check_out: '27. November 2026',
    });
  });

  it('leaves the guest name blank rather than greeting a phone number, and the dates when no stay is known', () => {
    const values = replyValues(guestMessage('...'), null, profile, 'K-2001', 'en');
    expect(values.guest_name).toBeNull();
    expect(values.record_number).toBe('K-2001');
    expect(values.check_in).toBeNull();
  });
});
