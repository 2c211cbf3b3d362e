// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expediaAdapter } from '../../../content-scripts/expedia/expedia-adapter.ts';
import {
  fetchExpediaConversation,
  parseExpediaConversation,
} from '../../../content-scripts/expedia/expedia-conversation-json.ts';
import { RENDER_WAIT_MS } from '../../../content-scripts/expedia/expedia-render-wait.ts';
import { toIsoWithOffset } from '../../../content-scripts/page-time.ts';
import { CapturedMessage, messageKey } from '../../../shared/message.ts';
import { loadFixture, pageWindow, type KonukFixture } from '../content-scripts/fixture-page.ts';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { readPage } from './read-page.ts';

const CID = '5c1f0a7e-3b2d-4e9a-8f61-0d2c4b6a8e13';
const ORIGIN = 'https://apps.expediapartnercentral.com';
const PAGE = `${ORIGIN}/lodging/conversations/messageCenter.html?htid=12345678&cid=${CID}&utm_source=email`;
const NOW = new Date(2026, 10, 23, 12, 0);
const SUGGESTION = 'Hoş geldiniz! <b>See you soon</b> & thanks.';
const HOSTILE = '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>';
const apiJson = (): unknown =>
  JSON.parse(
    readFileSync(
      resolve(process.cwd(), 'tests/fixtures/expedia/expedia-conversation-api-2026-11.json'),
      'utf8',
    ),
  );

describe('Expedia Partner Central adapter on the 2026-11 conversation page (guessed markup)', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture('expedia/expedia-partner-central-2026-11.html', PAGE);
  });

  it('reads traveler and property messages, skipping Expedia’s own', () => {
    const messages = readPage(expediaAdapter, NOW);
    expect(messages.map((m) => [m.direction, m.senderName])).toEqual([
      ['inbound', 'Carlos Mendes'],
      ['outbound', 'Konuk Beach Resort'],
      ['inbound', 'Carlos Mendes'],
      ['inbound', 'Carlos Mendes'],
      ['inbound', 'Carlos Mendes'],
    ]);
    expect(messages.every((m) => m.channel === 'expedia' && m.conversationId === CID)).toBe(true);
    expect(messages[0]!.platformMessageId).toBe('a41f7c2e-0b9d-4d3a-9e8f-1c2b3d4e5f60');
  });

  it('reads time, plain text, and an attachment-only message as empty text', () => {
    const messages = readPage(expediaAdapter, NOW);
    expect(messages[0]!.sentAt).toBe(toIsoWithOffset(new Date('2026-11-20T21:05:00.000Z')));
    expect(messages[2]!.text).toBe(HOSTILE);
    expect(messages[3]!.text).toBe('Obrigado!\nPodemos ter um quarto num andar alto?');
    expect(messages[4]!.text).toBe('');
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('attaches the reservation from the side panel and keeps only htid and cid in the URL', () => {
    expect(readPage(expediaAdapter, NOW)[0]).toMatchObject({
      reservationNumber: '2198765432',
      stay: { checkIn: '2026-12-05', checkOut: '2026-12-09' },
      guestName: 'Carlos Mendes',
      conversationTitle: 'Carlos Mendes',
      conversationUrl: `${ORIGIN}/lodging/conversations/messageCenter.html?htid=12345678&cid=${CID}`,
    });
  });

  it('reads new messages with the page’s ids, a reply from the composer, and another conversation', () => {
    const id = driver.receive('Muito obrigado, até breve!');
    const composer = expediaAdapter.findComposer(document)!;
    expect(composer.getAttribute('contenteditable')).toBe('true');
    composer.textContent = 'You are welcome, see you in December.';
    composer.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector<HTMLButtonElement>('[data-stid="send-message-button"]')!.click();
    const [guest, reply] = readPage(expediaAdapter, new Date()).slice(-2);
    expect(guest).toMatchObject({ platformMessageId: id, direction: 'inbound' });
    expect(reply).toMatchObject({ direction: 'outbound', text: 'You are welcome, see you in December.' });

    driver.openConversation('7e3d9b1a-6c4f-4a2e-b8d0-9f1e3c5a7b24');
    expect(readPage(expediaAdapter, NOW)).toMatchObject([
      {
        conversationId: '7e3d9b1a-6c4f-4a2e-b8d0-9f1e3c5a7b24',
        text: 'İyi günler, odada bebek karyolası olabilir mi? Kızımız 1 yaşında.',
        reservationNumber: '2203344556',
        stay: { checkIn: '2027-01-15', checkOut: '2027-01-18' },
      },
    ]);
  });

  it('treats a message with an unknown creator role as inbound', () => {
    document
      .querySelector('[data-creator-role="PARTNER"]')!
      .setAttribute('data-creator-role', 'PROPERTY_MANAGER_V2');
    expect(readPage(expediaAdapter, NOW)[1]!.direction).toBe('inbound');
  });

  it('knows when a conversation is open', () => {
    expect(expediaAdapter.isConversationOpen(document)).toBe(true);
    pageWindow.happyDOM?.setURL(`${ORIGIN}/lodging/conversations/messageCenter.html?htid=12345678`);
    expect(expediaAdapter.isConversationOpen(document)).toBe(false);
  });

  it('gives the same messages from the page’s JSON as from its DOM', () => {
    const fromDom = readPage(expediaAdapter, NOW);
    const fromJson = parseExpediaConversation(apiJson(), {
      conversationId: CID,
      conversationUrl: fromDom[0]!.conversationUrl,
      now: NOW,
    });
    const comparable = (m: (typeof fromDom)[number]) => [
      messageKey(m),
      m.direction,
      m.sentAt,
      m.text,
      m.senderName,
    ];
    expect(fromJson.messages.map(comparable)).toEqual(fromDom.map(comparable));
    expect(fromJson.messages[0]).toMatchObject({
      reservationNumber: '2198765432',
      stay: { checkIn: '2026-12-05', checkOut: '2026-12-09' },
      guestName: 'Carlos Mendes',
    });
  });
});

