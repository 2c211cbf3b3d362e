import { beforeEach, describe, expect, it } from 'vitest';
import { whatsappAdapter } from '../../../content-scripts/whatsapp/whatsapp-adapter.ts';
import {
  WHATSAPP_SELECTORS,
  WhatsappSelectors,
} from '../../../content-scripts/whatsapp/whatsapp-selectors.ts';
import { CapturedMessage, messageKey } from '../../../shared/message.ts';
import type { ExtractedMessage } from '../../../content-scripts/platform-adapter.ts';
import { loadFixture, localInstant, pageWindow, readEnvironment, type KonukFixture } from './fixture-page.ts';

const HOSTILE = '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>';

function readAll(now: Date, reportFallback?: (name: string) => void): ExtractedMessage[] {
  const env = readEnvironment(now, reportFallback);
  return [...document.querySelectorAll(whatsappAdapter.messageSelector)].map((element) => {
    const message = whatsappAdapter.readMessage(element, env);
    if (!message) throw new Error('a message element could not be read');
    return message;
  });
}

function byId(messages: ExtractedMessage[], id: string): ExtractedMessage {
  const found = messages.find((m) => m.platformMessageId === id);
  if (!found) throw new Error(`no message ${id}`);
  return found;
}

describe('WhatsApp Web, March 2026 build with legacy ids (whatsapp-2026-03-legacy-ids.html)', () => {
  const now = new Date(2026, 2, 16, 12, 0);
  let page: KonukFixture;
  beforeEach(() => {
    page = loadFixture('whatsapp/whatsapp-2026-03-legacy-ids.html', 'https://web.whatsapp.com/');
  });

  it('finds every message of the open chat and nothing else (no date separators or notices)', () => {
    const messages = readAll(now);
    expect(messages.map((m) => [m.platformMessageId, m.direction])).toEqual([
      ['3EB0A7F1C2D3E4F5A6B7', 'inbound'],
      ['3EB03C5D9E8F7A6B5C4D', 'inbound'],
      ['3EB0F0E1D2C3B4A59687', 'outbound'],
      ['3A1F2E3D4C5B6A798012', 'inbound'],
      ['3A7B8C9D0E1F2A3B4C5D', 'inbound'],
    ]);
    for (const message of messages) {
      expect(CapturedMessage.safeParse({ ...message, capturedAt: now.toISOString() }).success).toBe(true);
    }
  });

  it("reads a guest's text message: chat from the id, phone, time and sender from the page, emoji kept", () => {
    const message = byId(readAll(now), '3EB0A7F1C2D3E4F5A6B7');
    expect(message).toMatchObject({
      channel: 'whatsapp',
      conversationId: '905321234567@c.us',
      direction: 'inbound',
      senderName: '+90 532 123 45 67',
      senderHandle: '+905321234567',
      text: "Merhaba, 18 Mart'ta 2 gece için rezervasyonumuz var (rez. no 48213). Erken giriş mümkün mü? 🙏",
      conversationTitle: '+90 532 123 45 67',
      conversationUrl: 'https://web.whatsapp.com/send?phone=905321234567',
    });
    expect(Date.parse(message.sentAt)).toBe(localInstant(2026, 3, 14, 9, 12));
    expect(message.sentAt).toMatch(/^2026-03-14T09:12:00[+-]\d\d:\d\d$/);
  });

  it('reads a photo with a caption and no time attribute: kind, caption, time from its bubble and a neighbour', () => {
    const message = byId(readAll(now), '3EB03C5D9E8F7A6B5C4D');
    expect(message.kind).toBe('photo');
    expect(message.text).toBe('[Photo] Pasaport fotoğrafları ektedir');
    expect(message.direction).toBe('inbound');
    expect(message.senderHandle).toBe('+905321234567');
    expect(Date.parse(message.sentAt)).toBe(localInstant(2026, 3, 14, 9, 13));
  });

  it('falls back to the capture time for a photo with no dated message near it', () => {
    for (const row of document.querySelectorAll('#main [role="row"]')) {
      if (!row.querySelector('[data-id$="3EB03C5D9E8F7A6B5C4D"]')) row.remove();
    }
    const message = byId(readAll(now), '3EB03C5D9E8F7A6B5C4D');
    expect(Date.parse(message.sentAt)).toBe(Math.floor(now.getTime() / 1000) * 1000);
  });

  it("recognises the hotel's own reply as outbound and does not claim the guest's phone as its sender", () => {
    const message = byId(readAll(now), '3EB0F0E1D2C3B4A59687');
    expect(message.direction).toBe('outbound');
    expect(message.senderName).toBe('Grand Belek Resort');
    expect(message.senderHandle).toBeUndefined();
  });

  it('keeps hostile guest text as the literal characters the guest typed, running nothing', () => {
    const message = byId(readAll(now), '3A1F2E3D4C5B6A798012');
    expect(message.text).toBe(HOSTILE);
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('keeps line breaks of a multi-line message', () => {
    expect(byId(readAll(now), '3A7B8C9D0E1F2A3B4C5D').text).toBe(
      "Pardon, yanlış mesaj.\nHavalimanı transferi de istiyoruz, uçak 14:35'te AYT'ye iniyor.",
    );
  });

  it('reads a group chat: the group is the conversation, each participant is a sender with their phone', () => {
    page.openConversation('120363025246125486@g.us');
    const [jonas, petra, hotel] = readAll(now);
    expect(jonas).toMatchObject({
      conversationId: '120363025246125486@g.us',
      platformMessageId: '3EB0E1F2A3B4C5D6E7F8',
      direction: 'inbound',
      senderName: 'Jonas Schneider',
      senderHandle: '+4917612345678',
      conversationTitle: 'Schneider Familie – Belek 2026',
      conversationUrl: 'https://web.whatsapp.com/',
    });
    expect(petra).toMatchObject({
      senderName: 'Petra Schneider',
      senderHandle: '+4915112345678',
      text: 'Und bitte ein Babybett 😊',
    });
    expect(hotel).toMatchObject({ direction: 'outbound' });
  });

  it('reads a saved contact by name and leaves the quoted message out of a reply', () => {
    page.openConversation('79161234567@c.us');
    const [olga, hotel] = readAll(now);
    expect(olga).toMatchObject({
      conversationId: '79161234567@c.us',
      senderName: 'Ольга Петрова',
      senderHandle: '+79161234567',
      conversationTitle: 'Ольга Петрова',
      conversationUrl: 'https://web.whatsapp.com/send?phone=79161234567',
    });
    expect(hotel?.text).toBe('Да, конечно. Кроватка будет в номере к вашему приезду.');
  });

  it('treats a message as inbound when its signals disagree (a false "answered" is worse)', () => {
    const outbound = document.querySelector('[data-id="true_905321234567@c.us_3EB0F0E1D2C3B4A59687"]')!;
    outbound.querySelector('[data-icon="tail-out"]')!.setAttribute('data-icon', 'tail-in');
    expect(byId(readAll(now), '3EB0F0E1D2C3B4A59687').direction).toBe('inbound');
  });

  it('reads messages the page appends later, each with a new stable id', () => {
    const received = page.receive('Merhaba, havuz kaçta açılıyor?');
    const replied = page.reply('Günaydın! Havuz 08:00’de açılıyor.');
    const messages = readAll(now);
    const guest = messages.find((m) => received.endsWith(m.platformMessageId));
    const hotel = messages.find((m) => replied.endsWith(m.platformMessageId));
    expect(guest).toMatchObject({
      direction: 'inbound',
      text: 'Merhaba, havuz kaçta açılıyor?',
      conversationId: '905321234567@c.us',
    });
    expect(hotel).toMatchObject({ direction: 'outbound' });
    expect(received).not.toBe(replied);
  });

  it('reports nothing when the newest selectors match', () => {
    const fallbacks: string[] = [];
    readAll(now, (name) => fallbacks.push(name));
    expect(fallbacks).toEqual([]);
  });

  it('reads a header without the chat-title test id by its titled span, and reports the fallback', () => {
    for (const title of document.querySelectorAll('[data-testid="conversation-info-header-chat-title"]')) {
      title.removeAttribute('data-testid');
    }
    const fallbacks: string[] = [];
    expect(readAll(now, (name) => fallbacks.push(name))[0]!.conversationTitle).toBe('+90 532 123 45 67');
    expect(new Set(fallbacks)).toEqual(new Set(['whatsapp.headerTitle[1]']));
  });
});

describe('WhatsApp Web, November 2026 build with bare ids and Turkish UI (whatsapp-2026-11-bare-ids.html)', () => {
  const now = new Date(2026, 10, 15, 12, 0);
  let page: KonukFixture;
  beforeEach(() => {
    page = loadFixture('whatsapp/whatsapp-2026-11-bare-ids.html', 'https://web.whatsapp.com/');
  });

  it('takes a saved contact without a phone from the header, and dates in dd.mm.yyyy', () => {
    const message = byId(readAll(now), '3EB0B3A9D1C2E4F5A6B78C9D');
    expect(message).toMatchObject({
      conversationId: 'name:Sarah Collins',
      direction: 'inbound',
      senderName: 'Sarah Collins',
      conversationTitle: 'Sarah Collins',
      conversationUrl: 'https://web.whatsapp.com/',
    });
    expect(message.senderHandle).toBeUndefined();
    expect(Date.parse(message.sentAt)).toBe(localInstant(2026, 11, 14, 21, 7));
  });

  it('recognises the Turkish "Siz:" reply as outbound and messages without any signal as inbound', () => {
    const messages = readAll(now);
    expect(messages.map((m) => m.direction)).toEqual([
      'inbound',
      'outbound',
      'inbound',
      'inbound',
      'inbound',
    ]);
  });

  it('captures a photo without caption as a photo, dated across midnight from the message before it', () => {
    const photo = byId(readAll(now), 'ACF1E2D3C4B5A69788796A5B4C3D2E1F');
    expect(photo).toMatchObject({
      kind: 'photo',
      text: '[Photo]',
      direction: 'inbound',
      senderName: 'Sarah Collins',
    });
    expect(Date.parse(photo.sentAt)).toBe(localInstant(2026, 11, 15, 8, 2));
  });

  it('keeps hostile guest text as plain text', () => {
    expect(byId(readAll(now), '3EB0E6D4C3B2A1F0E9D8C7B6').text).toBe(HOSTILE);
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('derives the phone-based conversation of an unsaved contact, the same id the legacy form gives', () => {
    page.openConversation('491712345678@c.us');
    const [first, second] = readAll(now);
    expect(first).toMatchObject({
      conversationId: '491712345678@c.us',
      senderHandle: '+491712345678',
      conversationUrl: 'https://web.whatsapp.com/send?phone=491712345678',
    });
    expect(second?.text).toBe('Wir haben zwei kleine Kinder, es ist dringend.');
  });

  it('keeps every key stable when the same page is read again', () => {
    const keys = readAll(now).map(messageKey);
    expect(readAll(new Date(now.getTime() + 60_000)).map(messageKey)).toEqual(keys);
  });

  it('reads a Russian guest after switching chats', () => {
    page.openConversation('79035551234@c.us');
    expect(readAll(now)[0]).toMatchObject({
      conversationId: 'name:Дмитрий Иванов',
      text: 'Добрый день! Можно ли продлить выезд до 16:00 в день отъезда, 17 ноября? Номер 1207.',
    });
  });
});

describe('WhatsApp selectors', () => {
  it('are valid data, newest first, each chain non-empty', () => {
    expect(WhatsappSelectors.safeParse(WHATSAPP_SELECTORS).success).toBe(true);
    expect(() => document.querySelectorAll(whatsappAdapter.messageSelector)).not.toThrow();
  });

  it('still accept a pack published before authors, status icons and media (new fields default)', () => {
    const { author, deliveryIcons, deliveryLabels, media, quoted, ...older } = WHATSAPP_SELECTORS;
    expect(WhatsappSelectors.parse(older)).toEqual({
      ...older,
      author,
      deliveryIcons,
      deliveryLabels,
      media,
      quoted,
    });
  });

  it('refuse a pack whose icon pattern is no regular expression', () => {
    const broken = {
      ...WHATSAPP_SELECTORS,
      deliveryIcons: { ...WHATSAPP_SELECTORS.deliveryIcons, names: ['(wds'] },
    };
    expect(WhatsappSelectors.safeParse(broken).success).toBe(false);
  });
});
