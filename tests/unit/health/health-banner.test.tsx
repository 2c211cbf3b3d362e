// The banner speaks the agent's language (Turkish and English ship), names the missing fields and
// the selector pack, and every locale has every string the capture-health UI uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { HealthBanner } from '../../../components/health-banner.tsx';
import type { HealthView } from '../../../content-scripts/capture-health.ts';

type Messages = Record<string, { message: string }>;
const locale = (lang: string) =>
  JSON.parse(readFileSync(join(process.cwd(), `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;

function translator(messages: Messages) {
  return (key: string, ...subs: string[]) =>
    (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

function shown(lang: string, view: HealthView): string {
  const root = document.createElement('div');
  render(
    <HealthBanner view={view} t={translator(locale(lang))} check="idle" onCheck={() => undefined} />,
    root,
  );
  return root.textContent ?? '';
}

describe('the "Konuk cannot read this page" banner', () => {
  it('is in Turkish for a Turkish browser and in English for an English one', () => {
    const view: HealthView = { problem: 'no_messages_read', fields: [], packVersion: 'built-in' };
    expect(shown('tr', view)).toContain('Konuk bu sayfayı okuyamıyor');
    expect(shown('tr', view)).toContain('Seçici paketi: yerleşik');
    expect(shown('en', view)).toContain('Konuk cannot read this page');
    expect(shown('en', view)).toContain('Check for an update');
  });

  it('names the fields a dropped message missed and the pack in use', () => {
    const text = shown('en', {
      problem: 'fields_missing',
      fields: ['sentAt', 'text'],
      packVersion: '2027-02-01',
    });
    expect(text).toContain('(sentAt, text missing)');
    expect(text).toContain('Selector pack: 2027-02-01');
  });

  it('has every string in both languages', () => {
    const [en, tr] = [locale('en'), locale('tr')];
    const used = Object.keys(en).filter((key) =>
      /^(health_|capture_|platform_|dash_|call_|guest_|notif)/.test(key),
    );
    expect(used.length).toBeGreaterThan(50);
    for (const key of used) expect([key, tr[key]?.message.length ?? 0]).not.toEqual([key, 0]);
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
