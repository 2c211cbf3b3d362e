// Notifications: written with the ticket change that caused them (under the hotel's change lock,
// so a reader's cursor never skips one), read by every agent of the hotel.
import { randomUUID } from 'node:crypto';
import type { Notification, NotificationListQuery } from '../../shared/api-contract.ts';
import type { NotifyTarget, TeamKey } from '../../shared/routing.ts';
import type { EscalationReason, Role } from '../../shared/taxonomy.ts';
import type { Queryable } from '../db/database.ts';

export interface NewNotification {
  ticketId: string;
  kind: Notification['kind'];
  notify: NotifyTarget;
  team: TeamKey | null;
  reasons: readonly EscalationReason[];
  level: number;
  at: string;
}

export async function recordNotifications(
  tx: Queryable,
  hotelId: string,
  notifications: readonly NewNotification[],
  now: string,
): Promise<void> {
  if (notifications.length === 0) return;
  await tx.query(
    `insert into notifications (id, hotel_id, ticket_id, kind, notify, team, reasons, level, at, created_at)
     select n.id, $1, n.ticket_id, n.kind, n.notify, n.team, n.reasons, n.level, n.at, $2
       from jsonb_to_recordset($3::jsonb) as n (id uuid, ticket_id uuid, kind text, notify text,
            team text, reasons jsonb, level integer, at timestamptz)`,
    [
      hotelId,
      now,
      JSON.stringify(
        notifications.map((n) => ({
          id: randomUUID(),
          ticket_id: n.ticketId,
          kind: n.kind,
          notify: n.notify,
          team: n.team,
          reasons: n.reasons,
          level: n.level,
          at: n.at,
        })),
      ),
    ],
  );
}

/** The targets a role answers to: team leads are the owning departments' agents. */
function targetsOf(role: Role): NotifyTarget[] {
  return role === 'owner' ? ['owner', 'team_lead'] : [role];
}

interface NotificationRow {
  id: string;
  kind: Notification['kind'];
  ticket_id: string;
  record_number: string;
  notify: NotifyTarget;
  team: TeamKey | null;
  reasons: EscalationReason[];
  level: number;
  at: string;
  seq: string;
}

export async function listNotifications(
  db: Queryable,
  hotelId: string,
  role: Role,
  query: NotificationListQuery,
): Promise<{ notifications: Notification[]; hasMore: boolean }> {
  const mine = targetsOf(role);
  const rows = await db.query<NotificationRow>(
    `select n.id, n.kind, n.ticket_id, t.record_number, n.notify, n.team, n.reasons, n.level, n.at, n.seq
       from notifications n join tickets t on t.id = n.ticket_id
      where n.hotel_id = $1 and n.seq > $2::bigint and ($3::text[] is null or n.notify = any($3::text[]))
      order by n.seq
      limit $4`,
    [hotelId, query.since ?? '0', query.mine ? mine : null, query.limit + 1],
  );
  return {
    notifications: rows.slice(0, query.limit).map((row) => ({
      id: row.id,
      kind: row.kind,
      ticketId: row.ticket_id,
      recordNumber: row.record_number,
      notify: row.notify,
      team: row.team,
      reasons: row.reasons,
      level: row.level,
      at: row.at,
      forYou: mine.includes(row.notify),
      seq: row.seq,
    })),
    hasMore: rows.length > query.limit,
  };
}
