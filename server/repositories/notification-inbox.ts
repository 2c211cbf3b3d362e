// One entry per ticket for the people concerned (issue 8): the ticket's owner (its team while
// nobody owns it), the lead of its team, or everyone holding the role told. An acknowledged
// entry stays hidden until something new about the ticket is told. Before this, every tier of
// every ticket was its own entry, and a hundred of them buried the "cannot read this page" alarm.
import type { InboxEntry } from '../../shared/api-contract.ts';
import type { Queryable } from '../db/database.ts';
import type { Agent } from './tenant-repository.ts';

const FOR_CALLER = `
  (n.notify = $3
   or (n.notify = 'team_lead' and ($3 = 'owner'
        or n.team in (select m.team from team_members m where m.agent_id = $2 and m.lead)))
   or (n.notify = 'ticket_owner' and (t.owner_agent_id = $2
        or (t.owner_agent_id is null
            and n.team in (select m.team from team_members m where m.agent_id = $2)))))`;

interface Row {
  ticket_id: string;
  record_number: string;
  count: number;
  id: string;
  kind: InboxEntry['latest']['kind'];
  notify: InboxEntry['latest']['notify'];
  team: string | null;
  reasons: InboxEntry['latest']['reasons'];
  level: number;
  at: string;
  seq: string;
}

export async function inbox(db: Queryable, agent: Agent): Promise<InboxEntry[]> {
  const rows = await db.query<Row>(
    `with mine as (
       select n.*, t.record_number
         from notifications n join tickets t on t.id = n.ticket_id
         left join notification_acks a on a.agent_id = $2 and a.ticket_id = n.ticket_id
        where n.hotel_id = $1 and n.seq > coalesce(a.seq, 0) and ${FOR_CALLER})
     select distinct on (ticket_id) ticket_id, record_number, id, kind, notify, team, reasons, level, at, seq,
            (count(*) over (partition by ticket_id))::int as count
       from mine order by ticket_id, seq desc`,
    [agent.hotelId, agent.id, agent.role],
  );
  return rows
    .sort((a, b) => Number(BigInt(b.seq) - BigInt(a.seq)))
    .map((row) => ({
      ticketId: row.ticket_id,
      recordNumber: row.record_number,
      count: row.count,
      latest: {
        id: row.id,
        kind: row.kind,
        ticketId: row.ticket_id,
        recordNumber: row.record_number,
        notify: row.notify,
        team: row.team,
        reasons: row.reasons,
        level: row.level,
        at: row.at,
        forYou: true,
        seq: row.seq,
      },
    }));
}

/** Hides the ticket's entry for this agent up to its latest notification; false: no such ticket. */
export async function acknowledge(db: Queryable, agent: Agent, ticketId: string): Promise<boolean> {
  const [row] = await db.query<{ seq: string | null }>(
    `select max(n.seq)::text as seq from tickets t left join notifications n on n.ticket_id = t.id
      where t.hotel_id = $1 and t.id = $2 group by t.id`,
    [agent.hotelId, ticketId],
  );
  if (!row) return false;
  await db.query(
    `insert into notification_acks (agent_id, ticket_id, seq) values ($1, $2, $3)
     on conflict (agent_id, ticket_id) do update set seq = greatest(notification_acks.seq, excluded.seq)`,
    [agent.id, ticketId, row.seq ?? '0'],
  );
  return true;
}
