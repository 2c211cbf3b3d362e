// One message, many reads: a read without the platform's id (a collapsed Gmail message, a JSON
// record, a preview) and a read with it are one message, stored and counted once, in either order.
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './support/databases.ts';
import { at, guest } from './support/messages.ts';

const mail = (id: string, minute: number, text: string, over = {}) =>
  guest('thread-f:1654009536642772396', id, minute, {
    channel: 'email',
    senderHandle: 'whitepeak@mail.ru',
    text,
    ...over,
  });
const BODY =
  'Письмо 01. Здравствуйте! Мы прилетаем 14 июня, нужен трансфер из аэропорта. С уважением, Александр';

describeOnEachDatabase('one message read twice', (server) => {
  it('stores a collapsed read and the expanded read of the same mail once, with one ticket count', async () => {
    const { api, hotelId } = await server.tenant();
    const collapsed = await api.ingest([mail('derived:0a1b2c3d4e5f60', 0, BODY.slice(0, 40) + '…')]);
    const expanded = await api.ingest([mail('msg-f:1654009536642772396', 0, BODY, { sentAt: at(0.5) })]);

    expect(expanded.results[0]).toMatchObject({
      duplicate: true,
      messageId: collapsed.results[0]!.messageId,
    });
    expect(expanded.results[0]!.recordNumber).toBe(collapsed.results[0]!.recordNumber);
    expect(await server.count('messages', hotelId)).toBe(1);
    const detail = await api.ticket(collapsed.results[0]!.recordNumber!);
    expect(detail.ticket.messageCount).toBe(1);
    // The second read's own retries are answered from its recorded key.
    const retry = await api.ingest([mail('msg-f:1654009536642772396', 0, BODY, { sentAt: at(0.5) })]);
    expect(retry.results[0]).toMatchObject({ duplicate: true, messageId: collapsed.results[0]!.messageId });
  });

  it('keeps the read with the platform id when both reads arrive in one batch', async () => {
    const { api, hotelId } = await server.tenant();
    const response = await api.ingest([
      mail('derived:0a1b2c3d4e5f60', 0, BODY.slice(0, 40) + '…'),
      mail('msg-f:1654009536642772396', 0, BODY),
    ]);
    expect(response.results[0]!.messageId).toBe(response.results[1]!.messageId);
    expect(await server.count('messages', hotelId)).toBe(1);
    const detail = await api.ticket(response.results[0]!.recordNumber!);
    expect(detail.messages.map((m) => [m.platformMessageId, m.text])).toEqual([
      ['msg-f:1654009536642772396', BODY],
    ]);
  });

  it('keeps two messages that only look alike: two platform ids, another sender, another minute, other text', async () => {
    const { api, hotelId } = await server.tenant();
    await api.ingest([
      mail('msg-f:1', 0, BODY),
      mail('msg-f:2', 0, BODY),
      mail('derived:aa', 0, BODY, { senderHandle: 'someone.else@mail.ru' }),
      mail('derived:bb', 5, BODY),
      mail('derived:cc', 0, 'Письмо 02. Другое письмо, совсем другой текст'),
      mail('derived:dd', 0, 'Ok'),
      mail('derived:ee', 0, 'Ok thanks'),
    ]);
    // msg-f:1 and msg-f:2 are two mails; the derived reads each differ from them in something.
    expect(await server.count('messages', hotelId)).toBe(7);
  });

  it('stores the kind of a message without text', async () => {
    const { api } = await server.tenant();
    const response = await api.ingest([guest('photo-chat', 'p1', 0, { kind: 'photo', text: '[Photo]' })]);
    const detail = await api.ticket(response.results[0]!.recordNumber!);
    expect(detail.messages[0]).toMatchObject({ kind: 'photo', text: '[Photo]' });
  });
});
