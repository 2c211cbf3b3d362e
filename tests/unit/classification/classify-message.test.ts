import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyMessage } from '../../../shared/classification/classify-message.ts';
import { Classification, type ClassifyInput } from '../../../shared/classification/classification-schema.ts';
import { CHANNELS } from '../../../shared/taxonomy.ts';

const classify = (text: string, more: Partial<ClassifyInput> = {}) =>
  classifyMessage({ text, channel: 'whatsapp', ...more });

describe('language', () => {
  it('recognises Turkish with and without Turkish letters', () => {
    expect(classify('Odamızın kliması çalışmıyor, lütfen birini gönderin').language).toBe('tr');
    expect(classify('odamizin klimasi calismiyor lutfen birini gonderin').language).toBe('tr');
  });

  it('recognises English, German, Russian and Arabic', () => {
    expect(classify('Could you send me the invoice for our stay?').language).toBe('en');
    expect(classify('Können Sie uns bitte die Rechnung schicken?').language).toBe('de');
    expect(classify('Пришлите, пожалуйста, счёт за проживание').language).toBe('ru');
    expect(classify('أرجو إرسال الفاتورة من فضلك').language).toBe('ar');
  });

  it('follows the language most of a mixed message is written in', () => {
    expect(classify('Hello, guten Tag! Wir haben eine Frage zu unserer Buchung, danke').language).toBe('de');
    expect(classify('Добрый вечер, во сколько закрывается main bar?').language).toBe('ru');
  });
});

describe('topic', () => {
  it.each([
    ['Please cancel my booking for August', 'cancellation'],
    ['The deposit of 100 euro is still not refunded', 'refund'],
    ['Faturayı şirket adına kesebilir misiniz? Vergi no 1234567890', 'invoice'],
    ['Ich habe meine Sonnenbrille im Zimmer vergessen', 'lost_item'],
    ['Можно перенести заезд на два дня позже?', 'change'],
    ['Could you put a baby cot in our room?', 'special_request'],
    ['Klima çalışmıyor, oda çok sıcak', 'complaint'],
    ['Thank you for a wonderful week, the staff were amazing', 'feedback'],
    ['What time does breakfast start?', 'question'],
  ] as const)('%s -> %s', (text, topic) => {
    expect(classify(text).topic).toBe(topic);
  });

  it('reads a message that asks not to cancel as a request, not a cancellation', () => {
    expect(classify('Geç saatte varacağız, rezervasyonumuz iptal olmasın lütfen').topic).toBe(
      'special_request',
    );
  });

  it('treats an injury report as a complaint even without complaint words', () => {
    expect(classify('Ребёнка укусила собака на пляже, нужна помощь врача').topic).toBe('complaint');
  });
});

describe('stage', () => {
  const stay = { checkIn: '2026-07-10', checkOut: '2026-07-17' };

  it('follows the stay dates when they are known, whatever the text says', () => {
    const text = 'Can we have two more pillows?';
    expect(classify(text, { stay, sentAt: '2026-07-01T10:00:00+03:00' }).stage).toBe('pre_stay');
    expect(classify(text, { stay, sentAt: '2026-07-10T10:00:00+03:00' }).stage).toBe('in_stay');
    expect(classify(text, { stay, sentAt: '2026-07-17T20:00:00+03:00' }).stage).toBe('in_stay');
    expect(classify(text, { stay, sentAt: '2026-07-18T09:00:00+03:00' }).stage).toBe('post_stay');
  });

  it("counts the day in the hotel's time zone, not in UTC", () => {
    // 22:30 UTC on the 9th is already 01:30 on check-in day in Istanbul.
    const sentAt = '2026-07-09T22:30:00Z';
    expect(classify('Where is the reception?', { stay, sentAt }).stage).toBe('in_stay');
    expect(classify('Where is the reception?', { stay, sentAt, timeZone: 'Europe/London' }).stage).toBe(
      'pre_stay',
    );
  });

  it('reads the stage from the text when no dates are known', () => {
    expect(classify('We checked out yesterday and left a charger in the room').stage).toBe('post_stay');
    expect(classify('Wir kommen am 12.8. an, können Sie ein Babybett bereitstellen?').stage).toBe('pre_stay');
    expect(classify('Şu an odadayız, sıcak su yok').stage).toBe('in_stay');
  });
});

