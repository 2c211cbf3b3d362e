import { describe, expect, it } from 'vitest';
import { STARTER_LIBRARY } from '../../../shared/templates/starter-library.ts';
import { renderTemplate } from '../../../shared/templates/render-template.ts';
import {
  PUBLIC_REPLY_MAX_CHARS,
  TEMPLATE_VARIABLES,
  TemplateKind,
  variablesIn,
} from '../../../shared/templates/template-schema.ts';

const LANGUAGES = ['tr', 'en', 'de', 'ru', 'ar'] as const;

/** Realistic, generous values: the longest names and numbers a hotel will meet. */
const VALUES: Record<(typeof TEMPLATE_VARIABLES)[number], string> = {
  guest_name: 'Mrs Alexandra Konstantinopoulou-Smith',
  record_number: 'K-104215',
  hotel_name: 'Belek Palace Resort & Spa',
  agent_name: 'Zeynep Yılmaz',
  check_in: '12.08.2026',
  check_out: '19.08.2026',
  issue_summary: 'the air conditioning failing in your room',
  cause: 'a compressor failed during the night',
  fix_summary: 'our technician is replacing it',
  fix_time: '16:00 today',
  compensation: 'a dinner for two at our à la carte restaurant',
  progress_summary: 'the part has been ordered',
  next_update_time: '18:00',
  cancellation_terms: 'cancelling now costs the first night',
  alternative_offer: 'moving your dates free of charge within 12 months',
  refund_amount: 'EUR 240',
  refund_days: '7',
  follow_up_contact: 'accounting@belekpalace.example',
  solution_summary: 'Your room has been cleaned again and fresh towels brought',
};

describe('starter library', () => {
  it('has every kind of template in Turkish, English, German, Russian and Arabic', () => {
    for (const language of LANGUAGES) {
      const kinds = STARTER_LIBRARY.filter((t) => t.language === language).map((t) => t.kind);
      expect(new Set(kinds)).toEqual(new Set(TemplateKind.options));
    }
    expect(new Set(STARTER_LIBRARY.map((t) => t.id)).size).toBe(STARTER_LIBRARY.length);
  });

  it('renders every template completely when the ticket gives every value', () => {
    for (const template of STARTER_LIBRARY) {
      const rendered = renderTemplate(template, VALUES);
      expect(rendered.unfilled, template.id).toEqual([]);
      expect(rendered.text, template.id).not.toContain('{{');
    }
  });

  it('uses only the documented variables', () => {
    for (const template of STARTER_LIBRARY) {
      for (const name of variablesIn(template.body)) expect(TEMPLATE_VARIABLES, template.id).toContain(name);
    }
  });

  it('keeps public replies within 280 characters, even filled with long names', () => {
    const publicReplies = STARTER_LIBRARY.filter((t) => t.kind === 'public_reply');
    expect(publicReplies).toHaveLength(LANGUAGES.length);
    for (const template of publicReplies) {
      expect(renderTemplate(template, VALUES).text.length, template.id).toBeLessThanOrEqual(
        PUBLIC_REPLY_MAX_CHARS,
      );
    }
  });

  it('gives the record number in every first acknowledgement and public reply', () => {
    for (const t of STARTER_LIBRARY.filter(
      (t) => t.kind === 'acknowledgement' || t.kind === 'public_reply',
    )) {
      expect(variablesIn(t.body), t.id).toContain('record_number');
    }
  });

  it('explains a refund in three steps with a duration and one follow-up contact', () => {
    for (const t of STARTER_LIBRARY.filter((t) => t.kind === 'refund')) {
      for (const step of ['1.', '2.', '3.'])
        expect(t.body, t.id).toMatch(new RegExp(`^${step.replace('.', '\\.')} `, 'm'));
      expect(variablesIn(t.body), t.id).toEqual(expect.arrayContaining(['refund_days', 'follow_up_contact']));
    }
  });

  it('always offers an alternative with a cancellation or change, and compensation with a complaint', () => {
    for (const t of STARTER_LIBRARY.filter((t) => t.kind === 'cancellation_change')) {
      expect(variablesIn(t.body), t.id).toContain('alternative_offer');
    }
    for (const t of STARTER_LIBRARY.filter((t) => t.kind === 'complaint_recovery')) {
      expect(variablesIn(t.body), t.id).toEqual(expect.arrayContaining(['compensation', 'fix_summary']));
    }
  });

  it('asks a 1-5 question the guest can answer in the thread when closing and after the stay', () => {
    for (const t of STARTER_LIBRARY.filter((t) => t.kind === 'closing' || t.kind === 'post_stay_thanks')) {
      expect(t.body, t.id).toMatch(/\b1\b[^\n]*\b5\b/);
      expect(t.body, t.id).toMatch(/[?؟]/); // Arabic asks with its own question mark
    }
  });
});
