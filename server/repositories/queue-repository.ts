// The tickets of a work queue: every ticket that is not closed, of the caller, of the caller's
// teams, of nobody, or of the whole hotel. Ordered by urgency in services/queue-order.ts.
import type { QueueName } from '../../shared/ticket-workflow.ts';
import type { Ticket } from '../../shared/ticket.ts';
import type { Queryable } from '../db/database.ts';
import type { Agent } from './tenant-repository.ts';
import { OWNER_JOIN, TICKET_COLUMNS, toTicket, type TicketRow } from './ticket-row.ts';

/** A queue longer than this is a backlog to fix, not a list to read; the most urgent still lead. */
const MAX_QUEUE_ROWS = 5_000;

export async function queueTickets(db: Queryable, agent: Agent, queue: QueueName): Promise<Ticket[]> {
  const rows = await db.query<TicketRow>(
    `select ${TICKET_COLUMNS} from tickets t ${OWNER_JOIN}
      where t.hotel_id = $1 and t.status <> 'closed' and t.record_number is not null
        and case $3
              when 'mine' then t.owner_agent_id = $2
              when 'unassigned' then t.owner_agent_id is null
              when 'team' then t.team in (select m.team from team_members m
                                           where m.hotel_id = $1 and m.agent_id = $2)
              else true
            end
      order by t.first_response_due_at nulls last
      limit $4`,
    [agent.hotelId, agent.id, queue, MAX_QUEUE_ROWS],
  );
  return rows.map(toTicket);
}
