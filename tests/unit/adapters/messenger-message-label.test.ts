// The "At 16:15, Name: text" label of Messenger's 2026 messages, in the languages a hotel's staff
// use and with parts missing, and the headings above Meta messages ("You replied to …").
import { describe, expect, it } from 'vitest';
import { isOutboundSender, parseMessageLabel } from '../../../content-scripts/adapter-kit/meta-aria-label.ts';
import { headingMeaning } from '../../../content-scripts/adapter-kit/meta-headings.ts';
import {
  META_HEADING_PATTERNS,
  META_LABEL_PATTERNS,
} from '../../../content-scripts/adapter-kit/meta-default-selectors.ts';

const parse = (label: string, dom?: string) => parseMessageLabel(label, META_LABEL_PATTERNS, dom);

describe('a Messenger message label', () => {
  it.each([
    ['At 16:15, Ana Souza: Can we check in early?', '16:15', 'Ana Souza'],
    ['At 4:15 PM, Ana Souza: Can we check in early?', '4:15 PM', 'Ana Souza'],
    ['Saat 16:15, Ayşe Kaya: Can we check in early?', '16:15', 'Ayşe Kaya'],
    ['Um 16:15, Hans Becker: Can we check in early?', '16:15', 'Hans Becker'],
    ['À 16h15, Sophie Laurent : Can we check in early?', '16h15', 'Sophie Laurent'],
    ['A las 16:15, Lucía: Can we check in early?', '16:15', 'Lucía'],
    ['В 16:15, Дмитрий: Can we check in early?', '16:15', 'Дмитрий'],
    ['16:15, Omar: Can we check in early?', '16:15', 'Omar'],
    ['At Monday 16:15, Omar: Can we check in early?', 'Monday 16:15', 'Omar'],
  ])('reads %s', (label, time, sender) => {
    expect(parse(label)).toEqual({ time, sender, text: 'Can we check in early?' });
  });

  it('keeps colons in the text and reads labels with parts missing', () => {
    expect(parse('At 16:15, Ana: Note: arrival 23:30, flight TK 1234')).toEqual({
      time: '16:15',
      sender: 'Ana',
      text: 'Note: arrival 23:30, flight TK 1234',
    });
    expect(parse('At 16:15: Photo')).toEqual({ time: '16:15', sender: undefined, text: 'Photo' });
    expect(parse('Ana: hello')).toEqual({ time: undefined, sender: 'Ana', text: 'hello' });
    // A label that is just the bubble's own text has no sender, whatever colons it holds.
    expect(parse('Note: bring towels', 'Note: bring towels')).toEqual({ text: 'Note: bring towels' });
    expect(parseMessageLabel(undefined, META_LABEL_PATTERNS)).toEqual({});
  });

  it('knows the account in several languages, and no guest by that rule', () => {
    for (const word of ['You', 'you', 'Sen', 'Du', 'Tú', 'Vous', 'Você', 'Jij', 'Вы']) {
      expect(isOutboundSender(word, META_LABEL_PATTERNS)).toBe(true);
    }
    expect(isOutboundSender('Yousef', META_LABEL_PATTERNS)).toBe(false);
  });
});

describe('a heading above a Meta message', () => {
  const meaning = (text: string) => headingMeaning(text, META_HEADING_PATTERNS);

  it('says who sent it', () => {
    expect(meaning('You sent')).toEqual({ kind: 'outbound' });
    expect(meaning('You replied to 慧 詩')).toEqual({ kind: 'outbound' });
    expect(meaning('You replied to yourself')).toEqual({ kind: 'outbound' });
    expect(meaning('Sent by Ayşe Yılmaz')).toEqual({ kind: 'outbound' });
    expect(meaning('慧 詩 replied to you')).toEqual({ kind: 'inbound', name: '慧 詩' });
    expect(meaning('Zeynep replied to themselves')).toEqual({ kind: 'inbound', name: 'Zeynep' });
    expect(meaning('Zeynep Arslan')).toEqual({ kind: 'inbound', name: 'Zeynep Arslan' });
  });

  it('names nobody for a bare label, and reads a name above one', () => {
    expect(meaning('Edited')).toEqual({ kind: 'neutral' });
    expect(meaning('Forwarded')).toEqual({ kind: 'neutral' });
    expect(meaning('Zeynep\nEdited')).toEqual({ kind: 'inbound', name: 'Zeynep' });
    expect(meaning('Edited\nYou sent')).toEqual({ kind: 'outbound' });
  });
});
