// @vitest-environment happy-dom
// Instagram Direct on the real 2025-08 thread capture (../shared/real-pages/instagram), and on
// variants of it the capture does not show: headings in other words, cells without data-scope,
// a photo, and a thread list beside the thread.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../content-scripts/instagram/instagram-adapter.ts';
import { readEnvironment } from '../content-scripts/fixture-page.ts';
import { readPage, setPageUrl } from './read-page.ts';
import { REAL_PAGES_DIR } from './real-page-harness.ts';

const CAPTURE = resolve(REAL_PAGES_DIR, 'instagram/ig-2025-08-06-thread.html');
const THREAD = '340282366841710301244259431229196474925';
const NOW = new Date(2025, 7, 6, 14, 0);

function loadCapture(): void {
  const parsed = new DOMParser().parseFromString(readFileSync(CAPTURE, 'utf8'), 'text/html');
  setPageUrl(`https://www.instagram.com/direct/t/${THREAD}/`);
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((node) => document.importNode(node, true)),
  );
}

const headings = () => Array.from(document.querySelectorAll('[data-scope="messages_table"] h6'));

describe('Instagram adapter on the real 2025-08 thread', () => {
  beforeEach(loadCapture);

  it('reads the nine messages and not the hover "Details and actions" cells', () => {
    const messages = readPage(instagramAdapter, NOW);
    expect(messages).toHaveLength(9);
    expect(messages.some((m) => m.text === 'Enter')).toBe(false);
    expect(messages.map((m) => m.direction)).toEqual([
      'outbound',
      'inbound',
      'inbound',
      'inbound',
      'inbound',
      'outbound',
      'inbound',
      'inbound',
      'inbound',
    ]);
  });

  it('names the sender of "慧 詩 replied to you" 慧 詩, and keeps an emoji-only bubble', () => {
    const messages = readPage(instagramAdapter, NOW);
    expect(messages[3]).toMatchObject({ senderName: '慧 詩', text: 'OK', senderHandle: '@huishi._.w' });
    expect(messages[7]).toMatchObject({ senderName: '慧 詩', text: '😬' });
    expect(messages[0]!.text).toBe('这个tag我可以吗');
  });

  it('still finds no phantom when the cells lose data-scope and the fallback selector is used', () => {
    for (const cell of Array.from(document.querySelectorAll('[data-scope="messages_table"]'))) {
      cell.removeAttribute('data-scope');
    }
    const reported: string[] = [];
    const messages = readPage(instagramAdapter, NOW, (name) => reported.push(name));
    expect(messages).toHaveLength(9);
    expect(messages.some((m) => m.text === 'Enter')).toBe(false);
    // The direct-child fallback finds only the hover cells here; the descendant one holds.
    expect(reported).toContain('messageCell[2]');
  });

  it('reads "You replied to …" as the account\'s own, and another sender\'s reply by their name', () => {
    headings()[0]!.textContent = 'You replied to 慧 詩';
    headings()[1]!.textContent = 'Zeynep replied to you';
    const messages = readPage(instagramAdapter, NOW);
    expect(messages[0]!.direction).toBe('outbound');
    expect(messages[1]).toMatchObject({ direction: 'inbound', senderName: 'Zeynep' });
    // The run continues under the name the heading gave.
    expect(messages[2]).toMatchObject({ direction: 'inbound', senderName: 'Zeynep' });
  });

  it('reads an "Edited" heading beside the guest avatar as the guest, and treats a lone one as a new run', () => {
    const edited = headings()[4]!; // the run opened by "Edited", the account's own message
    expect(edited.textContent).toContain('Edited');
    const messages = readPage(instagramAdapter, NOW);
    expect(messages[5]!.direction).toBe('outbound');
    const avatar = document.querySelector('a[aria-label^="Open the profile page of"][href]')!.cloneNode(true);
    edited.closest('[role="gridcell"]')!.append(avatar);
    expect(readPage(instagramAdapter, NOW)[5]).toMatchObject({ direction: 'inbound', senderName: '慧 詩' });
  });

  it('keeps a context line ("Replied to @…\'s story") out of the text when only spans are marked', () => {
    const bubble = document.querySelector('[id="mid.$cAAAAVIWPKJWefbDsuWYTGug46WV4"]')!;
    for (const block of Array.from(bubble.querySelectorAll('div[dir="auto"]'))) block.removeAttribute('dir');
    expect(readPage(instagramAdapter, NOW)[0]!.text).toBe('这个tag我可以吗');
  });

  it('captures a photo without text with its kind and a placeholder', () => {
    const bubble = document.querySelector('[id="mid.$cAAAAVIWPKJWefbNbQWYTG4SI2fSF"]')!;
    const image = document.createElement('img');
    image.setAttribute('alt', 'Photo by 慧 詩');
    image.setAttribute('src', 'https://scontent.example.invalid/photo.jpg?sig=1');
    bubble.replaceChildren(image);
    expect(readPage(instagramAdapter, NOW).at(-1)).toMatchObject({
      platformMessageId: 'mid.$cAAAAVIWPKJWefbNbQWYTG4SI2fSF',
      kind: 'photo',
      text: '[Photo]',
      direction: 'inbound',
    });
  });

  it('never reads a thread list beside the thread, even when it is a grid of gridcells', () => {
    const list = document.createElement('div');
    list.setAttribute('role', 'navigation');
    list.setAttribute('aria-label', 'Thread list');
    const grid = document.createElement('div');
    grid.setAttribute('role', 'grid');
    grid.setAttribute('aria-label', 'Messages in conversation with Ana');
    grid.innerHTML =
      '<div role="row"><div role="gridcell" data-scope="messages_table"><a href="/direct/t/1234/">' +
      '<span dir="auto">Ana</span> <span dir="auto">You: see you tomorrow</span></a></div></div>';
    list.append(grid);
    document.body.prepend(list);
    const env = readEnvironment(NOW);
    for (const cell of Array.from(list.querySelectorAll(instagramAdapter.messageSelector))) {
      expect(instagramAdapter.readMessage(cell, env)).toBeNull();
    }
    expect(readPage(instagramAdapter, NOW)).toHaveLength(9);
    expect(instagramAdapter.isConversationOpen(document)).toBe(true);
  });
});
