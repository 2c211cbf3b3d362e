// Issue 11: on a captured public comment or review the panel offers the short public reply
// first, in the author's language, at most 280 characters, moving the guest to a private channel;
// a message the capture marks private gets none, whatever its page.
import { beforeEach, describe, expect, it } from 'vitest';
import { rankSuggestions } from '../../../content-scripts/suggestion-panel/rank-suggestions.ts';
import { replyContext } from '../../../content-scripts/suggestion-panel/reply-context.ts';
import { messageLabels } from '../../../background/templates-requests.ts';
import type { ExtractedMessage } from '../../../content-scripts/platform-adapter.ts';
import { STARTER_LIBRARY } from '../../../shared/templates/starter-library.ts';
import { PUBLIC_REPLY_MAX_CHARS } from '../../../shared/templates/template-schema.ts';

let review: ExtractedMessage;
beforeEach(() => {
  review = {
    channel: 'google',
    conversationId: 'ChdDSUhNMG9nS0VJQ0FnSURrM3Y2eVF3EAE',
    platformMessageId: 'ChdDSUhNMG9nS0VJQ0FnSURrM3Y2eVF3EAE',
    direction: 'inbound',
    senderName: 'Markus Weber',
    sentAt: '2026-11-09T12:00:00+03:00',
    text: 'Das Zimmer war schmutzig und an der Rezeption wurden wir unfreundlich behandelt. Nie wieder!',
    visibility: 'public',
    publicSource: 'google_review',
    rating: { value: 1, outOf: 5 },
  };
});

function panelFor(message: ExtractedMessage) {
  const classified = messageLabels({ text: message.text, channel: message.channel, sentAt: message.sentAt });
  return rankSuggestions(replyContext(message, null, classified), STARTER_LIBRARY);
}

describe('the short public reply on public contacts', () => {
  it('leads on a one-star Google review, in the reviewer’s language and short', () => {
    const [first] = panelFor(review);
    expect(first).toMatchObject({ kind: 'public_reply', language: 'de' });
    expect(first!.body.length).toBeLessThanOrEqual(PUBLIC_REPLY_MAX_CHARS);
  });

  it('leads on an Instagram comment in Turkish, marked public by the capture', () => {
    const [first] = panelFor({
      ...review,
      channel: 'instagram',
      text: 'Odamızın kliması 3 gündür çalışmıyor, resepsiyon hiç ilgilenmedi. Çok kötü!',
      publicSource: 'instagram_comment',
      conversationUrl: 'https://www.instagram.com/p/C9xYz12AbCd/',
    });
    expect(first).toMatchObject({ kind: 'public_reply', language: 'tr' });
  });

  it('is not offered when the capture marks the message private, even on a post page', () => {
    const kinds = panelFor({
      ...review,
      channel: 'instagram',
      visibility: 'private',
      conversationUrl: 'https://www.instagram.com/p/C9xYz12AbCd/',
    }).map((t) => t.kind);
    expect(kinds).not.toContain('public_reply');
  });
});
