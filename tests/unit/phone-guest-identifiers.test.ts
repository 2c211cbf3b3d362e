import { describe, expect, it } from 'vitest';
import { identifiersOf } from '../../server/services/guest-identifiers.ts';
import { phoneHandle } from '../../content-scripts/phone-handle.ts';
import type { CapturedMessage } from '../../shared/message.ts';

const NOW = '2026-11-23T12:00:00+03:00';

function guestMessage(fields: Partial<CapturedMessage>): CapturedMessage {
  return {
    channel: 'booking',
    conversationId: 'c-1',
    platformMessageId: 'm-1',
    direction: 'inbound',
    sentAt: NOW,
    capturedAt: NOW,
    text: 'Hello',
    ...fields,
  } as CapturedMessage;
}

describe('phone numbers as guest keys', () => {
  it('reads a national number in the hotel country, and a foreign national one is no Turkish key', () => {
    expect(identifiersOf(guestMessage({ senderHandle: '0532 123 45 67' })).phone).toBe('+905321234567');
    expect(identifiersOf(guestMessage({ senderHandle: '0171 2345678' })).phone).toBeNull();
    expect(identifiersOf(guestMessage({ senderHandle: '0171 2345678' }), 'DE').phone).toBe('+491712345678');
  });

  it('finds the number in a WhatsApp chat id and a logged call, never in a name', () => {
    const whatsapp = (conversationId: string) =>
      identifiersOf(guestMessage({ channel: 'whatsapp', conversationId })).phone;
    expect(whatsapp('491712345678@c.us')).toBe('+491712345678');
    expect(whatsapp('name:Ana Guest')).toBeNull();
    expect(whatsapp('120363025246125486@g.us')).toBeNull();
    expect(identifiersOf(guestMessage({ channel: 'phone', conversationId: 'tel:+905321234567' })).phone).toBe(
      '+905321234567',
    );
  });

  it('takes nothing about the guest from a staff message', () => {
    expect(
      identifiersOf(guestMessage({ direction: 'outbound', senderHandle: '+905321234567' })).phone,
    ).toBeNull();
  });

  it('reads page handles in the international form pages show, and the API re-checks them', () => {
    expect(phoneHandle('+49 171 2345678')).toBe('+491712345678');
    expect(phoneHandle('\u202a+90 532 123 45 67\u202c')).toBe('+905321234567');
    expect(phoneHandle('0049 171 2345678')).toBe('+491712345678');
    expect(phoneHandle('0532 123 45 67')).toBeUndefined();
    expect(phoneHandle('Ana Guest')).toBeUndefined();
    expect(phoneHandle('+90 532')).toBeUndefined();
    // A handle that cannot be a valid number reaches the API, which does not make it a guest key.
    const impossible = phoneHandle('+90 111 111 11 11');
    expect(identifiersOf(guestMessage({ channel: 'whatsapp', senderHandle: impossible })).phone).toBeNull();
  });
});
