// Whether a guest message owes the hotel a reply. A thank-you, an "ok", a bare emoji or a sticker
// closes a turn; anything that adds a question, a problem or a request opens one ("thanks, and is
// the spa open on Sunday?", "ok, but the AC still does not work"). This feeds the next-response
// clock, so when in doubt the answer is "owed": a missed reply costs more than an idle clock.
import { foldText, tokenize } from './normalize-text.ts';

/**
 * Words that only acknowledge, thank, greet or say goodbye, folded (no diacritics, lower case).
 * A message made only of these (and emoji, punctuation) owes no reply.
 */
// prettier-ignore
const ACKNOWLEDGEMENT_WORDS = new Set([
  // en
  'ok', 'okay', 'okey', 'okk', 'k', 'kk', 'thanks', 'thank', 'you', 'thx', 'thnx', 'ty', 'tnx', 'thankyou',
  'so', 'much', 'very', 'a', 'lot', 'many', 'great', 'perfect', 'super', 'cool', 'nice', 'lovely', 'awesome',
  'fine', 'good', 'got', 'it', 'noted', 'sure', 'alright', 'all', 'right', 'yes', 'yep', 'yeah', 'cheers',
  'see', 'soon', 'bye', 'goodbye', 'have', 'day', 'night', 'evening', 'again', 'wonderful', 'amazing',
  'excellent', 'brilliant', 'the', 'same', 'to', 'and', 'for', 'everything', 'your', 'help', 'kind',
  'appreciated', 'appreciate', 'received', 'understood', 'will', 'do', 'sounds', 'oh', 'ah', 'wow',
  'dear', 'hi', 'hello', 'best', 'regards', 'kindest', 'warm', 'x', 'xx', 'xxx', 'tomorrow',
  'morning', 'lol', 'haha', 'hahaha', 'done', 'ciao', 'team', 'guys', 'everyone', 'wishes', 'calismalar', 'kind', 'regards',
  // tr
  'tamam', 'tamamdir', 'tmm', 'tm', 'peki', 'olur', 'tesekkurler', 'tesekkur', 'ederim', 'ederiz',
  'tesekkurlerr', 'tsk', 'tskler', 'tesekkurler', 'sagol', 'sagolun', 'sag', 'olun', 'cok', 'cokk',
  'super', 'harika', 'mukemmel', 'guzel', 'anladim', 'anlasildi', 'evet', 'iyi', 'gunler', 'aksamlar',
  'geceler', 'hosca', 'kalin', 'gorusmek', 'uzere', 'rica', 'ederim', 'eyvallah', 'mersi', 'kolay',
  'gelsin', 'allah', 'razi', 'olsun', 'cok', 'sizlere', 'size', 'de', 'da', 'ilginiz', 'icin',
  'yardiminiz', 'her', 'sey', 'sey', 'icin', 'hersey', 'tesekkurlerimizi', 'sunariz', 'oldu', 'ok',
  'selamlar', 'saygilar', 'saygilarimla', 'kolaylik', 'gelsin',
  // de
  'danke', 'dankeschon', 'vielen', 'dank', 'schon', 'sehr', 'gut', 'alles', 'klar', 'super', 'prima',
  'toll', 'ja', 'okay', 'perfekt', 'bis', 'bald', 'dann', 'morgen', 'tschuss', 'gruss', 'grusse',
  'liebe', 'viele', 'herzlichen', 'herzliche', 'ihnen', 'auch', 'fur', 'die', 'hilfe', 'verstanden',
  'alles', 'gute', 'mfg', 'lg', 'vg',
  // ru
  'спасибо', 'большое', 'огромное', 'ок', 'окей', 'хорошо', 'понял', 'поняла', 'понятно', 'отлично',
  'супер', 'да', 'ладно', 'договорились', 'благодарю', 'вам', 'тоже', 'всего', 'доброго',
  'до', 'свидания', 'пока', 'за', 'все', 'всё', 'помощь', 'класс', 'спс', 'прекрасно',
  // ar
  'شكرا', 'شكر', 'جزيلا', 'تمام', 'حسنا', 'اوكي', 'ممتاز', 'رائع', 'الله', 'يعطيك', 'العافيه',
  'مشكور', 'مشكورين', 'جزاك', 'خيرا', 'طيب', 'نعم', 'تسلم', 'مع', 'السلامه', 'لك', 'لكم',
  // es, fr, it, pt, nl, pl, uk, fa
  'gracias', 'muchas', 'vale', 'perfecto', 'merci', 'beaucoup', 'parfait', 'daccord', 'grazie',
  'mille', 'perfetto', 'va', 'bene', 'obrigado', 'obrigada', 'muito', 'dank', 'je', 'wel', 'bedankt',
  'prima', 'dziekuje', 'bardzo', 'dzieki', 'dobrze', 'дякую', 'дуже', 'добре', 'ممنون', 'مرسی',
  'خیلی', 'سپاس', 'باشه',
]);

/** A question mark in any script ends the doubt: the guest is asking. */
const QUESTION_MARK = /[?？؟]/u;
/** Letters or digits: a message without any (emoji, "👍", "!!") only reacts. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

export interface ReplyOwedDecision {
  replyOwed: boolean;
  rule: string;
}

const MAX_ACKNOWLEDGEMENT_WORDS = 12;

/** The words only thank, acknowledge, greet or say goodbye (emoji and punctuation aside). */
export function isAcknowledgement(text: string): boolean {
  const tokens = tokenize(foldText(text));
  return (
    tokens.length > 0 &&
    tokens.length <= MAX_ACKNOWLEDGEMENT_WORDS &&
    !QUESTION_MARK.test(text) &&
    tokens.every((t) => ACKNOWLEDGEMENT_WORDS.has(t.text))
  );
}

export function decideReplyOwed(text: string): ReplyOwedDecision {
  const trimmed = text.trim();
  if (trimmed === '') return { replyOwed: false, rule: 'empty message' };
  if (!WORD_CHARACTER.test(trimmed)) return { replyOwed: false, rule: 'emoji or punctuation only' };
  if (QUESTION_MARK.test(trimmed)) return { replyOwed: true, rule: 'question mark' };
  const tokens = tokenize(foldText(trimmed));
  if (tokens.length === 0) return { replyOwed: false, rule: 'no words' };
  if (tokens.length <= MAX_ACKNOWLEDGEMENT_WORDS && tokens.every((t) => ACKNOWLEDGEMENT_WORDS.has(t.text))) {
    return { replyOwed: false, rule: 'acknowledgement only' };
  }
  return { replyOwed: true, rule: 'says something new' };
}