describe('Expedia conversation JSON', () => {
  it('validates every message: one without an id is reported by field and skipped, the rest are kept', () => {
    const result = parseExpediaConversation(apiJson(), { conversationId: CID, now: NOW });
    expect(result.messages).toHaveLength(5);
    for (const message of result.messages)
      CapturedMessage.parse({ ...message, capturedAt: NOW.toISOString() });
    expect(result.problems).toEqual(['messages.6: messageId: invalid_union']);
    expect(result.problems.join(' ')).not.toContain('without an id');
  });

  it('never throws on JSON that is not a conversation', () => {
    for (const junk of [null, 42, 'html', { messages: 'no' }, { items: [] }]) {
      const result = parseExpediaConversation(junk, { conversationId: CID, now: NOW });
      expect(result.messages).toEqual([]);
      expect(result.problems).toHaveLength(1);
    }
  });

  it('uses the capture time when a message time is unreadable, and says so', () => {
    const result = parseExpediaConversation(
      {
        messages: [
          { messageId: 7, body: 'Hola', creatorRole: 'TRAVELER', createDateTimeISOString: 'yesterday' },
        ],
      },
      { conversationId: CID, now: NOW },
    );
    expect(result.messages[0]).toMatchObject({ platformMessageId: '7', sentAt: toIsoWithOffset(NOW) });
    expect(result.problems).toEqual(['messages.0.createDateTimeISOString: unreadable, capture time used']);
  });

  it('fetches the conversation from the page’s own origin with its session', async () => {
    const requests: { url: string; init?: RequestInit }[] = [];
    const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(url), init });
      return new Response(JSON.stringify(apiJson()), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    const result = await fetchExpediaConversation({ conversationId: CID, origin: ORIGIN, now: NOW, fetch });
    expect(requests).toEqual([
      {
        url: `${ORIGIN}/lodging/conversations/api/conversations/${CID}`,
        init: { credentials: 'same-origin', headers: { accept: 'application/json' } },
      },
    ]);
    expect(result.messages).toHaveLength(5);
  });

  it('reports a failed request instead of throwing', async () => {
    const failing = [
      async () => new Response('nope', { status: 503 }),
      async () => new Response('<html>login</html>', { status: 200 }),
      async () => {
        throw new TypeError('network down');
      },
    ];
    const problems = [];
    for (const fetch of failing) {
      const result = await fetchExpediaConversation({ conversationId: CID, origin: ORIGIN, now: NOW, fetch });
      expect(result.messages).toEqual([]);
      problems.push(...result.problems);
    }
    expect(problems).toEqual([
      'conversation request: HTTP 503',
      'conversation request: not JSON',
      'conversation request: TypeError',
    ]);
  });
});

describe('inserting a suggested reply into the Expedia composer', () => {
  it('lets the page register it: Send enables and sends exactly that text, markup as characters', () => {
    loadFixture('expedia/expedia-partner-central-2026-11.html', PAGE);
    const composer = expediaAdapter.findComposer(document)!;
    expect(insertIntoComposer(composer, SUGGESTION)).toBe(true);
    const send = document.querySelector<HTMLButtonElement>('[data-stid="send-message-button"]')!;
    expect(send.disabled).toBe(false);
    send.click();
    expect(readPage(expediaAdapter, new Date()).at(-1)).toMatchObject({
      direction: 'outbound',
      text: SUGGESTION,
    });
  });
});

