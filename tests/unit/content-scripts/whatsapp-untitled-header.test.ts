// The December 2026 WhatsApp variant: a chat-title span without a title attribute, Portuguese UI,
// 2026 status icons, one span per line, group authors with bare ids, media without text.
import { beforeEach, describe, expect, it } from 'vitest';
import { whatsappAdapter } from '../../../content-scripts/whatsapp/whatsapp-adapter.ts';
import type { ExtractedMessage } from '../../../content-scripts/platform-adapter.ts';
import { CapturedMessage, messageKey } from '../../../shared/message.ts';
import { loadFixture, localInstant, readEnvironment, type KonukFixture } from './fixture-page.ts';

const now = new Date(2026, 10, 27, 12, 0);

function readAll(reportFallback?: (name: string) => void): ExtractedMessage[] {
  const env = readEnvironment(now, reportFallback);
  return [...document.querySelectorAll(whatsappAdapter.messageSelector)].map((element) => {
    const message = whatsappAdapter.readMessage(element, env);
    if (!message) throw new Error(`message ${element.getAttribute('data-id')} could not be read`);
    CapturedMessage.parse({ ...message, capturedAt: now.toISOString() });
    return message;
  });
}

const byId = (messages: ExtractedMessage[], id: string) => {
  const found = messages.find((m) => m.platformMessageId === id);
  if (!found) throw new Error(`no message ${id}`);
  return found;
};