describe('priority and escalation', () => {
  it('makes a problem during the stay urgent', () => {
    const c = classify('no hot water in room 1207 since this morning');
    expect(c).toMatchObject({ topic: 'complaint', stage: 'in_stay', priority: 'urgent' });
  });

  it('honours an explicit urgency word and its negation', () => {
    expect(classify('URGENT please call me about my booking').priority).toBe('urgent');
    expect(classify('Not urgent: could you send the invoice when you can?').priority).toBe('normal');
  });

  it('flags review threats, safety incidents and large claims', () => {
    expect(classify('Disgusting room. I will leave a 1 star review on TripAdvisor').escalation).toEqual([
      'reputation_risk',
    ]);
    expect(classify('My son slipped by the pool and is bleeding, we need a doctor').escalation).toEqual([
      'safety',
    ]);
    expect(classify('We want our money back: a refund of EUR 2,400 for the ruined stay').escalation).toEqual([
      'high_cost',
    ]);
    expect(classify('Yaşadıklarımız yüzünden 62.000 TL iadesini istiyoruz').escalation).toEqual([
      'high_cost',
    ]);
  });

  it('does not escalate a question about a doctor or a small refund', () => {
    expect(classify('Is there a doctor at the hotel?').escalation).toEqual([]);
    expect(classify('Please refund the 45 EUR minibar charge').escalation).toEqual([]);
  });

  it('makes every escalated message urgent', () => {
    expect(classify('I will post this on Google and TripAdvisor, the staff was rude').priority).toBe(
      'urgent',
    );
  });
});

describe('area', () => {
  it('names the department a message is about, in any language', () => {
    expect(classify('Klima çalışmıyor oda 2314').area).toBe('technical_service');
    expect(classify('В номере грязно, полотенца не меняли').area).toBe('housekeeping');
    expect(classify('Das Frühstück im Restaurant war kalt').area).toBe('food_beverage');
    expect(classify('What time is check out?').area).toBeNull();
  });
});

describe('cues', () => {
  it('shows the words that decided each field', () => {
    const c = classify('Rezervasyonumu iptal etmek istiyorum');
    const topicCue = c.cues.find((cue) => cue.field === 'topic');
    expect(topicCue).toMatchObject({ value: 'cancellation', rule: 'iptal*', words: 'iptal' });
    for (const field of ['language', 'topic', 'stage', 'priority'] as const) {
      expect(c.cues.some((cue) => cue.field === field && cue.value === c[field])).toBe(true);
    }
  });

  it('says when it had nothing to go on', () => {
    const c = classify('👍');
    expect(c.topic).toBe('question');
    expect(c.confidence).toBeLessThan(0.3);
    expect(c.cues.some((cue) => cue.rule.includes('default'))).toBe(true);
  });
});

describe('properties', () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc
      .array(fc.constantFrom('iptal', 'refund', 'номер', 'غرفة', '#', '*', '??', 'İ', '€', '4.500', ' '), {
        maxLength: 30,
      })
      .map((parts) => parts.join(' ')),
  );
  const anyInput = fc.record(
    {
      text: anyText,
      channel: fc.constantFrom(...CHANNELS),
      sentAt: fc
        .date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') })
        .map((d) => d.toISOString()),
      stay: fc.record({
        checkIn: fc.constantFrom('2026-07-01', '2026-07-10'),
        checkOut: fc.constantFrom('2026-07-05', '2026-07-20'),
      }),
    },
    { requiredKeys: ['text', 'channel'] },
  );

  it('never throws and always returns a valid classification', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(Classification.safeParse(classifyMessage(input)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same message always gets the same classification', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(classifyMessage(input)).toEqual(classifyMessage(structuredClone(input)));
      }),
      { numRuns: 200 },
    );
  });

  it('is not thrown by text beyond the size limit', () => {
    const c = classify('klima bozuk '.repeat(5_000));
    expect(c.topic).toBe('complaint');
  });
});
