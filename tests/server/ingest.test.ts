import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './support/databases.ts';
import { guest, message, staff } from './support/messages.ts';

describeOnEachDatabase('POST /v1/messages/batch', (server) => {
  it('opens one ticket per conversation and stores one row per message', async () => {
    const { api, hotelId } = await server.tenant();
    const response = await api.ingest([
      guest('+90 532 000 0001', 'a1', 0),
      guest('+90 532 000 0002', 'b1', 1),
      guest('+90 532 000 0001', 'a2', 2),
      staff('+90 532 000 0001', 'a3', 3),
    ]);

    expect(response.tickets).toHaveLength(2);
    expect(await server.count('tickets', hotelId)).toBe(2);
    expect(await server.count('messages', hotelId)).toBe(4);
    const [a1, b1, a2, a3] = response.results;
    expect(new Set([a1!.ticketId, a2!.ticketId, a3!.ticketId]).size).toBe(1);
    expect(b1!.ticketId).not.toBe(a1!.ticketId);
    expect(response.results.every((r) => !r.duplicate)).toBe(true);
    const first = response.tickets.find((t) => t.id === a1!.ticketId)!;
    expect(first.messageCount).toBe(3);
    expect(a1!.recordNumber).toBe(first.recordNumber);
  });

  it('stores each message once when the same batch is sent twice', async () => {
    const { api, hotelId } = await server.tenant();
    const batch = [guest('c1', 'm1', 0), guest('c1', 'm2', 1), staff('c1', 'm3', 2)];
    const first = await api.ingest(batch);
    const second = await api.ingest(batch);

    expect(second.results.map((r) => r.duplicate)).toEqual([true, true, true]);
    expect(second.results.map((r) => r.messageId)).toEqual(first.results.map((r) => r.messageId));
    expect(second.results[0]!.recordNumber).toBe(first.results[0]!.recordNumber);
    expect(second.tickets[0]!.messageCount).toBe(3);
    expect(await server.count('messages', hotelId)).toBe(3);
    expect(await server.count('tickets', hotelId)).toBe(1);
  });

  it('stores only the new messages of overlapping batches, and a message repeated inside one batch once', async () => {
    const { api, hotelId } = await server.tenant();
    await api.ingest([guest('c1', 'm1', 0), guest('c1', 'm2', 1)]);
    const overlap = await api.ingest([guest('c1', 'm2', 1), guest('c1', 'm3', 2), guest('c1', 'm3', 2)]);

    expect(overlap.results.map((r) => r.duplicate)).toEqual([true, false, true]);
    expect(overlap.results[2]!.messageId).toBe(overlap.results[1]!.messageId);
    expect(overlap.tickets[0]!.messageCount).toBe(3);
    expect(await server.count('messages', hotelId)).toBe(3);
  });

  it('opens exactly one ticket when 20 clients send into the same conversation at once', async () => {
    const { api, hotelId } = await server.tenant();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, client) =>
        api.ingest([guest('busy-chat', `m${client}`, client), guest('busy-chat', 'shared', 100)]),
      ),
    );

    const ticketIds = new Set(responses.flatMap((r) => r.results.map((result) => result.ticketId)));
    expect(ticketIds.size).toBe(1);
    expect(await server.count('tickets', hotelId)).toBe(1);
    expect(await server.count('messages', hotelId)).toBe(21);
    const { tickets } = await api.list();
    expect(tickets[0]!.messageCount).toBe(21);
    expect(tickets[0]!.recordNumber).toBe('K-0001');
  });

  it('stores each message once when the same batch arrives from 10 clients at once', async () => {
    const { api, hotelId } = await server.tenant();
    const batch = [guest('c1', 'm1', 0), staff('c1', 'm2', 1), guest('c2', 'm1', 2)];
    const responses = await Promise.all(Array.from({ length: 10 }, () => api.ingest(batch)));

    const ids = new Set(responses.flatMap((r) => r.results.map((result) => result.messageId)));
    expect(ids.size).toBe(3);
    expect(responses.filter((r) => r.results.every((result) => !result.duplicate))).toHaveLength(1);
    expect(await server.count('messages', hotelId)).toBe(3);
    expect(await server.count('tickets', hotelId)).toBe(2);
  });

  it('numbers tickets opened by 20 parallel batches K-0001 to K-0020 without gaps or repeats', async () => {
    const { api } = await server.tenant();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, client) => api.ingest([guest(`guest-${client}`, 'hello', client)])),
    );

    const numbers = responses.map((r) => r.results[0]!.recordNumber).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `K-${String(i + 1).padStart(4, '0')}`));
  });

  it('processes a batch in sentAt order, whatever order it arrives in', async () => {
    const { api } = await server.tenant();
    const response = await api.ingest([staff('c1', 'reply', 5), guest('c1', 'question', 0)]);

    const ticket = response.tickets[0]!;
    expect(response.results[0]!.ticketId).toBe(ticket.id);
    expect(ticket.firstResponseAt).toBe(response.tickets[0]!.lastOutboundAt);
    expect(ticket.awaitingSince).toBeNull();
  });

  it('stores a staff message with no ticket to join without a ticket', async () => {
    const { api, hotelId } = await server.tenant();
    const response = await api.ingest([staff('broadcast', 'promo', 0)]);

    expect(response.results[0]).toMatchObject({ ticketId: null, recordNumber: null, duplicate: false });
    expect(response.tickets).toEqual([]);
    expect(await server.count('messages', hotelId)).toBe(1);
    expect(await server.count('tickets', hotelId)).toBe(0);
  });

  it('leaves a new ticket unassigned, whoever saw it first, and keeps the guest details', async () => {
    const { api, agentId, hotelId } = await server.tenant({ agentName: 'Mehmet' });
    const colleague = await server.colleague(hotelId, 'Elif');
    await api.ingest([
      guest('c1', 'm1', 0, {
        senderName: 'Anna Schmidt',
        senderHandle: '+49 151 0000000',
        conversationTitle: 'Anna Schmidt',
        conversationUrl: 'https://web.whatsapp.com/',
      }),
    ]);
    const later = await colleague.api.ingest([staff('c1', 'm2', 1, { senderName: 'Elif' })]);

    expect(later.tickets[0]).toMatchObject({
      ownerAgentId: null,
      guestName: 'Anna Schmidt',
      guestHandle: '+49 151 0000000',
      conversationTitle: 'Anna Schmidt',
      conversationUrl: 'https://web.whatsapp.com/',
    });
    const detail = await api.ticket(later.tickets[0]!.recordNumber);
    expect(detail.messages.map((m) => m.agentId)).toEqual([agentId, colleague.agentId]);
  });

  it('stores and returns markup in guest text verbatim, as text', async () => {
    const { api } = await server.tenant();
    const hostile = '<img src=x onerror=alert(1)><script>alert("x")</script>';
    const response = await api.ingest([guest('c1', 'm1', 0, { text: hostile, senderName: '<b>Eve</b>' })]);

    const detail = await api.ticket(response.results[0]!.recordNumber!);
    expect(detail.messages[0]!.text).toBe(hostile);
    expect(detail.messages[0]!.senderName).toBe('<b>Eve</b>');
    expect(detail.ticket.guestName).toBe('<b>Eve</b>');
  });

  it('stores a message with a NUL or half an emoji instead of failing its batch', async () => {
    const { api } = await server.tenant();
    const cutEmoji = 'Thanks \uD83D';
    const response = await api.ingest([
      guest('c1', 'm1', 0, { text: 'a\u0000b' }),
      guest('c1', 'm2', 1, { text: cutEmoji, senderName: cutEmoji }),
      guest('c1', 'm3', 2),
    ]);

    expect(response.results.map((r) => r.key)).toEqual([
      'whatsapp|c1|m1',
      'whatsapp|c1|m2',
      'whatsapp|c1|m3',
    ]);
    const detail = await api.ticket(response.results[0]!.recordNumber!);
    expect(detail.messages.map((m) => m.text)).toEqual(['a\uFFFDb', 'Thanks \uFFFD', 'Message m3']);
  });

  it('keeps conversations of different channels apart', async () => {
    const { api } = await server.tenant();
    const response = await api.ingest([
      message('same-id', 'm1', 0, { channel: 'whatsapp' }),
      message('same-id', 'm1', 0, { channel: 'instagram' }),
    ]);

    expect(response.tickets.map((t) => t.channel).sort()).toEqual(['instagram', 'whatsapp']);
    expect(response.results.map((r) => r.duplicate)).toEqual([false, false]);
  });
});
