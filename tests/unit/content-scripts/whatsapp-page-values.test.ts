import { describe, expect, it } from 'vitest';
import { parseDataId, jidPhone } from '../../../content-scripts/whatsapp/whatsapp-data-id.ts';
import { parsePrePlainText } from '../../../content-scripts/whatsapp/whatsapp-pre-plain-text.ts';
import { localInstant } from './fixture-page.ts';

describe('WhatsApp message ids in both 2026 forms', () => {
  it('reads the direction, chat and message id of a legacy personal id', () => {
    expect(parseDataId('false_905321234567@c.us_3EB0A7F1C2D3E4F5A6B7')).toEqual({
      form: 'legacy',
      fromMe: false,
      chatJid: '905321234567@c.us',
      messageId: '3EB0A7F1C2D3E4F5A6B7',
    });
    expect(parseDataId('true_905321234567@c.us_3EB0A7F1C2D3E4F5A6B7')).toMatchObject({ fromMe: true });
  });

  it('reads the participant of a legacy group id', () => {
    expect(parseDataId('false_120363025246125486@g.us_3EB0E1F2_4917612345678@c.us')).toMatchObject({
      chatJid: '120363025246125486@g.us',
      messageId: '3EB0E1F2',
      participantJid: '4917612345678@c.us',
    });
  });

  it('gives a bare id the same message id as its legacy form', () => {
    expect(parseDataId('3EB0A7F1C2D3E4F5A6B7')).toEqual({ form: 'bare', messageId: '3EB0A7F1C2D3E4F5A6B7' });
    expect(parseDataId('')).toBeNull();
  });

  it('has a phone for personal chats only', () => {
    expect(jidPhone('905321234567@c.us')).toBe('+905321234567');
    expect(jidPhone('120363025246125486@g.us')).toBeUndefined();
  });
});

describe("WhatsApp time and sender prefix in the page's date order", () => {
  it.each([
    ['[09:12, 14/03/2026] Ana García: ', 'day-first', [2026, 3, 14, 9, 12], 'Ana García'],
    ['[9:12 PM, 3/14/2026] Ana García: ', 'day-first', [2026, 3, 14, 21, 12], 'Ana García'],
    ['[21:07, 14.03.2026] +49 171 2345678: ', 'month-first', [2026, 3, 14, 21, 7], '+49 171 2345678'],
    ['[08:00, 01.12.2026] Sarah: ', 'month-first', [2026, 12, 1, 8, 0], 'Sarah'],
    ['[21:07, 2026-03-14] Дмитрий: ', 'month-first', [2026, 3, 14, 21, 7], 'Дмитрий'],
    ['[08:00, 05/03/2026] Ayşe: ', 'day-first', [2026, 3, 5, 8, 0], 'Ayşe'],
    ['[08:00, 03/05/2026] Ayşe: ', 'month-first', [2026, 3, 5, 8, 0], 'Ayşe'],
    ['[12:33 a. m., 26/8/2026] Gabriel Uccello: ', 'month-first', [2026, 8, 26, 0, 33], 'Gabriel Uccello'],
  ] as const)('reads %s (page order %s)', (raw, order, [y, mo, d, h, mi], sender) => {
    const parsed = parsePrePlainText(raw, order);
    expect(parsed?.sender).toBe(sender);
    expect(parsed?.sentAt?.getTime()).toBe(localInstant(y, mo, d, h, mi));
  });
});
