import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../shared/classification/classify-message.ts';

const classify = (text: string) => classifyMessage({ text, channel: 'whatsapp' });

describe('guest language', () => {
  it.each([
    ['tr', 'Merhaba, odamızın kliması çalışmıyor, bakabilir misiniz?'],
    ['tr', 'klima calismiyor oda 2314 cok sicak'],
    ['en', 'Hi, the air conditioning in our room is not working'],
    ['de', 'Die Klimaanlage in unserem Zimmer funktioniert nicht'],
    ['ru', 'Здравствуйте, у нас в номере не работает кондиционер'],
    ['uk', 'Добрий день, у нашому номері не працює кондиціонер, допоможіть будь ласка'],
    ['ar', 'مرحبا، المكيف في غرفتنا لا يعمل'],
    ['fa', 'سلام، کولر اتاق ما کار نمی کند، لطفا کمک کنید'],
    ['es', 'Hola, el aire acondicionado de nuestra habitación no funciona'],
    ['fr', 'Bonjour, la climatisation de notre chambre ne fonctionne pas'],
    ['it', 'Buongiorno, il condizionatore della nostra camera non funziona'],
    ['pt', 'Olá, o ar condicionado do nosso quarto não funciona'],
    ['nl', 'Hallo, de airco in onze kamer werkt niet'],
    ['pl', 'Dzień dobry, klimatyzacja w naszym pokoju nie działa'],
  ])('%s: %s', (language, text) => {
    expect(classify(text).language).toBe(language);
  });

  it('tells Ukrainian from Russian and Persian from Arabic on short messages', () => {
    expect(classify('Дякую, все добре').language).toBe('uk');
    expect(classify('Спасибо, всё хорошо').language).toBe('ru');
    expect(classify('خیلی ممنون، اتاق عالی است').language).toBe('fa');
    expect(classify('شكرا جزيلا، الغرفة ممتازة').language).toBe('ar');
  });

  it('escalates a safety case and a review threat in the languages without templates', () => {
    expect(classify('Mi hijo está enfermo, necesitamos un médico urgente').escalation).toContain('safety');
    expect(classify('Mon fils est tombé dans la salle de bain, il saigne').escalation).toContain('safety');
    expect(classify('Vou escrever no TripAdvisor sobre este quarto sujo').escalation).toContain(
      'reputation_risk',
    );
    expect(classify('Hier is ingebroken, mijn portemonnee is gestolen').escalation).toContain('safety');
  });
});