describe('Expedia on the 2026-12 page whose DOM shows no message ids', () => {
  const CID_12 = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
  const PAGE_12 = `${ORIGIN}/lodging/conversations/messageCenter.html?htid=12345678&cpcePartnerId=4455667&cid=${CID_12}`;
  const DECEMBER = new Date(2026, 11, 1, 12, 0);
  const json12 = (): unknown =>
    JSON.parse(
      readFileSync(
        resolve(process.cwd(), 'tests/fixtures/expedia/expedia-conversation-api-2026-12.json'),
        'utf8',
      ),
    );
  beforeEach(() => {
    loadFixture('expedia/expedia-partner-central-2026-12-no-ids.html', PAGE_12);
  });

  it('gives each message the same key from the DOM and from the JSON, identical messages apart', () => {
    const fromDom = readPage(expediaAdapter, DECEMBER);
    const fromJson = parseExpediaConversation(json12(), { conversationId: CID_12, now: DECEMBER }).messages;
    expect(fromDom.map((m) => [m.direction, m.text.replace(/\s+/g, ' ')])).toEqual([
      ['inbound', 'Guten Tag! Gibt es einen Parkplatz? Wir kommen mit dem Auto.'],
      ['outbound', 'Ja, der Parkplatz ist kostenlos.'],
      ['inbound', 'Danke!'],
      ['inbound', 'Danke!'],
    ]);
    const domKeys = fromDom.map(messageKey);
    expect(new Set(domKeys).size).toBe(4);
    // The JSON also has an older message the page has not rendered and an attachment without text.
    expect(fromJson.map(messageKey).slice(1, 5)).toEqual(domKeys);
    expect(fromJson).toHaveLength(6);
    expect(fromJson.every((m) => m.platformMessageId.startsWith('derived:'))).toBe(true);
  });

  it('derives the same ids on every read and after a reload', () => {
    const first = readPage(expediaAdapter, DECEMBER).map(messageKey);
    loadFixture('expedia/expedia-partner-central-2026-12-no-ids.html', PAGE_12);
    expect(readPage(expediaAdapter, new Date(2026, 11, 2, 8, 0)).map(messageKey)).toEqual(first);
  });

  it('uses the JSON’s own ids when the DOM shows them', () => {
    loadFixture('expedia/expedia-partner-central-2026-11.html', PAGE);
    const fromJson = parseExpediaConversation(apiJson(), { conversationId: CID, now: NOW }).messages;
    expect(fromJson[0]!.platformMessageId).toBe('a41f7c2e-0b9d-4d3a-9e8f-1c2b3d4e5f60');
  });

  it('asks for the JSON with the htid and cpcePartnerId the page’s URL gives, nothing else', async () => {
    const urls: string[] = [];
    const fetch = async (url: RequestInfo | URL) => {
      urls.push(String(url));
      return new Response(JSON.stringify(json12()), { status: 200 });
    };
    const result = await expediaAdapter.readExtra!({
      document,
      location: window.location,
      now: DECEMBER,
      fetch,
    });
    expect(urls).toEqual([
      `${ORIGIN}/lodging/conversations/api/conversations/${CID_12}?htid=12345678&cpcePartnerId=4455667`,
    ]);
    expect(result.messages.map(messageKey).slice(1, 5)).toEqual(
      readPage(expediaAdapter, DECEMBER).map(messageKey),
    );
    expect(result.messages[0]).toMatchObject({
      conversationUrl: `${ORIGIN}/lodging/conversations/messageCenter.html?htid=12345678&cid=${CID_12}`,
      reservationNumber: '2207788990',
    });
  });

  it('waits for the page to render its messages before naming the JSON’s, so both agree', async () => {
    const list = document.querySelector('[data-konuk-messages]')!;
    const rendered = [...list.children];
    list.replaceChildren();
    const reading = expediaAdapter.readExtra!({
      document,
      location: window.location,
      now: DECEMBER,
      fetch: async () => new Response(JSON.stringify(json12()), { status: 200 }),
    });
    list.append(...rendered);
    const fromJson = (await reading).messages.map(messageKey);
    expect(fromJson.slice(1, 5)).toEqual(readPage(expediaAdapter, DECEMBER).map(messageKey));
  });

  it('reads the JSON alone, with its own ids, when no message ever renders', async () => {
    vi.useFakeTimers();
    try {
      document.querySelector('[data-konuk-messages]')!.replaceChildren();
      const reading = expediaAdapter.readExtra!({
        document,
        location: window.location,
        now: DECEMBER,
        fetch: async () => new Response(JSON.stringify(json12()), { status: 200 }),
      });
      await vi.advanceTimersByTimeAsync(RENDER_WAIT_MS);
      const { messages } = await reading;
      expect(messages[0]!.platformMessageId).toBe('f0e1d2c3-0000-4000-8000-000000000001');
      expect(messages).toHaveLength(6);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads nothing from the JSON when no conversation is open', async () => {
    pageWindow.happyDOM?.setURL(`${ORIGIN}/lodging/conversations/messageCenter.html?htid=12345678`);
    let asked = false;
    const result = await expediaAdapter.readExtra!({
      document,
      location: window.location,
      now: DECEMBER,
      fetch: async () => {
        asked = true;
        return new Response('{}');
      },
    });
    expect(asked).toBe(false);
    expect(result).toEqual({ messages: [], problems: [] });
  });
});