describe('WhatsApp Web, December 2026, Portuguese UI, header without title (whatsapp-2026-12-pt-untitled-header.html)', () => {
  let page: KonukFixture;
  beforeEach(() => {
    page = loadFixture('whatsapp/whatsapp-2026-12-pt-untitled-header.html', 'https://web.whatsapp.com/');
  });

  it('reads every message of a chat whose title span has no title attribute, named by its text', () => {
    const messages = readAll();
    expect(messages).toHaveLength(9);
    for (const message of messages) {
      expect(message).toMatchObject({
        conversationId: 'name:Mariana Souza',
        conversationTitle: 'Mariana Souza',
      });
    }
  });

  it("never takes the header's titled subtitle for the chat", () => {
    const fallbacks: string[] = [];
    readAll((name) => fallbacks.push(name));
    expect(fallbacks).not.toContain('whatsapp.headerTitle[1]');
    document
      .querySelector('[data-testid="conversation-info-header-chat-title"]')!
      .removeAttribute('data-testid');
    document.querySelector('header span')!.setAttribute('title', 'Mariana Souza');
    expect(readAll()[0]!.conversationId).toBe('name:Mariana Souza');
  });

  it("tells the hotel's own messages from the guest's in Portuguese, with or without tail, tick or label", () => {
    expect(readAll().map((m) => [m.platformMessageId.slice(4, 6), m.direction])).toEqual([
      ['A1', 'inbound'],
      ['A2', 'inbound'],
      ['A3', 'inbound'],
      ['B1', 'outbound'],
      ['B2', 'outbound'],
      // No tail, tick or label: the sender's name is the one the hotel's ticked messages carry.
      ['B3', 'outbound'],
      ['A4', 'inbound'],
      ['A5', 'inbound'],
      ['A6', 'inbound'],
    ]);
  });

  it('keeps the line breaks of text written one span per line', () => {
    const first = byId(readAll(), '3EB0A1A1A1A1A1A1A1A1A1');
    expect(first.text).toBe('Olá! Chegamos dia 3 de dezembro.\n\nVocês têm berço para o quarto?\nObrigada');
    expect(byId(readAll(), '3EB0B2B2B2B2B2B2B2B2B2').text).toBe('Traslado do aeroporto:\n08:00 ou 14:00?');
    expect(Date.parse(first.sentAt)).toBe(localInstant(2026, 11, 26, 9, 12));
  });

  it('captures photo, voice note, sticker, file and video as messages with their kind and a placeholder', () => {
    const messages = readAll();
    const media = ['A2', 'A3', 'A4', 'A5', 'A6'].map((tag) => {
      const message = messages.find((m) => m.platformMessageId.slice(4, 6) === tag)!;
      return [message.kind, message.text, message.senderName];
    });
    expect(media).toEqual([
      ['photo', '[Photo]', 'Mariana Souza'],
      ['voice', '[Voice message]', 'Mariana Souza'],
      ['sticker', '[Sticker]', 'Mariana Souza'],
      ['file', '[File]', 'Mariana Souza'],
      ['video', '[Video] Vista da varanda 😍', 'Mariana Souza'],
    ]);
    expect(Date.parse(byId(messages, '3EB0A3A3A3A3A3A3A3A3A3').sentAt)).toBe(
      localInstant(2026, 11, 26, 9, 14),
    );
    expect(messages.filter((m) => !m.kind).every((m) => !m.text.startsWith('['))).toBe(true);
  });

  it.each([
    ['Dutch', 'Jij:', ' Gelezen '],
    ['Turkish', 'Siz:', ' Okundu '],
    ['French', 'Vous\u202f:', ' Lu '],
    ['Russian', 'Вы:', ' Прочитано '],
    ['Arabic', 'أنت:', ' مقروءة '],
    ['Polish', 'Ty:', ' Przeczytano '],
  ])(
    "knows the hotel's reply in a %s UI from its label alone (no tail, no icon)",
    (_language, you, status) => {
      const reply = document.querySelector('[data-id="3EB0B1B1B1B1B1B1B1B1B1"]')!;
      reply.querySelector('[data-icon="tail-out"]')!.remove();
      reply.querySelector('svg title')!.textContent = '';
      reply.querySelector('[aria-label="Você:"]')!.setAttribute('aria-label', you);
      reply.querySelector('[aria-label=" Lida "]')!.setAttribute('aria-label', status);
      reply
        .querySelector('[data-pre-plain-text]')!
        .setAttribute('data-pre-plain-text', '[09:20, 26/11/2026] Recepção: ');
      expect(byId(readAll(), '3EB0B1B1B1B1B1B1B1B1B1').direction).toBe('outbound');
      reply.querySelector(`[aria-label=" ${status.trim()} "]`)!.removeAttribute('aria-label');
      expect(byId(readAll(), '3EB0B1B1B1B1B1B1B1B1B1').direction).toBe('outbound');
    },
  );

  it('keeps a guest message inbound when a tick-like icon disagrees with its tail', () => {
    const guest = document.querySelector('[data-id="3EB0A1A1A1A1A1A1A1A1A1"] [data-testid="msg-meta"]')!;
    guest.insertAdjacentHTML(
      'beforeend',
      '<span aria-label=" Lida "><svg><title>wds-ic-read</title></svg></span>',
    );
    expect(byId(readAll(), '3EB0A1A1A1A1A1A1A1A1A1').direction).toBe('inbound');
  });

  it('does not take a guest named like a "you" word for the hotel', () => {
    const guest = document.querySelector('[data-id="3EB0A1A1A1A1A1A1A1A1A1"]')!;
    guest.querySelector('[data-icon="tail-in"]')!.remove();
    guest.querySelector('[aria-label="Mariana Souza:"]')!.setAttribute('aria-label', 'Vi:');
    guest
      .querySelector('[data-pre-plain-text]')!
      .setAttribute('data-pre-plain-text', '[09:12, 26/11/2026] Vi: ');
    expect(byId(readAll(), '3EB0A1A1A1A1A1A1A1A1A1').direction).toBe('inbound');
  });

  it('does not take a guest called like a status word ("Lu") for a delivered message', () => {
    const guest = document.querySelector('[data-id="3EB0A1A1A1A1A1A1A1A1A1"]')!;
    guest.querySelector('[data-icon="tail-in"]')!.remove();
    guest.querySelector('[aria-label="Mariana Souza:"]')!.setAttribute('aria-label', 'Lu:');
    guest
      .querySelector('[data-pre-plain-text]')!
      .setAttribute('data-pre-plain-text', '[09:12, 26/11/2026] Lu: ');
    expect(byId(readAll(), '3EB0A1A1A1A1A1A1A1A1A1').direction).toBe('inbound');
  });

  it('reads the text by its test id when the text classes are gone, and says so', () => {
    for (const span of document.querySelectorAll('span.selectable-text')) span.removeAttribute('class');
    const fallbacks: string[] = [];
    expect(readAll((name) => fallbacks.push(name))[0]!.text).toBe(
      'Olá! Chegamos dia 3 de dezembro.\n\nVocês têm berço para o quarto?\nObrigada',
    );
    expect(fallbacks).toContain('whatsapp.text[1]');
  });

  it('reads a group with bare ids: authors from their line, carried over a run, phones of unsaved authors', () => {
    page.openConversation('120363099887766554@g.us');
    const [pedro, photo, voice, hotel] = readAll();
    expect(pedro).toMatchObject({
      conversationId: 'name:Família Souza – Belek',
      direction: 'inbound',
      senderName: 'Pedro Souza',
      text: 'Chegamos às 13:15 no voo XQ 141',
    });
    expect(pedro!.senderHandle).toBeUndefined();
    expect(photo).toMatchObject({
      kind: 'photo',
      text: '[Photo] Nosso cartão de embarque',
      senderName: 'Pedro Souza',
    });
    expect(photo!.senderHandle).toBeUndefined();
    expect(voice).toMatchObject({
      kind: 'voice',
      text: '[Voice message]',
      senderName: '+55 21 99876-5432',
      senderHandle: '+5521998765432',
      direction: 'inbound',
    });
    expect(Date.parse(voice!.sentAt)).toBe(localInstant(2026, 11, 27, 10, 5));
    expect(hotel).toMatchObject({ direction: 'outbound', senderName: 'Grand Belek Resort' });
  });

  it('names media by their 2026 icons when no other marker is left', () => {
    const file = document.querySelector('[data-id="3EB0A5A5A5A5A5A5A5A5A5"] [data-testid="document-thumb"]')!;
    file.outerHTML =
      '<div role="button"><svg viewBox="0 0 24 24"><title>wds-ic-document-pdf</title></svg>Passaportes.pdf</div>';
    const voice = document.querySelector('[data-id="3EB0A3A3A3A3A3A3A3A3A3"] button')!;
    voice.outerHTML =
      '<button><svg><title>wds-ic-play</title></svg><svg><title>wds-ic-mic-filled</title></svg></button>';
    const messages = readAll();
    expect(byId(messages, '3EB0A5A5A5A5A5A5A5A5A5')).toMatchObject({ kind: 'file', text: '[File]' });
    expect(byId(messages, '3EB0A3A3A3A3A3A3A3A3A3')).toMatchObject({
      kind: 'voice',
      text: '[Voice message]',
    });
  });

  it('does not read a notice that carries an id (no stamp, no text, no time) as a guest message', () => {
    const list = document.querySelector('[data-testid="conversation-panel-messages"]')!;
    list.insertAdjacentHTML(
      'beforeend',
      '<div role="row"><div data-id="3EB0E0E0E0E0E0E0E0E0E0"><span dir="auto">Mariana Souza mudou o número de telefone</span></div></div>',
    );
    const notice = document.querySelector('[data-id="3EB0E0E0E0E0E0E0E0E0E0"]')!;
    expect(whatsappAdapter.readMessage(notice, readEnvironment(now))).toBeNull();
    notice.remove();
    expect(readAll()).toHaveLength(9);
  });

  it('falls back to the header text when neither the test id nor a title is left, and says so', () => {
    const title = document.querySelector('[data-testid="conversation-info-header-chat-title"]')!;
    title.removeAttribute('data-testid');
    document.querySelector('header span[title]')!.remove();
    const fallbacks: string[] = [];
    expect(readAll((name) => fallbacks.push(name))[0]!.conversationId).toBe('name:Mariana Souza');
    expect(fallbacks).toContain('whatsapp.headerTitle[3]');
  });

  it('takes the number of an unsaved group author shown beside their "~ name"', () => {
    page.openConversation('120363099887766554@g.us');
    const author = document.querySelector('[data-id="3EB0C3C3C3C3C3C3C3C3C3"] [data-testid="author"]')!;
    author.innerHTML = '<span dir="auto">+55 21 99876-5432</span><span dir="auto">~ Ana</span>';
    expect(readAll()[2]).toMatchObject({ senderName: '+55 21 99876-5432', senderHandle: '+5521998765432' });
  });

  it('keeps every key stable across reads and reads what the page appends', () => {
    const keys = readAll().map(messageKey);
    expect(readAll().map(messageKey)).toEqual(keys);
    const guest = page.receive('Até logo!');
    const hotel = page.reply('Boa viagem!');
    const messages = readAll();
    expect(byId(messages, guest)).toMatchObject({ direction: 'inbound', text: 'Até logo!' });
    expect(byId(messages, hotel)).toMatchObject({ direction: 'outbound', text: 'Boa viagem!' });
  });
});
