import { expect, it } from 'vitest';
import { DEFAULT_SLA_POLICY } from '../../shared/sla-policy.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { guest, staff } from './support/messages.ts';
import { workflow } from './support/workflow-client.ts';

describeOnEachDatabase('compensation and hotel settings (issue 8)', (server) => {
  it('offers a compensation within the role limit at once and waits for a supervisor above it', async () => {
    const { api, hotelId } = await server.tenant({ role: 'owner' });
    const supervisor = await server.colleague(hotelId, 'Sevgi', 'supervisor');
    const coordinator = await server.colleague(hotelId, 'Derya', 'coordinator');
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0), staff('c1', 'm2', 1)])).tickets[0]!;
    const w = workflow(api);

    expect((await w.compensate(recordNumber, { amount: 40, kind: 'discount' })).compensation).toMatchObject({
      amount: 40,
      currency: 'EUR',
      status: 'approved',
    });
    const waiting = await w.compensate(recordNumber, {
      amount: 120.5,
      kind: 'refund',
      note: 'Two nights of noise',
    });
    expect(waiting.compensation).toMatchObject({
      amount: 120.5,
      status: 'pending_approval',
      decidedBy: null,
    });

    // Pending approval blocks the close, named with the rest.
    await api.ingest([staff('c1', 'm3', 5, { templateKind: 'closing' })]);
    const refused = await w.patchRaw(recordNumber, { status: 'closed', rootCause: 'no-fault-request' });
    expect(refused.body.issues!.map((i) => i.path)).toEqual(['compensation_approval']);

    expect((await workflow(coordinator.api).decideRaw(recordNumber, true)).status).toBe(403);
    const approved = await workflow(supervisor.api).decide(recordNumber, true);
    expect(approved.compensation).toMatchObject({ status: 'approved', decidedBy: supervisor.agentId });
    expect((await workflow(supervisor.api).decideRaw(recordNumber, true)).status).toBe(409);
    const { history } = await w.detail(recordNumber);
    expect(history!.filter((h) => h.field === 'compensation').map((h) => h.to)).toEqual([
      '40 EUR discount (approved)',
      '120.5 EUR refund (pending_approval)',
      '120.5 EUR refund (approved)',
    ]);
  });

  it('lets coordinators change settings section by section, Zod-checked and recorded with who and when', async () => {
    const { api, hotelId } = await server.tenant();
    const coordinator = await server.colleague(hotelId, 'Derya', 'coordinator');
    const c = workflow(coordinator.api);
    const before = await workflow(api).settings();
    expect(before).toMatchObject({ updatedAt: null, updatedBy: null });
    expect(before.settings.rootCauses.length).toBeGreaterThan(5);

    expect(
      (await workflow(api).patchSettingsRaw({ compensation: before.settings.compensation })).status,
    ).toBe(403);
    const bad = await c.patchSettingsRaw({ compensation: { currency: 'euro', limits: {} } });
    expect(bad.status).toBe(400);
    expect((await c.settings()).settings.compensation).toEqual(before.settings.compensation);

    const sla = { ...DEFAULT_SLA_POLICY, targets: [{ firstResponseMinutes: 3 }] };
    const changed = await c.patchSettings({
      sla,
      compensation: {
        currency: 'TRY',
        limits: { frontline: 500, owner: 2000, coordinator: 5000, supervisor: null },
      },
      rootCauses: [{ id: 'spa-late', department: 'spa', cause: 'Spa appointment late', active: true }],
      escalation: { default: [{ afterTargetShare: 1, notify: 'team_lead' }], channels: {} },
    });
    expect(changed).toMatchObject({ updatedBy: 'Derya', settings: { compensation: { currency: 'TRY' } } });
    expect((await api.ingest([guest('c1', 'm1', 0)])).tickets[0]!.sla.targetMinutes).toBe(3);
    const { changes } = await c.settingsChanges();
    expect(changes).toEqual([
      expect.objectContaining({
        agentName: 'Derya',
        sections: ['sla', 'escalation', 'compensation', 'rootCauses'],
        before: expect.objectContaining({ compensation: before.settings.compensation }),
      }),
    ]);
    expect((await api.raw('GET', '/v1/root-causes')).json).toEqual({
      rootCauses: [{ id: 'spa-late', department: 'spa', cause: 'Spa appointment late', active: true }],
    });
  });
});
