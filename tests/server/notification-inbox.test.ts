import { expect, it } from 'vitest';
import { InboxResponse } from '../../shared/api-contract.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { guest } from './support/messages.ts';
import type { ApiClient } from './support/api-client.ts';
import { workflow } from './support/workflow-client.ts';

const MINUTE_MS = 60_000;
/** The escalation ladder runs on real time, as in notifications.test.ts. */
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * MINUTE_MS).toISOString();
const inboxOf = async (api: ApiClient) =>
  InboxResponse.parse((await api.raw('GET', '/v1/notifications/inbox')).json);

describeOnEachDatabase(
  'notification inbox: one entry per ticket for the people concerned (issue 8)',
  (server) => {
    it('tells the team lead and the supervisor, one entry per ticket each, until acknowledged', async () => {
      const frontline = await server.tenant();
      const lead = await server.colleague(frontline.hotelId, 'Lale');
      const supervisor = await server.colleague(frontline.hotelId, 'Sevgi', 'supervisor');
      const coordinator = await server.colleague(frontline.hotelId, 'Derya', 'coordinator');
      const sentAt = minutesAgo(35);
      const ticket = (await frontline.api.ingest([guest('c1', 'm1', 0, { sentAt, capturedAt: sentAt })]))
        .tickets[0]!;
      await workflow(coordinator.api).putTeam(ticket.team!, {
        name: 'Their team',
        members: [{ agentId: lead.agentId, lead: true }],
      });

      const forLead = await inboxOf(lead.api);
      expect(forLead.entries).toEqual([
        expect.objectContaining({
          recordNumber: ticket.recordNumber,
          count: 1,
          latest: expect.objectContaining({ notify: 'team_lead' }),
        }),
      ]);
      expect((await inboxOf(supervisor.api)).entries.map((e) => [e.recordNumber, e.latest.notify])).toEqual([
        [ticket.recordNumber, 'supervisor'],
      ]);
      expect((await inboxOf(frontline.api)).entries).toEqual([]);

      const ack = await lead.api.raw('POST', `/v1/notifications/inbox/${ticket.id}/acknowledge`);
      expect(ack.status).toBe(204);
      expect((await inboxOf(lead.api)).entries).toEqual([]);
      // Acknowledging is the lead's own: the supervisor still sees the entry.
      expect((await inboxOf(supervisor.api)).entries).toHaveLength(1);
      const unknown = await lead.api.raw(
        'POST',
        '/v1/notifications/inbox/00000000-0000-4000-8000-000000000000/acknowledge',
      );
      expect(unknown.status).toBe(404);
    });

    it('escalates each channel relative to its own target once a coordinator sets the ladders', async () => {
      const { api, hotelId } = await server.tenant();
      const coordinator = await server.colleague(hotelId, 'Derya', 'coordinator');
      await workflow(coordinator.api).patchSettings({
        escalation: {
          default: [
            { afterTargetShare: 1, notify: 'team_lead' },
            { afterTargetShare: 2, notify: 'supervisor' },
          ],
          channels: {},
        },
      });
      const sentAt = minutesAgo(20);
      const { tickets } = await api.ingest([
        guest('w1', 'm1', 0, { sentAt, capturedAt: sentAt, text: 'Is the pool open?' }),
        guest('e1', 'm1', 0, { channel: 'email', sentAt, capturedAt: sentAt, text: 'Is the pool open?' }),
      ]);
      const byChannel = Object.fromEntries(tickets.map((t) => [t.channel, t]));
      // WhatsApp's 10-15 minute target is gone: its team lead hears. E-mail has hours left: nobody yet.
      expect(byChannel.whatsapp!.escalationLevel).toBe(1);
      expect(byChannel.email!.escalationLevel).toBe(0);
      const { notifications } = await api.notifications();
      expect(notifications.map((n) => [n.recordNumber, n.notify])).toEqual([
        [byChannel.whatsapp!.recordNumber, 'team_lead'],
      ]);
    });
  },
);
