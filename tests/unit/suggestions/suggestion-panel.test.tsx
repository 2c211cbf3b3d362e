import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SuggestionPanel, type PanelSuggestion } from '../../../components/suggestion-panel.tsx';
import { t } from '../../../components/i18n.ts';
import { STARTER_LIBRARY } from '../../../shared/templates/starter-library.ts';
import type { ReplyTemplate } from '../../../shared/templates/template-schema.ts';
import { click, englishMessage, renderPage, type, unmount, useEnglish } from '../components/page-kit.ts';

const HOSTILE_NAME = '<img src=x onerror="window.__konukXss=1">Sarah';
const template = (id: string): ReplyTemplate => STARTER_LIBRARY.find((s) => s.id === id)!;

let root: HTMLElement;
const onInsert = vi.fn((_template: ReplyTemplate, _text: string) => true);

beforeEach(() => {
  fakeBrowser.reset();
  useEnglish();
  onInsert.mockReset();
  onInsert.mockReturnValue(true);
});
afterEach(async () => {
  await unmount(root);
});

async function show(suggestions: PanelSuggestion[]): Promise<void> {
  root = await renderPage(
    <SuggestionPanel suggestions={suggestions} source="hotel" t={t} onInsert={onInsert} onClose={() => {}} />,
  );
}

const known = {
  guest_name: 'Sarah Collins',
  record_number: 'K-1042',
  hotel_name: 'Grand Belek Resort',
  agent_name: 'Ayşe',
};
const preview = () => root.querySelector('[data-testid="suggestion-preview"]')!;
const marked = () => [...preview().querySelectorAll('mark')].map((m) => m.textContent);

describe('the suggestion panel', () => {
  it('lists the suggestions in the order given, the first one previewed', async () => {
    await show([
      { template: template('en-complaint-recovery'), values: known },
      { template: template('en-acknowledgement'), values: known },
    ]);
    const titles = [...root.querySelectorAll('[data-testid="suggestion"]')].map((b) =>
      b.getAttribute('data-template-id'),
    );
    expect(titles).toEqual(['en-complaint-recovery', 'en-acknowledgement']);
    expect(preview().textContent).toContain('We sincerely apologise for');
  });

  it('marks every variable Konuk could not fill, and only those, before anything is inserted', async () => {
    await show([{ template: template('en-complaint-recovery'), values: known }]);
    expect(marked()).toEqual([
      '{{issue_summary}}',
      '{{cause}}',
      '{{fix_summary}}',
      '{{fix_time}}',
      '{{compensation}}',
    ]);
    expect(preview().textContent).toContain('Sarah Collins');
    expect(root.querySelector('[data-testid="unfilled-count"]')!.textContent).toBe(
      englishMessage('reply_blanks', '5'),
    );
  });

  it('fills a blank from what the agent types, and inserts the text with the rest still visible', async () => {
    await show([{ template: template('en-complaint-recovery'), values: known }]);
    await type(
      root.querySelector('[data-variable="cause"][data-testid="variable-input"]')!,
      'a failed compressor',
    );
    expect(marked()).not.toContain('{{cause}}');
    expect(preview().textContent).toContain('What happened: a failed compressor');

    await click(root.querySelector('[data-testid="suggestion-insert"]')!);
    expect(onInsert).toHaveBeenCalledTimes(1);
    const [chosen, text] = onInsert.mock.calls[0]!;
    expect(chosen.id).toBe('en-complaint-recovery');
    expect(text).toContain('What happened: a failed compressor');
    expect(text).toContain('{{fix_time}}');
    expect(text.startsWith('Dear Sarah Collins,')).toBe(true);
  });

  it('shows a guest name that looks like markup as plain text', async () => {
    await show([
      { template: template('en-acknowledgement'), values: { ...known, guest_name: HOSTILE_NAME } },
    ]);
    expect(preview().querySelector('img')).toBeNull();
    expect(preview().textContent).toContain(HOSTILE_NAME);
    expect((window as { __konukXss?: number }).__konukXss).toBeUndefined();
  });

  it('switches the preview to another suggestion the agent picks', async () => {
    await show([
      { template: template('en-acknowledgement'), values: known },
      { template: template('en-closing'), values: known },
    ]);
    await click(root.querySelector('[data-template-id="en-closing"]')!);
    expect(preview().textContent).toContain('from 1 (not at all) to 5 (very)');
    await click(root.querySelector('[data-testid="suggestion-insert"]')!);
    expect(onInsert.mock.calls[0]![0].kind).toBe('closing');
  });

  it('tells the agent to open the reply box when there is none to insert into', async () => {
    onInsert.mockReturnValue(false);
    await show([{ template: template('en-acknowledgement'), values: known }]);
    await click(root.querySelector('[data-testid="suggestion-insert"]')!);
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(englishMessage('reply_no_composer'));
  });
});
