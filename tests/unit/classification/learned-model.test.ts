// The learned model and its combination with the rules: shipped as valid data trained on the tune
// split, explained by its features, and never able to take away an escalation the rules raised.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../shared/classification/classify-message.ts';
import { learnedModel } from '../../../shared/classification/combine-judgement.ts';
import { LEARNED_MODEL_DATA } from '../../../shared/classification/learned-model-data.ts';
import { LearnedModelData, loadLearnedModel } from '../../../shared/classification/learned-model.ts';
import {
  featureHash,
  learnedFeatures,
  visitFeatureHashes,
} from '../../../shared/classification/learned-features.ts';
import { MAX_ANALYSED_CHARS } from '../../../shared/classification/classify-message.ts';
import { messageBody } from '../../../shared/classification/message-body.ts';
import { foldText, tokenize } from '../../../shared/classification/normalize-text.ts';
import { CHANNELS } from '../../../shared/taxonomy.ts';
import { loadLabelledMessages } from '../../fixtures/classification/labelled-messages.ts';

const messages = loadLabelledMessages();

describe('learned model data', () => {
  it('is valid, trained on the tune split, small and pruned', () => {
    const data = LearnedModelData.parse(LEARNED_MODEL_DATA);
    expect(data.trainedOn).toBe('tune');
    expect(data.features.length).toBeLessThanOrEqual(2500);
    expect(JSON.stringify(data).length).toBeLessThan(120_000);
  });

  it('refuses data whose heads do not match the taxonomy or whose weights do not fit', () => {
    const data = LearnedModelData.parse(LEARNED_MODEL_DATA);
    const wrongLabels = {
      ...data,
      heads: { ...data.heads, topic: { ...data.heads.topic, labels: ['a', 'b'] } },
    };
    expect(LearnedModelData.safeParse(wrongLabels).success).toBe(false);
    expect(() => loadLearnedModel({ ...data, weights: 'AAAA' })).toThrow(/do not fit/);
  });
});

describe('learned features', () => {
  it('the fast hashed features are exactly the trained string features, on every labelled message', () => {
    for (const m of messages) {
      const text = messageBody(m.text.slice(0, MAX_ANALYSED_CHARS));
      const tokens = tokenize(foldText(text));
      const hashes = new Set<number>();
      visitFeatureHashes(tokens, text, m, (h) => hashes.add(h));
      expect(hashes, m.id).toEqual(new Set([...learnedFeatures(tokens, text, m)].map(featureHash)));
    }
  }, 60_000);
});

describe('combined judgement', () => {
  it('adds a large claim the rules read as a question, and shows the words behind it', () => {
    const input = { text: 'we want back all of the 45.000 TL we paid', channel: 'whatsapp' as const };
    expect(classifyMessage(input, { judgement: 'rules' }).escalation).toEqual([]);
    const combined = classifyMessage(input);
    expect(combined.escalation).toEqual(['high_cost']);
    expect(combined.priority).toBe('urgent');
    const cues = combined.cues.filter((c) => c.field === 'escalation' && c.rule.startsWith('learned model'));
    expect(cues.length).toBeGreaterThan(0);
    for (const cue of cues)
      expect(input.text.toLowerCase().replace(/[.,]/g, '') + ' amount:large').toContain(cue.words);
  });

  it('leaves a lone emoji to the rules: the channel alone is no evidence', () => {
    const c = classifyMessage({ text: '👍', channel: 'whatsapp' });
    expect(c.cues.some((cue) => cue.rule.startsWith('learned model'))).toBe(false);
  });

  it('never removes an escalation the rules raised, on every labelled message', () => {
    for (const m of messages) {
      const rules = classifyMessage(m, { judgement: 'rules' });
      const combined = classifyMessage(m, { judgement: 'combined' });
      for (const reason of rules.escalation) expect(combined.escalation, m.id).toContain(reason);
    }
  }, 60_000);

  it('never removes an escalation on arbitrary text either', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...CHANNELS), (text, channel) => {
        const rules = classifyMessage({ text, channel }, { judgement: 'rules' });
        const combined = classifyMessage({ text, channel });
        return rules.escalation.every((r) => combined.escalation.includes(r));
      }),
      { seed: 10, numRuns: 300 },
    );
  });

  it('keeps the stay dates in charge of the stage', () => {
    const stay = { checkIn: '2026-07-10', checkOut: '2026-07-17' };
    const got = classifyMessage({
      text: 'we forgot a charger in the room after we left',
      channel: 'email',
      sentAt: '2026-07-12T10:00:00+03:00',
      stay,
    });
    expect(got.stage).toBe('in_stay');
  });

  it('is deterministic and the model alone gives the same answer twice', () => {
    const input = { text: 'Klima çalışmıyor, oda çok sıcak', channel: 'whatsapp' as const };
    expect(classifyMessage(input, { judgement: 'model' })).toEqual(
      classifyMessage(input, { judgement: 'model' }),
    );
    expect(learnedModel().size).toBeGreaterThan(0);
  });
});
