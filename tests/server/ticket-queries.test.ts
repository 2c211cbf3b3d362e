import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './support/databases.ts';
import { guest, message, staff } from './support/messages.ts';
import { closeAsDuplicate } from './support/workflow-client.ts';

describeOnEachDatabase('GET /v1/tickets and /v1/tickets/:recordNumber', (server) => {
  it('filters by status, channel and conversation', async () => {
    const { api, hotelId } = await server.tenant();
    await api.ingest([
      message('w1', 'm', 0, { channel: 'whatsapp' }),
      message('w2', 'm', 1, { channel: 'whatsapp' }),
      message('e1', 'm', 2, { channel: 'email' }),
      message('i1', 'm', 3, { channel: 'instagram' }),
    ]);
    await api.ingest([message('w2', 'r', 2, { channel: 'whatsapp', direction: 'outbound' })]);
    await api.setStatus('K-0002', 'resolved');
    await closeAsDuplicate(server, hotelId, 'K-0003');

    const open = await api.list({ status: 'open' });
    expect(open.tickets.map((t) => t.recordNumber).sort()).toEqual(['K-0001', 'K-0004']);
    const notOpen = await api.list({ status: 'resolved,closed' });
    expect(notOpen.tickets.map((t) => t.recordNumber).sort()).toEqual(['K-0002', 'K-0003']);
    const social = await api.list({ channel: 'email,instagram' });
    expect(social.tickets.map((t) => t.channel).sort()).toEqual(['email', 'instagram']);
    const oneChat = await api.list({ conversationId: 'w2', channel: 'whatsapp' });
    expect(oneChat.tickets.map((t) => t.recordNumber)).toEqual(['K-0002']);
    expect((await api.list({ conversationId: 'w2\u0000' })).tickets).toEqual([]);
  });

  it('pages through every ticket with the cursor, then returns the changes since it', async () => {
    const { api } = await server.tenant();
    await api.ingest(Array.from({ length: 7 }, (_, i) => guest(`chat-${i}`, 'm', i)));

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await api.list(cursor ? { limit: 3, since: cursor } : { limit: 3 });
      pages += 1;
      seen.push(...page.tickets.map((t) => t.recordNumber));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(['K-0001', 'K-0002', 'K-0003', 'K-0004', 'K-0005', 'K-0006', 'K-0007']);

    const nothingNew = await api.list({ since: cursor! });
    expect(nothingNew).toEqual({ tickets: [], cursor, hasMore: false });

    await api.ingest([staff('chat-3', 'reply', 10)]);
    const changed = await api.list({ since: cursor! });
    expect(changed.tickets.map((t) => t.recordNumber)).toEqual(['K-0004']);
    expect(changed.tickets[0]!.firstResponseAt).not.toBeNull();
    expect(BigInt(changed.cursor!)).toBeGreaterThan(BigInt(cursor!));
  });

  it('returns an empty list with a null cursor for a hotel without tickets', async () => {
    const { api } = await server.tenant();
    expect(await api.list()).toEqual({ tickets: [], cursor: null, hasMore: false });
  });

  it('returns a ticket with its messages in sentAt order', async () => {
    const { api } = await server.tenant();
    await api.ingest([guest('c1', 'late', 9), guest('c1', 'early', 1)]);
    await api.ingest([staff('c1', 'middle', 5)]);

    const detail = await api.ticket('K-0001');
    expect(detail.messages.map((m) => m.platformMessageId)).toEqual(['early', 'middle', 'late']);
    expect(detail.messages.map((m) => m.direction)).toEqual(['inbound', 'outbound', 'inbound']);
    expect(detail.ticket.messageCount).toBe(3);
  });

  it('answers 404 for a record number that does not exist and 400 for one that cannot exist', async () => {
    const { api } = await server.tenant();
    const missing = await api.error(api.raw('GET', '/v1/tickets/K-9999'));
    expect(missing.status).toBe(404);
    expect(missing.body.message).toContain('K-9999');

    const malformed = await api.error(api.raw('GET', '/v1/tickets/not-a-number'));
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toContain('record number');
  });

  it('rejects unknown filter values and bad cursors with the offending parameter named', async () => {
    const { api } = await server.tenant();
    const status = await api.error(api.raw('GET', '/v1/tickets?status=archived'));
    expect(status.status).toBe(400);
    expect(status.body.issues?.[0]?.path).toBe('status.0');

    const since = await api.error(api.raw('GET', '/v1/tickets?since=abc'));
    expect(since.status).toBe(400);
    expect(since.body.issues?.[0]?.path).toBe('since');

    const huge = await api.error(api.raw('GET', '/v1/tickets?since=99999999999999999999'));
    expect(huge.status).toBe(400);

    const limit = await api.error(api.raw('GET', '/v1/tickets?limit=100000'));
    expect(limit.status).toBe(400);
    expect(limit.body.issues?.[0]?.path).toBe('limit');
  });
});
