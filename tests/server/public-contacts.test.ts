// Public comments and reviews (issue 11): what a public contact becomes on the API.
import { expect, it } from 'vitest';
import type { CapturedMessage } from '../../shared/message.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { guest, staff } from './support/messages.ts';

const REVIEW_URL = 'https://business.google.com/reviews/l/0123456789?review=AbCd';
const POST_URL = 'https://www.instagram.com/p/C9xYz12AbCd/';

function googleReview(
  id: string,
  minute: number,
  value: number,
  text: string,
  over: Partial<CapturedMessage> = {},
) {
  return guest(`review:${id}`, id, minute, {
    channel: 'google',
    senderName: 'Markus W.',
    text,
    visibility: 'public',
    publicSource: 'google_review',
    rating: { value, outOf: 5 },
    publicUrl: REVIEW_URL,
    conversationUrl: 'https://business.google.com/reviews/l/0123456789',
    ...over,
  });
}

function instagramComment(id: string, minute: number, text: string) {
  return guest(`post:C9xYz12AbCd|@deniz.k`, id, minute, {
    channel: 'instagram',
    senderName: 'deniz.k',
    text,
    visibility: 'public',
    publicSource: 'instagram_comment',
    publicUrl: POST_URL,
    conversationUrl: POST_URL,
  });
}

describeOnEachDatabase('public comments and reviews', (server) => {
  it('a one-star review opens a public ticket with its source, author, rating and link, urgent as reputation risk', async () => {
    const { api } = await server.tenant();
    const { tickets } = await api.ingest([
      googleReview('r1', 0, 1, 'Dirty room, rude staff at reception. Never again.'),
    ]);
    const ticket = tickets[0]!;
    expect(ticket).toMatchObject({
      channel: 'google',
      visibility: 'public',
      publicSource: 'google_review',
      publicAuthor: 'Markus W.',
      rating: { value: 1, outOf: 5 },
      publicUrl: REVIEW_URL,
      priority: 'urgent',
    });
    expect(ticket.escalation).toContain('reputation_risk');
    // Google reviews are answered within a business day, the hotel's own target per source.
    expect(ticket.recordNumber).toMatch(/^K-\d{4,}$/);

    const { messages } = await api.ticket(ticket.recordNumber);
    const cues = messages[0]!.classification!.cues.map((c) => c.rule);
    expect(cues).toContain('public rating 1/5');
    // The supervisor hears of the new reputation risk like any other.
    const { notifications } = await api.notifications();
    expect(notifications.some((n) => n.ticketId === ticket.id)).toBe(true);
  });

  it('a five-star review is public but neither urgent nor a risk', async () => {
    const { api } = await server.tenant();
    const ticket = (await api.ingest([googleReview('r2', 0, 5, 'Wonderful stay, thank you!')])).tickets[0]!;
    expect(ticket).toMatchObject({
      visibility: 'public',
      rating: { value: 5, outOf: 5 },
      priority: 'normal',
    });
    expect(ticket.escalation).not.toContain('reputation_risk');
  });

  it('reads a rating on its own scale: 4 of 10 is low, 8 of 10 is not', async () => {
    const { api } = await server.tenant();
    const booking = (value: number, id: string) =>
      guest(`review:${id}`, id, 0, {
        channel: 'booking',
        text: 'The breakfast was fine.',
        visibility: 'public',
        publicSource: 'booking_review',
        rating: { value, outOf: 10 },
      });
    const { tickets } = await api.ingest([booking(4, 'b4'), booking(8, 'b8')]);
    const byRating = new Map(tickets.map((t) => [t.rating?.value, t]));
    expect(byRating.get(4)!.escalation).toContain('reputation_risk');
    expect(byRating.get(4)!.priority).toBe('urgent');
    expect(byRating.get(8)!.escalation).not.toContain('reputation_risk');
  });

  it('a comment threatening a bad review in public is reputation risk and urgent', async () => {
    const { api } = await server.tenant();
    const ticket = (
      await api.ingest([
        instagramComment('c1', 0, 'Nobody answers my messages! I will write a bad review on TripAdvisor.'),
      ])
    ).tickets[0]!;
    expect(ticket).toMatchObject({
      channel: 'instagram',
      visibility: 'public',
      publicSource: 'instagram_comment',
      publicAuthor: 'deniz.k',
      rating: null,
      publicUrl: POST_URL,
      priority: 'urgent',
    });
    expect(ticket.escalation).toContain('reputation_risk');
  });

  it('a private message stays private, and the hotel’s public reply does not change what the ticket shows', async () => {
    const { api } = await server.tenant();
    const dm = (await api.ingest([guest('dm1', 'm1', 0, { text: 'What time is breakfast?' })])).tickets[0]!;
    expect(dm).toMatchObject({ visibility: 'private', publicSource: null, rating: null, publicUrl: null });

    const opened = (await api.ingest([googleReview('r3', 0, 2, 'Noisy room.')])).tickets[0]!;
    const reply = staff('review:r3', 'reply1', 30, {
      channel: 'google',
      text: 'We are sorry to read this. Please write to us on WhatsApp so we can help.',
      visibility: 'public',
      publicSource: 'google_review',
    });
    const after = (await api.ingest([reply])).tickets.find((t) => t.id === opened.id)!;
    expect(after).toMatchObject({ publicAuthor: 'Markus W.', rating: { value: 2, outOf: 5 } });
    expect(after.firstResponseAt).not.toBeNull();
  });

  it('a later review on the same ticket updates the rating; sending the same review again changes nothing', async () => {
    const { api } = await server.tenant();
    const first = googleReview('r4', 0, 1, 'Terrible.', { conversationId: 'review:markus' });
    const edited = googleReview('r4-edit', 60, 3, 'They called me and fixed it. Better.', {
      conversationId: 'review:markus',
    });
    await api.ingest([first]);
    const updated = (await api.ingest([edited])).tickets[0]!;
    expect(updated.rating).toEqual({ value: 3, outOf: 5 });
    const again = await api.ingest([first]);
    expect(again.results[0]!.duplicate).toBe(true);
    expect((await api.ticket(updated.recordNumber)).ticket.rating).toEqual({ value: 3, outOf: 5 });
  });

  it.each([
    ['a rating above its scale', { rating: { value: 6, outOf: 5 } }],
    ['a rating on an unknown scale', { rating: { value: 3, outOf: 7 } }],
    ['an unknown public source', { publicSource: 'yelp_review' }],
    ['a link back that is not https', { publicUrl: 'javascript:alert(1)' }],
    ['an unknown visibility', { visibility: 'secret' }],
  ])('refuses %s with a 400 and stores nothing', async (_name, bad) => {
    const { api, hotelId } = await server.tenant();
    const message = { ...googleReview('bad', 0, 1, 'Bad.'), ...bad } as unknown as CapturedMessage;
    const { status } = await api.error(
      api.raw('POST', '/v1/messages/batch', { body: { messages: [message] } }),
    );
    expect(status).toBe(400);
    expect(await server.count('messages', hotelId)).toBe(0);
    expect(await server.count('tickets', hotelId)).toBe(0);
  });
});
