import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { whatsappAdapter } from '../../../content-scripts/whatsapp/whatsapp-adapter.ts';
import { gmailAdapter } from '../../../content-scripts/gmail/gmail-adapter.ts';
import { loadFixture } from './fixture-page.ts';

const SUGGESTION = 'Merhaba, transferiniz 14:35 için ayarlandı. <b>İyi yolculuklar!</b>';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('putting a suggested reply into WhatsApp’s Lexical composer', () => {
  beforeEach(() => {
    loadFixture('whatsapp/whatsapp-2026-03-legacy-ids.html', 'https://web.whatsapp.com/');
  });

  it('lets the page register the text: Send enables and sends exactly that text, markup as characters', () => {
    const composer = whatsappAdapter.findComposer(document)!;
    const send = document.querySelector<HTMLButtonElement>('#main footer button[data-tab="11"]')!;
    expect(send.disabled).toBe(true);
    expect(insertIntoComposer(composer, SUGGESTION)).toBe(true);
    expect(send.disabled).toBe(false);
    expect(composer.querySelector('b')).toBeNull();
    send.click();
    const rows = document.querySelectorAll('#main [data-id]');
    const last = rows[rows.length - 1]!;
    expect(last.getAttribute('data-id')).toMatch(/^true_905321234567@c\.us_/);
    expect(last.querySelector('span.selectable-text')?.textContent).toBe(SUGGESTION);
  });

  it("uses the browser's own insertText command where the browser has it", () => {
    const composer = whatsappAdapter.findComposer(document)!;
    const execCommand = vi.fn((command: string, _ui?: boolean, value?: string) => {
      if (command !== 'insertText') return false;
      composer.querySelector('p')!.textContent = value ?? '';
      composer.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value ?? null }),
      );
      return true;
    });
    Object.assign(document, { execCommand });
    try {
      expect(insertIntoComposer(composer, 'Hoş geldiniz!')).toBe(true);
      expect(execCommand).toHaveBeenCalledWith('insertText', false, 'Hoş geldiniz!');
      expect(document.querySelector<HTMLButtonElement>('#main footer button[data-tab="11"]')!.disabled).toBe(
        false,
      );
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });
});

describe('putting a suggested reply into Gmail’s reply box', () => {
  it('lands in the editor and the page’s Send button enables and sends it', () => {
    loadFixture('gmail/gmail-thread-2026-11.html', 'https://mail.google.com/mail/u/0/');
    const composer = gmailAdapter.findComposer(document)!;
    const send = document.querySelector('[role="button"][data-tooltip^="Send"]')!;
    expect(send.getAttribute('aria-disabled')).toBe('true');
    expect(insertIntoComposer(composer, 'Sehr geehrter Herr Müller,\nder Transfer ist gebucht.')).toBe(true);
    expect(send.getAttribute('aria-disabled')).toBe('false');
    (send as HTMLElement).click();
    const bodies = document.querySelectorAll('div.a3s');
    expect(bodies[bodies.length - 1]!.textContent).toContain('der Transfer ist gebucht.');
  });
});

describe('putting a suggested reply into a plain textarea (React-controlled reply fields)', () => {
  it('goes through the native value setter and an input event, past the framework’s own value property', () => {
    const field = document.createElement('textarea');
    document.body.replaceChildren(field);
    field.value = 'Dear guest, ';
    const frameworkSets: string[] = [];
    const seen: string[] = [];
    const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => native.get!.call(field) as string,
      set: (value: string) => {
        frameworkSets.push(value);
        native.set!.call(field, value);
      },
    });
    field.addEventListener('input', () => seen.push(field.value));
    field.setSelectionRange(12, 12);
    expect(insertIntoComposer(field, 'your room is ready.')).toBe(true);
    expect(seen).toEqual(['Dear guest, your room is ready.']);
    expect(frameworkSets).toEqual([]);
  });

  it('refuses an element that is not a reply box', () => {
    const div = document.createElement('div');
    expect(insertIntoComposer(div, 'text')).toBe(false);
    expect(div.textContent).toBe('');
  });
});
