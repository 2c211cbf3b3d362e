import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../shared/classification/classify-message.ts';
import { Classification } from '../../../shared/classification/classification-schema.ts';

const owed = (text: string) => classifyMessage({ text, channel: 'whatsapp' }).replyOwed;

describe('replyOwed', () => {
  it.each([
    'thanks!',
    'Thank you so much 🙏',
    'ok',
    'OK 👍',
    '👍',
    '❤️❤️',
    'Teşekkürler',
    'tesekkur ederim, iyi aksamlar',
    'Tamam, sağolun',
    'Danke schön!',
    'Vielen Dank, bis bald',
    'Спасибо большое!',
    'хорошо',
    'شكرا جزيلا',
    'Merci beaucoup',
    'Gracias!',
    'grazie mille',
    'Dziękuję bardzo',
  ])('owes no reply to an acknowledgement: %s', (text) => {
    expect(owed(text)).toBe(false);
  });

  it.each([
    'thanks, and is the spa open Sunday?',
    'ok, but the AC still does not work',
    'Teşekkürler, havlu da getirebilir misiniz',
    'Danke, aber das Zimmer ist noch nicht sauber',
    'Спасибо, а во сколько завтрак',
    'شكرا، متى يفتح المسبح',
    'The shower is broken',
    'ok?',
  ])('owes a reply when the guest adds something: %s', (text) => {
    expect(owed(text)).toBe(true);
  });

  it('reads a classification stored before the field existed as owed', () => {
    const stored = { ...classifyMessage({ text: 'ok', channel: 'email' }) } as Record<string, unknown>;
    delete stored.replyOwed;
    expect(Classification.parse(stored).replyOwed).toBe(true);
  });
});
