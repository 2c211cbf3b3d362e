import { expect, it } from 'vitest';
import { renderTemplate } from '../../shared/templates/render-template.ts';
import { STARTER_LIBRARY } from '../../shared/templates/starter-library.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { guest, staff } from './support/messages.ts';

function closingText(templateId: string): string {
  const template = STARTER_LIBRARY.find((t) => t.id === templateId)!;
  return renderTemplate(template, {
    guest_name: 'Anna',
    record_number: 'K-0001',
    solution_summary: 'The air conditioning in your room was repaired this morning',
    agent_name: 'Selin',
    hotel_name: 'Belek Resort',
  }).text;
}

describeOnEachDatabase('CSAT after the closing message', (server) => {
  it('records the guest’s 1-5 answer to the closing question on the ticket', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0, { text: 'The AC is broken' })]))
      .tickets[0]!;
    await api.ingest([staff('c1', 'm2', 30, { text: closingText('en-closing') })]);
    await api.setStatus(recordNumber, 'resolved');
    const answer = await api.ingest([guest('c1', 'm3', 45, { text: '5' })]);

    const ticket = answer.tickets[0]!;
    expect(ticket.recordNumber).toBe(recordNumber);
    expect(ticket.status).toBe('resolved');
    expect(ticket.csat).toEqual({
      score: 5,
      messageId: answer.results[0]!.messageId,
      answeredAt: ticket.lastInboundAt,
    });
    const { messages } = await api.ticket(recordNumber);
    expect(messages.map((m) => [m.platformMessageId, m.asksCsat, m.csatScore])).toEqual([
      ['m1', false, null],
      ['m2', true, null],
      ['m3', false, 5],
    ]);
  });

  it('takes the answer on a closed ticket without opening a new one', async () => {
    const { api, hotelId } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0)])).tickets[0]!;
    await api.ingest([staff('c1', 'm2', 10, { text: closingText('tr-closing') })]);
    await api.update(recordNumber, { status: 'closed', rootCause: 'no-fault-information' });
    const answer = await api.ingest([guest('c1', 'm3', 20, { text: '4/5' })]);

    expect(answer.results[0]!.recordNumber).toBe(recordNumber);
    expect(answer.tickets[0]).toMatchObject({ status: 'closed', csat: { score: 4 } });
    expect(await server.count('tickets', hotelId)).toBe(1);
  });

  it('does not make the hotel owe a reply to a rating', async () => {
    const { api } = await server.tenant();
    await api.ingest([guest('c1', 'm1', 0), staff('c1', 'm2', 10, { text: closingText('en-closing') })]);
    const rated = (await api.ingest([guest('c1', 'm3', 12, { text: '⭐⭐⭐⭐⭐' })])).tickets[0]!;

    // The closing message resolved it; without a root cause the rating cannot close it (issue 8).
    expect(rated).toMatchObject({ status: 'resolved', awaitingSince: null, csat: { score: 5 } });
  });

  it('treats a number as an ordinary message when no closing question was asked or it is no rating', async () => {
    const { api, hotelId } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0)])).tickets[0]!;
    await api.ingest([staff('c1', 'm2', 5, { text: 'Done, the room is ready.' })]);
    await api.setStatus(recordNumber, 'resolved');
    const plain = (await api.ingest([guest('c1', 'm3', 10, { text: '5' })])).tickets[0]!;
    expect(plain).toMatchObject({ status: 'open', csat: null, awaitingSince: expect.any(String) });

    await api.ingest([staff('c1', 'm4', 20, { text: closingText('en-closing') })]);
    await api.update(recordNumber, { status: 'closed', rootCause: 'no-fault-information' });
    const story = await api.ingest([
      guest('c1', 'm5', 30, { text: 'We stayed 5 nights and the AC broke again' }),
    ]);
    expect(story.results[0]!.recordNumber).not.toBe(recordNumber);
    expect(await server.count('tickets', hotelId)).toBe(2);
    expect((await api.ticket(recordNumber)).ticket.csat).toBeNull();
  });

  it('recognises the closing question of the hotel’s own template', async () => {
    const { api } = await server.tenant({ role: 'coordinator' });
    await api.createTemplate({
      id: 'en-short-closing',
      kind: 'closing',
      title: 'Short closing',
      language: 'en',
      body: 'All sorted, {{guest_name}}! On a scale of 1 to 5, how did we do today? Reply with a number.',
    });
    await api.ingest([guest('c1', 'm1', 0)]);
    await api.ingest([
      staff('c1', 'm2', 5, {
        text: 'All sorted, Anna!  On a scale of 1 to 5, how did we do today?\nReply with a number.',
      }),
    ]);
    const rated = (await api.ingest([guest('c1', 'm3', 7, { text: 'four' })])).tickets[0]!;

    expect(rated.csat?.score).toBe(4);
  });

  it('trusts the extension’s tag on a closing template it inserted, whatever the agent changed', async () => {
    const { api } = await server.tenant();
    await api.ingest([guest('c1', 'm1', 0)]);
    await api.ingest([
      staff('c1', 'm2', 5, {
        text: 'Fixed! How happy are you with our help, 1 to 5?',
        templateId: 'en-closing',
        templateKind: 'closing',
      }),
      staff('c1', 'm3', 6, {
        text: 'Here is the menu.',
        templateId: 'en-acknowledgement',
        templateKind: 'acknowledgement',
      }),
    ]);
    const rated = (await api.ingest([guest('c1', 'm4', 8, { text: '3' })])).tickets[0]!;

    expect(rated.csat?.score).toBe(3);
    const { messages } = await api.ticket(rated.recordNumber);
    expect(messages.map((m) => m.asksCsat)).toEqual([false, true, false, false]);
  });
});
