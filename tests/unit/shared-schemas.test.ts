import { describe, expect, it } from 'vitest';
import { CapturedMessage, conversationKey, messageKey } from '../../shared/message.ts';
import { IngestRequest, TicketListQuery, TicketUpdateRequest } from '../../shared/api-contract.ts';
import { CaptureRequest, RuntimeRequest } from '../../shared/runtime-messages.ts';
import { formatRecordNumber, RecordNumber } from '../../shared/ticket.ts';
import { MAX_BATCH_MESSAGES, MAX_TEXT_CHARS } from '../../shared/limits.ts';

const message = {
  channel: 'whatsapp',
  conversationId: 'name:Sarah Collins',
  platformMessageId: '3EB0B3A9D1C2E4F5A6B78C9D',
  direction: 'inbound',
  sentAt: '2026-11-14T21:07:00+03:00',
  capturedAt: '2026-11-23T09:00:00+03:00',
  text: 'Hi! Could you arrange a transfer?',
} as const;

describe('a captured message crossing a boundary', () => {
  it('is accepted as the content script extracts it', () => {
    expect(CapturedMessage.parse(message)).toMatchObject(message);
  });

  it('keeps hostile text as text: it is data, never rejected for looking like markup', () => {
    const hostile = '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>';
    expect(CapturedMessage.parse({ ...message, text: hostile }).text).toBe(hostile);
  });

  it('is refused with the field named when it is oversized, of an unknown channel or links to script', () => {
    const cases = [
      [{ ...message, text: 'x'.repeat(MAX_TEXT_CHARS + 1) }, 'text'],
      [{ ...message, channel: 'telegram' }, 'channel'],
      [{ ...message, conversationUrl: 'javascript:alert(1)' }, 'conversationUrl'],
      [{ ...message, sentAt: 'yesterday' }, 'sentAt'],
      [{ ...message, platformMessageId: '' }, 'platformMessageId'],
    ] as const;
    for (const [input, field] of cases) {
      const result = CapturedMessage.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual([field]);
    }
  });

  it('has one key per platform message, whoever captures it and whenever', () => {
    const again = { ...message, capturedAt: '2026-11-24T10:00:00+03:00', text: 'edited' };
    expect(messageKey(again)).toBe(messageKey(message));
    expect(messageKey({ ...message, platformMessageId: 'other' })).not.toBe(messageKey(message));
  });
});

describe('API requests', () => {
  it('bound a batch to between 1 and the maximum number of messages', () => {
    expect(IngestRequest.safeParse({ messages: [] }).success).toBe(false);
    expect(IngestRequest.safeParse({ messages: Array(MAX_BATCH_MESSAGES + 1).fill(message) }).success).toBe(
      false,
    );
    expect(IngestRequest.safeParse({ messages: [message] }).success).toBe(true);
  });

  it('read list filters from a query string', () => {
    expect(TicketListQuery.parse({ status: 'open,pending_guest', limit: '20' })).toMatchObject({
      status: ['open', 'pending_guest'],
      limit: 20,
    });
    expect(TicketListQuery.safeParse({ since: 'drop table' }).success).toBe(false);
  });

  it('refuse a status that does not exist', () => {
    expect(TicketUpdateRequest.safeParse({ status: 'deleted' }).success).toBe(false);
  });
});

describe('record numbers', () => {
  it('are short enough to read out on the phone and always valid', () => {
    expect(formatRecordNumber(42)).toBe('K-0042');
    expect(formatRecordNumber(123456)).toBe('K-123456');
    expect(RecordNumber.safeParse(formatRecordNumber(7)).success).toBe(true);
  });
});

describe('the extension runtime protocol', () => {
  it('accepts a capture request and refuses anything a page could forge in its place', () => {
    expect(CaptureRequest.safeParse({ type: 'konuk/capture', messages: [message] }).success).toBe(true);
    expect(RuntimeRequest.safeParse({ type: 'konuk/capture', messages: 'all' }).success).toBe(false);
    expect(RuntimeRequest.safeParse({ type: 'konuk/steal-token' }).success).toBe(false);
  });
});

describe('message keys', () => {
  it("never let an id containing the separator make another conversation's key", () => {
    const a = messageKey({ channel: 'whatsapp', conversationId: 'a|b', platformMessageId: 'c' });
    const b = messageKey({ channel: 'whatsapp', conversationId: 'a', platformMessageId: 'b|c' });
    expect(a).not.toBe(b);
    expect(conversationKey({ channel: 'email', conversationId: 'thread-f:1' })).toBe('email|thread-f:1');
    expect(messageKey({ channel: 'email', conversationId: 't', platformMessageId: 'm%7C' })).not.toBe(
      messageKey({ channel: 'email', conversationId: 't', platformMessageId: 'm|' }),
    );
  });
});
