import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './support/databases.ts';
import { at } from './support/messages.ts';
import { slaStatus } from '../../shared/sla-clock.ts';

const CALL = {
  guestName: 'Mehmet Yılmaz',
  guestPhone: '0532 123 45 67',
  text: 'Arayan misafir transfer saatini sordu, uçağı 14:30’da iniyor.',
};

describeOnEachDatabase('phone calls logged by hand', (server) => {
  it('opens a phone ticket with a record number at once', async () => {
    const { api } = await server.tenant();
    const response = await api.raw('POST', '/v1/tickets', { body: { ...CALL, calledAt: at(0) } });
    expect(response.status).toBe(201);
    const { ticket, duplicate } = await api.logCall({
      ...CALL,
      guestName: 'Second caller',
      guestPhone: '+49 30 1234567',
    });

    expect(duplicate).toBe(false);
    expect(ticket).toMatchObject({ recordNumber: 'K-0002', channel: 'phone', guestName: 'Second caller' });
    const first = (await api.ticket('K-0001')).ticket;
    expect(first).toMatchObject({
      channel: 'phone',
      conversationId: 'tel:+905321234567',
      guestName: 'Mehmet Yılmaz',
      guestHandle: '+905321234567',
      status: 'open',
      topic: 'special_request',
      language: 'tr',
    });
  });

  it('counts the pre-confirmation given on the call as the first response', async () => {
    const { api } = await server.tenant();
    const { ticket } = await api.logCall({
      ...CALL,
      calledAt: at(0),
      reply: 'Transfer 15:00’te, kayıt numaranız verildi.',
    });

    expect(ticket).toMatchObject({ firstResponseAt: at(0), awaitingSince: null, messageCount: 2 });
    const { messages } = await api.ticket(ticket.recordNumber);
    expect(messages.map((m) => m.direction)).toEqual(['inbound', 'outbound']);
  });

  it('counts a call logged without what the guest was told as answered on the call', async () => {
    const { api } = await server.tenant();
    const { ticket } = await api.logCall({ ...CALL, calledAt: at(0) });

    // Picking up was the first response: nothing waits, and no clock breaches minutes later.
    expect(ticket).toMatchObject({ firstResponseAt: at(0), awaitingSince: null, messageCount: 2 });
    expect(ticket.clocks?.firstResponse.metAt).toBe(at(0));
    expect(slaStatus(ticket.clocks!.firstResponse, new Date(at(60 * 24))).state).toBe('met');
    const { messages } = await api.ticket(ticket.recordNumber);
    expect(messages.map((m) => [m.direction, m.text])).toEqual([
      ['inbound', CALL.text],
      ['outbound', '[Answered on the call]'],
    ]);
  });

  it('logs a call sent twice with the same callId once', async () => {
    const { api, hotelId } = await server.tenant();
    const first = await api.logCall({ ...CALL, callId: 'side-panel-7f3a' });
    const again = await api.raw('POST', '/v1/tickets', { body: { ...CALL, callId: 'side-panel-7f3a' } });

    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ duplicate: true, messageId: first.messageId });
    // The guest's words and the answer on the call, each once.
    expect(await server.count('messages', hotelId)).toBe(2);
  });

  it('rejects a call with missing or bad details, naming the field, and stores nothing', async () => {
    const { api, hotelId } = await server.tenant();
    const cases: [object, string][] = [
      [{ ...CALL, guestName: '' }, 'guestName'],
      [{ guestPhone: CALL.guestPhone, text: CALL.text }, 'guestName'],
      [{ ...CALL, text: '   ' }, 'text'],
      [{ ...CALL, guestPhone: 'call me maybe' }, 'guestPhone'],
      [{ ...CALL, guestPhone: '0532 12' }, 'guestPhone'],
      [{ ...CALL, channel: 'whatsapp' }, 'channel'],
      [{ ...CALL, direction: 'outbound' }, 'direction'],
      [{ ...CALL, calledAt: new Date(Date.now() + 86_400_000).toISOString() }, 'calledAt'],
      [{ ...CALL, calledAt: 'this morning' }, 'calledAt'],
      [{ ...CALL, agentNote: 'x' }, '(root)'],
    ];
    for (const [body, path] of cases) {
      const rejected = await api.error(api.raw('POST', '/v1/tickets', { body }));
      expect(rejected.status, path).toBe(400);
      expect(
        rejected.body.issues?.map((i) => i.path),
        path,
      ).toContain(path);
    }
    expect(await server.count('messages', hotelId)).toBe(0);
    expect(await server.count('tickets', hotelId)).toBe(0);
  });
});
