// The labelled set is the yardstick of the classifier: it must stay varied and well formed, and
// the classifier must keep meeting the targets on the part it was tuned on. (The held-out
// part is only measured, by bench/classify-accuracy.bench.ts, so it never becomes a tuning target.)
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../shared/classification/classify-message.ts';
import { CHANNELS, LANGUAGES, TOPICS, STAGES } from '../../../shared/taxonomy.ts';
import { loadLabelledMessages } from '../../fixtures/classification/labelled-messages.ts';

const messages = loadLabelledMessages();

describe('labelled guest messages', () => {
  it('holds at least 1,500 messages with unique ids, about 25% held out', () => {
    expect(messages.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    const share = messages.filter((m) => m.split === 'holdout').length / messages.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.4);
  });

  it('covers every language, channel, topic and stage in both splits', () => {
    for (const split of ['tune', 'holdout'] as const) {
      const part = messages.filter((m) => m.split === split);
      for (const l of LANGUAGES)
        expect(
          part.some((m) => m.expected.language === l),
          `${split} ${l}`,
        ).toBe(true);
      expect(new Set(part.map((m) => m.channel))).toEqual(new Set(CHANNELS));
      expect(new Set(part.map((m) => m.expected.topic))).toEqual(new Set(TOPICS));
      expect(new Set(part.map((m) => m.expected.stage))).toEqual(new Set(STAGES));
    }
  });

  it('labels every escalated message urgent, as the classifier is asked to', () => {
    for (const m of messages) {
      if (m.expected.escalation.length > 0) expect(m.expected.priority, m.id).toBe('urgent');
    }
  });
});

describe('classifier on the tuning split', () => {
  const tune = messages.filter((m) => m.split === 'tune');
  const results = tune.map((m) => ({ m, got: classifyMessage(m) }));
  const accuracy = (field: 'language' | 'topic' | 'stage' | 'priority') =>
    results.filter(({ m, got }) => got[field] === m.expected[field]).length / tune.length;

  it('meets the targets: topic 90%, stage 90%, priority 95%, language 97%', () => {
    expect(accuracy('topic')).toBeGreaterThanOrEqual(0.9);
    expect(accuracy('stage')).toBeGreaterThanOrEqual(0.9);
    expect(accuracy('priority')).toBeGreaterThanOrEqual(0.95);
    expect(accuracy('language')).toBeGreaterThanOrEqual(0.97);
  });
});
