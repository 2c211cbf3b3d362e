import { expect, it, vi, afterEach } from 'vitest';
import { describeOnEachDatabase } from './support/databases.ts';
import { at, guest, staff } from './support/messages.ts';
import { workflow } from './support/workflow-client.ts';

afterEach(() => vi.useRealTimers());

describeOnEachDatabase('owners, teams, queues and notes (issue 8)', (server) => {
  it('opens tickets with no owner, in their team; claiming takes one, a second claim is refused', async () => {
    const ayse = await server.tenant({ agentName: 'Ayşe' });
    const mehmet = await server.colleague(ayse.hotelId, 'Mehmet');
    const opened = (await ayse.api.ingest([guest('c1', 'm1', 0, { text: 'Can I change my booking dates?' })]))
      .tickets[0]!;
    expect(opened).toMatchObject({ ownerAgentId: null, ownerName: null, team: 'reservations' });

    const claimed = await workflow(mehmet.api).claim(opened.recordNumber);
    expect(claimed).toMatchObject({ ownerAgentId: mehmet.agentId, ownerName: 'Mehmet' });
    expect(BigInt(claimed.changeSeq)).toBeGreaterThan(BigInt(opened.changeSeq));
    const refused = await workflow(ayse.api).claimRaw(opened.recordNumber);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('Mehmet');
  });

  it('lets the owner hand a ticket on only with a note, kept as an internal note and in the history', async () => {
    const ayse = await server.tenant({ agentName: 'Ayşe' });
    const mehmet = await server.colleague(ayse.hotelId, 'Mehmet');
    const other = await server.colleague(ayse.hotelId, 'Can');
    const { recordNumber, team } = (await ayse.api.ingest([guest('c1', 'm1', 0)])).tickets[0]!;
    await workflow(ayse.api).claim(recordNumber);

    expect((await workflow(other.api).assignRaw(recordNumber, { agentId: other.agentId })).status).toBe(403);
    const noNote = await workflow(ayse.api).assignRaw(recordNumber, { agentId: mehmet.agentId });
    expect(noNote).toMatchObject({ status: 400, body: { issues: [{ path: 'note' }] } });

    const handed = await workflow(ayse.api).assign(recordNumber, {
      agentId: mehmet.agentId,
      team: 'technical_service',
      note: 'Guest in 412 waits for the AC technician.',
    });
    expect(handed).toMatchObject({ ownerName: 'Mehmet', team: 'technical_service' });
    const detail = await workflow(mehmet.api).detail(recordNumber);
    expect(detail.notes).toEqual([
      expect.objectContaining({ agentName: 'Ayşe', text: 'Guest in 412 waits for the AC technician.' }),
    ]);
    expect(detail.history!.map((h) => [h.field, h.from, h.to, h.agentName])).toEqual([
      ['owner', null, 'Ayşe', 'Ayşe'],
      ['note', null, null, 'Ayşe'],
      ['owner', 'Ayşe', 'Mehmet', 'Ayşe'],
      ['team', team, 'technical_service', 'Ayşe'],
    ]);
  });

  it('lets a team lead and coordinators reassign; refuses unknown agents and teams', async () => {
    const ayse = await server.tenant({ agentName: 'Ayşe' });
    const lead = await server.colleague(ayse.hotelId, 'Lale');
    const coordinator = await server.colleague(ayse.hotelId, 'Derya', 'coordinator');
    const { recordNumber, team } = (await ayse.api.ingest([guest('c1', 'm1', 0)])).tickets[0]!;
    await workflow(ayse.api).claim(recordNumber);
    await workflow(coordinator.api).putTeam(team!, {
      name: 'Front office',
      members: [{ agentId: lead.agentId, lead: true }],
    });

    const taken = await workflow(lead.api).claim(recordNumber);
    expect(taken.ownerName).toBe('Lale');
    const back = await workflow(coordinator.api).assign(recordNumber, {
      agentId: null,
      note: 'Back to the team.',
    });
    expect(back.ownerAgentId).toBeNull();
    const stranger = '00000000-0000-4000-8000-000000000000';
    expect((await workflow(coordinator.api).assignRaw(recordNumber, { agentId: stranger })).status).toBe(400);
    expect(
      (await workflow(coordinator.api).assignRaw(recordNumber, { agentId: null, team: 'spa' })).status,
    ).toBe(400);
    // A hotel's own team exists once a coordinator adds it.
    await workflow(coordinator.api).putTeam('spa', { name: 'Spa', members: [] });
    expect((await workflow(coordinator.api).assign(recordNumber, { agentId: null, team: 'spa' })).team).toBe(
      'spa',
    );
    expect(
      await workflow(ayse.api)
        .putTeam('spa', { name: 'Spa', members: [] })
        .catch((e: Error) => e.message),
    ).toContain('403');
  });

  it('lists mine, my team and unassigned most urgent first, and all only for coordinators', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(at(20)));
    const ayse = await server.tenant({ agentName: 'Ayşe' });
    const mehmet = await server.colleague(ayse.hotelId, 'Mehmet');
    const coordinator = await server.colleague(ayse.hotelId, 'Derya', 'coordinator');
    // WhatsApp in-stay normal: 10-15 min first response. c1 breached at 20, c2 due soon, c3 on track.
    await ayse.api.ingest([
      guest('c3', 'm3', 18, { text: 'Is the gym open?' }),
      guest('c1', 'm1', 0, { text: 'Is the gym open?' }),
      guest('c2', 'm2', 8, { text: 'Is the gym open?' }),
      guest('c4', 'm4', 1, { text: 'Is the gym open?' }),
      staff('c4', 's4', 2),
    ]);
    await workflow(coordinator.api).putTeam(
      (await ayse.api.list({ conversationId: 'c1' })).tickets[0]!.team!,
      {
        name: 'Front office',
        members: [
          { agentId: ayse.agentId, lead: false },
          { agentId: mehmet.agentId, lead: false },
        ],
      },
    );
    const record = async (conversation: string) =>
      (await ayse.api.list({ conversationId: conversation })).tickets[0]!.recordNumber;
    await workflow(ayse.api).claim(await record('c2'));

    const unassigned = await workflow(mehmet.api).queue('unassigned');
    expect(unassigned.tickets.map((t) => t.conversationId)).toEqual(['c1', 'c3', 'c4']);
    expect((await workflow(ayse.api).queue('mine')).tickets.map((t) => t.conversationId)).toEqual(['c2']);
    expect((await workflow(mehmet.api).queue('mine')).tickets).toEqual([]);
    expect((await workflow(mehmet.api).queue('team')).tickets.map((t) => t.conversationId)).toEqual([
      'c1',
      'c2',
      'c3',
      'c4',
    ]);
    expect((await workflow(mehmet.api).queueRaw('all')).status).toBe(403);
    expect((await workflow(coordinator.api).queue('all')).tickets).toHaveLength(4);
    expect((await workflow(mehmet.api).queueRaw('everything')).status).toBe(400);
  });
});
