import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './support/databases.ts';
import { at, guest, staff } from './support/messages.ts';
import { workflow } from './support/workflow-client.ts';

const closing = (conversation: string, id: string, minute: number) =>
  staff(conversation, id, minute, { text: 'All fixed. How was it, 1 to 5?', templateKind: 'closing' });

describeOnEachDatabase('closing a ticket (issue 8)', (server) => {
  it('refuses a close that lacks anything with a 409 naming every missing part, and changes nothing', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0, { text: 'Where is the spa?' })]))
      .tickets[0]!;
    const w = workflow(api);

    const refused = await w.patchRaw(recordNumber, { status: 'closed', rootCause: 'no-fault-information' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('close_requirements_missing');
    expect(refused.body.issues!.map((i) => i.path)).toEqual(['closing_message', 'reply']);
    expect(refused.body.message).toContain(recordNumber);
    const after = await w.detail(recordNumber);
    // The root cause sent with the refused close was not kept either.
    expect(after.ticket).toMatchObject({ status: 'open', rootCause: null, closedAt: null });
    expect(after.closeMissing).toEqual(['closing_message', 'reply', 'root_cause']);
    expect(after.history).toEqual([]);
  });

  it('closes with the closing message sent and a root cause, and records who did it', async () => {
    const { api, agentId } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0, { text: 'Where is the spa?' })]))
      .tickets[0]!;
    await api.ingest([staff('c1', 'm2', 3, { text: 'Floor -1.' })]);
    const w = workflow(api);
    expect(
      (await w.patchRaw(recordNumber, { status: 'closed', rootCause: 'no-fault-information' })).body.issues,
    ).toEqual([expect.objectContaining({ path: 'closing_message' })]);

    await api.ingest([closing('c1', 'm3', 5)]);
    const closed = await w.update(recordNumber, { status: 'closed', rootCause: 'no-fault-information' });
    expect(closed).toMatchObject({ status: 'closed', rootCause: 'no-fault-information', closeReason: null });
    expect(closed.closedAt).not.toBeNull();
    const { history } = await w.detail(recordNumber);
    expect(history!.map((h) => [h.field, h.from, h.to, h.agentId])).toEqual(
      expect.arrayContaining([
        ['root_cause', null, 'no-fault-information', agentId],
        ['status', expect.any(String), 'closed', agentId],
      ]),
    );
  });

  it('refuses a root cause that is not in the hotel list with a 400', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0)])).tickets[0]!;
    const refused = await workflow(api).patchRaw(recordNumber, { rootCause: 'made-up' });
    expect(refused.status).toBe(400);
    expect(refused.body.issues).toEqual([expect.objectContaining({ path: 'rootCause' })]);
  });

  it('needs the incident, impact and expected fix of a complaint', async () => {
    const { api } = await server.tenant();
    const text = 'The air conditioning in our room is broken and we could not sleep, this is unacceptable.';
    const { recordNumber, topic } = (await api.ingest([guest('c1', 'm1', 0, { text })])).tickets[0]!;
    expect(topic).toBe('complaint');
    await api.ingest([closing('c1', 'm2', 30)]);
    const w = workflow(api);

    const refused = await w.patchRaw(recordNumber, {
      status: 'closed',
      rootCause: 'ts-equipment-fault',
      complaint: { incident: 'AC broken in 412' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.issues!.map((i) => i.path)).toEqual(['impact', 'expected_fix']);
    expect((await w.detail(recordNumber)).ticket.complaint).toBeNull();

    const closed = await w.update(recordNumber, {
      status: 'closed',
      rootCause: 'ts-equipment-fault',
      complaint: {
        incident: 'AC broken in 412',
        impact: 'A sleepless night',
        expectedFix: 'Unit replaced by 14:00',
      },
    });
    expect(closed).toMatchObject({
      status: 'closed',
      complaint: {
        incident: 'AC broken in 412',
        impact: 'A sleepless night',
        expectedFix: 'Unit replaced by 14:00',
      },
    });
  });

  it('lets only coordinators close without a closing message, with a reason', async () => {
    const { api, hotelId } = await server.tenant();
    const coordinator = await server.colleague(hotelId, 'Derya', 'coordinator');
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0, { text: 'WIN A FREE IPHONE' })]))
      .tickets[0]!;

    const frontline = await workflow(api).patchRaw(recordNumber, { status: 'closed', closeReason: 'spam' });
    expect(frontline.status).toBe(403);
    const misplaced = await workflow(coordinator.api).patchRaw(recordNumber, {
      status: 'open',
      closeReason: 'spam',
    });
    expect(misplaced.status).toBe(400);

    const closed = await workflow(coordinator.api).update(recordNumber, {
      status: 'closed',
      closeReason: 'spam',
    });
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'spam', rootCause: null });
  });

  it('refuses waiting for the guest or resolving before a reply, and allows it after one', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0)])).tickets[0]!;
    const w = workflow(api);
    for (const status of ['pending_guest', 'resolved'] as const) {
      const refused = await w.patchRaw(recordNumber, { status });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ error: 'reply_required', issues: [{ path: 'reply' }] });
    }
    const { ticket } = await w.detail(recordNumber);
    expect(ticket).toMatchObject({ status: 'open', sla: { kind: 'first_response', pausedAt: null } });

    await api.ingest([staff('c1', 'm2', 2)]);
    expect((await w.update(recordNumber, { status: 'pending_guest' })).status).toBe('pending_guest');
    await api.ingest([guest('c1', 'm3', 10, { text: 'And the parking?' })]);
    // The guest wrote again: waiting is refused until that message is answered too.
    expect((await w.patchRaw(recordNumber, { status: 'pending_guest' })).status).toBe(409);
  });

  it('counts a reopen when the guest writes to a resolved ticket or an agent reopens it', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0), staff('c1', 'm2', 1)])).tickets[0]!;
    const w = workflow(api);
    await w.update(recordNumber, { status: 'resolved' });
    const reopened = (await api.ingest([guest('c1', 'm3', 5, { text: 'It is broken again.' })])).tickets[0]!;
    expect(reopened).toMatchObject({ status: 'open', reopenCount: 1 });

    await api.ingest([staff('c1', 'm4', 6)]);
    await w.update(recordNumber, { status: 'resolved' });
    expect(await w.update(recordNumber, { status: 'open' })).toMatchObject({
      status: 'open',
      reopenCount: 2,
    });
  });

  it('starts no clock for a thank-you or a message marked "no reply needed", and reopens nothing', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0), staff('c1', 'm2', 1)])).tickets[0]!;
    const w = workflow(api);
    await w.update(recordNumber, { status: 'resolved' });

    const thanked = (await api.ingest([guest('c1', 'm3', 5, { text: 'Perfect, thank you!' })])).tickets[0]!;
    expect(thanked).toMatchObject({ status: 'resolved', awaitingSince: null, reopenCount: 0 });

    await w.update(recordNumber, { status: 'open' });
    const emoji = (await api.ingest([guest('c1', 'm4', 8, { text: 'Is the pool heated?' })])).tickets[0]!;
    expect(emoji.awaitingSince).toBe(at(8));
    const { messages } = await w.detail(recordNumber);
    const question = messages.find((m) => m.platformMessageId === 'm4')!;
    expect(question.replyOwed).toBe(true);
    const marked = await w.noReplyNeeded(question.id);
    expect(marked).toMatchObject({ awaitingSince: null });
    const detail = await w.detail(recordNumber);
    expect(detail.messages.find((m) => m.id === question.id)).toMatchObject({ replyOwed: false });
    expect(detail.history!.map((h) => h.field)).toContain('no_reply_needed');
  });

  it('resolves on the closing message and closes on the guest’s rating once nothing is missing', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0, { text: 'Is breakfast included?' })]))
      .tickets[0]!;
    const w = workflow(api);
    await w.update(recordNumber, { rootCause: 'no-fault-information' });
    const resolved = (await api.ingest([closing('c1', 'm2', 4)])).tickets[0]!;
    expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: at(4) });

    const rated = (await api.ingest([guest('c1', 'm3', 9, { text: '4' })])).tickets[0]!;
    expect(rated).toMatchObject({ status: 'closed', closedAt: at(9), csat: { score: 4 } });
    const history = (await w.history(recordNumber)).entries.filter((h) => h.field === 'status');
    expect(history.map((h) => [h.from, h.to, h.agentId])).toEqual([
      ['open', 'resolved', null],
      ['resolved', 'closed', null],
    ]);
  });

  it('keeps a rated ticket resolved until the root cause is written, then closes it on that', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0, { text: 'Is breakfast included?' })]))
      .tickets[0]!;
    await api.ingest([closing('c1', 'm2', 4), guest('c1', 'm3', 9, { text: '4' })]);
    const w = workflow(api);
    expect((await w.detail(recordNumber)).ticket).toMatchObject({ status: 'resolved', csat: { score: 4 } });
    expect((await w.detail(recordNumber)).closeMissing).toEqual(['root_cause']);
    expect(await w.update(recordNumber, { rootCause: 'no-fault-information' })).toMatchObject({
      status: 'closed',
    });
  });

  it('counts closes with a closing message, closes by reason apart, messages owing no reply and root causes', async () => {
    const { api, hotelId } = await server.tenant({ role: 'coordinator' });
    const w = workflow(api);
    const first = (await api.ingest([guest('c1', 'm1', 0, { text: 'Is breakfast included?' })])).tickets[0]!;
    await api.ingest([closing('c1', 'm2', 3)]);
    await w.update(first.recordNumber, { status: 'closed', rootCause: 'no-fault-information' });
    const spam = (await api.ingest([guest('c2', 'm1', 5, { text: 'Cheap watches here' })])).tickets[0]!;
    await w.update(spam.recordNumber, { status: 'closed', closeReason: 'spam' });
    await api.ingest([guest('c3', 'm1', 6, { text: 'Do you have a gym?' }), staff('c3', 'm2', 7)]);
    await api.ingest([
      guest('c3', 'm3', 8, { text: 'Perfect, thank you!' }),
      guest('c3', 'm4', 9, { text: 'ok' }),
    ]);
    const third = (await api.list({ conversationId: 'c3' })).tickets[0]!;
    const ok = (await w.detail(third.recordNumber)).messages.find((m) => m.platformMessageId === 'm4')!;
    if (ok.replyOwed) await w.noReplyNeeded(ok.id);

    const report = await api.report('2026-07-01', '2026-07-01');
    expect(report.closures).toEqual({
      withClosingMessage: 1,
      byReason: { duplicate: 0, spam: 1, guest_unreachable: 0 },
    });
    expect(report.rootCauses).toEqual([{ rootCause: 'no-fault-information', tickets: 1 }]);
    expect(report.noReplyNeeded!.automatic + report.noReplyNeeded!.marked).toBe(2);
    expect(report.noReplyNeeded!.automatic).toBeGreaterThanOrEqual(1);
    expect(await server.count('tickets', hotelId)).toBe(3);
  });
});
