import { describe, expect, it } from 'vitest';
import { subjectSelector } from '../../../content-scripts/selector-subject.ts';

describe('finding new messages inside an added subtree', () => {
  it('looks for the last compound of each selector, keeping attribute values with spaces and commas intact', () => {
    expect(
      subjectSelector(
        '#main [data-testid="conversation-panel-messages"] [role="row"] [data-id], #main > div [aria-label="a, b c"]',
      ),
    ).toBe('[data-id], [aria-label="a, b c"]');
    expect(subjectSelector('div.adn.ads[data-legacy-message-id]')).toBe(
      'div.adn.ads[data-legacy-message-id]',
    );
  });
});
