// Gmail threads whose history is collapsed: every collapsed message is captured with an id that
// stays the same across reads, and the read Gmail gives once it is expanded (with its platform
// id) says the same sender, direction and time, so the API can store the message once.
import { beforeEach, describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../content-scripts/gmail/gmail-adapter.ts';
import type { ExtractedMessage } from '../../../content-scripts/platform-adapter.ts';
import { CapturedMessage } from '../../../shared/message.ts';
import { loadFixture, localInstant, pageWindow, readEnvironment } from './fixture-page.ts';

const FIXTURE = 'gmail/gmail-thread-2026-12-collapsed-history.html';
const URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqtWxYzAbCdEfGhIjKlMnOpQr';
const now = new Date(2026, 11, 1, 12, 0);

function readAll(): ExtractedMessage[] {
  const env = readEnvironment(now);
  return [...document.querySelectorAll(gmailAdapter.messageSelector)].flatMap((element) => {
    const message = gmailAdapter.readMessage(element, env);
    if (message) CapturedMessage.parse({ ...message, capturedAt: now.toISOString() });
    return message ? [message] : [];
  });
}

const expand = (index: number) =>
  (pageWindow as unknown as { konukFixture: { expand(index: number): void } }).konukFixture.expand(index);
const sameRead = ({ senderName, senderHandle, direction, sentAt, conversationId }: ExtractedMessage) => ({
  senderName,
  senderHandle,
  direction,
  sentAt,
  conversationId,
});

describe('Gmail thread with collapsed history, December 2026 (gmail-thread-2026-12-collapsed-history.html)', () => {
  beforeEach(() => {
    loadFixture(FIXTURE, URL);
  });

  it('captures every collapsed message, including the reply sent from a phone, with a derived id', () => {
    const messages = readAll();
    expect(
      messages.map((m) => [m.platformMessageId.startsWith('derived:'), m.direction, m.senderHandle]),
    ).toEqual([
      [true, 'inbound', 'laura.bianchi@libero.it'],
      [true, 'outbound', 'reservations@grandbelek.com.tr'],
      [true, 'inbound', 'laura.bianchi@libero.it'],
      [true, 'inbound', 'laura.bianchi@libero.it'],
      [false, 'inbound', 'laura.bianchi@libero.it'],
    ]);
    expect(new Set(messages.map((m) => m.platformMessageId)).size).toBe(5);
    expect(messages[0]).toMatchObject({
      conversationId: '19b3f1e2d3c4b5a6',
      senderName: 'Laura Bianchi',
      text: 'Buongiorno, we booked a junior suite for 4–11 December (booking 51877). Is an early check-in possible?',
    });
    expect(Date.parse(messages[0]!.sentAt)).toBe(localInstant(2026, 12, 1, 8, 5));
    expect(Date.parse(messages[3]!.sentAt)).toBe(localInstant(2026, 12, 1, 9, 2));
  });

  it('gives the same ids on every read, after a reload and after new mail arrives', () => {
    const first = readAll().map((m) => m.platformMessageId);
    loadFixture(FIXTURE, URL);
    expect(readAll().map((m) => m.platformMessageId)).toEqual(first);
    pageWindow.konukFixture!.receive('And a late checkout?');
    expect(
      readAll()
        .map((m) => m.platformMessageId)
        .slice(0, 5),
    ).toEqual(first);
  });

  it('reads an expanded message with the same sender, direction and time as its collapsed read', () => {
    const collapsed = readAll();
    expand(0);
    expand(1);
    const opened = readAll();
    expect(opened[0]!.platformMessageId).toBe(1851990011223344556n.toString(16));
    expect(sameRead(opened[0]!)).toEqual(sameRead(collapsed[0]!));
    expect(sameRead(opened[1]!)).toEqual(sameRead(collapsed[1]!));
    expect(opened[1]!.direction).toBe('outbound');
  });

  it('keeps two mails of one sender in one minute apart, even when the first is expanded', () => {
    const before = readAll();
    expect(before[2]!.platformMessageId).not.toBe(before[3]!.platformMessageId);
    expand(2);
    const after = readAll();
    expect(after[2]!.platformMessageId).toBe(1851993344556677889n.toString(16));
    expect(after[3]!.platformMessageId).toBe(before[3]!.platformMessageId);
  });

  it('reads a list entry holding both the collapsed and the identified message once', () => {
    const item = document.querySelectorAll('[role="listitem"]')[0]!;
    const identified = document.querySelector('template[data-konuk-expanded="0"]') as HTMLTemplateElement;
    item.querySelector('.G3')!.append(identified.content.querySelector('.adn')!.cloneNode(true));
    const reads = readAll();
    expect(reads).toHaveLength(5);
    expect(reads[0]!.platformMessageId).toBe(1851990011223344556n.toString(16));
  });

  it('takes the address from the hover card when the chip has no email attribute', () => {
    const before = readAll()[1]!;
    const chip = document.querySelectorAll('span.gD')[1]!;
    chip.removeAttribute('email');
    const after = readAll()[1]!;
    expect(after).toMatchObject({ senderHandle: 'reservations@grandbelek.com.tr', direction: 'outbound' });
    expect(after.platformMessageId).toBe(before.platformMessageId);
  });

  it("knows the hotel's phone reply from the account switcher when the title has no address", () => {
    document.title = 'Gmail';
    expect(readAll()[1]!.direction).toBe('outbound');
    document.querySelector('#gb a')!.remove();
    expect(readAll()[1]!.direction).toBe('inbound');
  });
});
