// What the guest wrote now, without what surrounds it: quoted e-mail history, signatures and
// sign-offs. "Thanks, Anna / Sent from my iPhone" under a complaint is politeness, not feedback,
// and a quoted hotel reply is the hotel's words, not the guest's language or topic.
import { isAcknowledgement } from './reply-owed.ts';
import { foldText } from './normalize-text.ts';

/** A line that starts quoted history: everything from it on is the earlier conversation. */
const QUOTE_START =
  /^(>|-{3,}\s*(original message|ursprüngliche nachricht|исходное сообщение)|_{8,}|(on|am|le|el|il|em|op|w dniu)\s.{4,80}(wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef|napisał)\s*:?\s*$|(from|von|de|от|da|van|od):\s.+@)/iu;
/** Signature lines a phone or mail client adds. */
const SIGNATURE =
  /^(sent from my|von meinem|envoyé de mon|enviado desde mi|inviato da|enviado do meu|verzonden met|wysłane z|отправлено с|iphone['’]dan gönderildi|\+?\d[\d\s()-]{6,}$)/iu;
/** A name under a sign-off: one to three capitalised words. */
const NAME_LINE = /^(\p{Lu}[\p{L}.'-]*\s?){1,3}$/u;
const MAX_SIGN_OFF_WORDS = 6;

function isSignOff(line: string): boolean {
  return line.split(/\s+/).length <= MAX_SIGN_OFF_WORDS && isAcknowledgement(line);
}

/** The text above the first line of quoted history. */
export function withoutQuotedHistory(text: string): string {
  const lines = text.split(/\r?\n/);
  const quoteAt = lines.findIndex((l) => QUOTE_START.test(l.trim()));
  return (quoteAt > 0 ? lines.slice(0, quoteAt) : lines).join('\n');
}

/** Thank-you words that close a message written without punctuation ("... unuttum teşekkürler"). */
// prettier-ignore
const CLOSING_WORDS = new Set([
  'thanks', 'thank', 'you', 'thx', 'regards', 'tesekkurler', 'tesekkur', 'ederim', 'sagolun', 'saygilarimla',
  'danke', 'gruesse', 'grusse', 'спасибо', 'شكرا', 'gracias', 'merci', 'grazie', 'obrigado', 'obrigada',
  'bedankt', 'dziekuje', 'дякую', 'ممنون',
]);
const MAX_CLOSING_WORDS = 3;

function dropClosingWords(text: string): string {
  const words = text.split(/\s+/);
  let dropped = 0;
  while (words.length > 3 && dropped < MAX_CLOSING_WORDS) {
    const word = foldText(words[words.length - 1]!).replace(/[^\p{L}]/gu, '');
    if (!CLOSING_WORDS.has(word)) break;
    words.pop();
    dropped++;
  }
  return words.join(' ');
}

export function messageBody(text: string): string {
  const kept = withoutQuotedHistory(text)
    .split('\n')
    .map((l) => l.trim());
  // From the end: blank lines, signatures, names and sign-offs, while something else remains.
  let sawSignOff = false;
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!;
    if (last === '' || SIGNATURE.test(last)) kept.pop();
    else if (isSignOff(last)) {
      sawSignOff = true;
      kept.pop();
    } else if (NAME_LINE.test(last) && (sawSignOff || isSignOff(kept[kept.length - 2] ?? ''))) kept.pop();
    else break;
  }
  const body = kept.join('\n').trim();
  // "... is broken. Thanks" on one line: the trailing thank-you goes too.
  const sentences = body.split(/(?<=[.!?…])\s+/u);
  while (sentences.length > 1 && isSignOff(sentences[sentences.length - 1]!)) sentences.pop();
  return dropClosingWords(sentences.join(' ')) || text.trim();
}
