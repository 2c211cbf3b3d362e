// Runs the SLA clocks of the tickets a change touches. The clocks need one fact from the
// messages that depends on the clocks themselves (the first outbound message since a complaint
// overran its resolution target), so it is read for all those tickets at once, in between.
import type { SlaPolicy } from '../../shared/sla-policy.ts';
import type { Queryable } from '../db/database.ts';
import {
  interimUpdateSince,
  ticketClocks,
  type ClockFacts,
  type TicketClocks,
} from '../services/ticket-clock.ts';

const FIRST_OUTBOUND_SINCE = `
  select p.ticket_id,
         (select min(m.sent_at) from messages m
           where m.ticket_id = p.ticket_id and m.hotel_id = $1 and m.direction = 'outbound'
             and m.sent_at >= p.since) as sent_at
    from unnest($2::uuid[], $3::timestamptz[]) as p (ticket_id, since)`;

export async function ticketClocksOf(
  db: Queryable,
  hotelId: string,
  tickets: ReadonlyMap<string, ClockFacts>,
  policy: SlaPolicy,
): Promise<Map<string, TicketClocks>> {
  const since = new Map<string, string>();
  for (const [id, facts] of tickets) {
    const start = interimUpdateSince(facts, policy);
    if (start !== null) since.set(id, start);
  }
  const updates = new Map<string, string | null>();
  if (since.size > 0) {
    const rows = await db.query<{ ticket_id: string; sent_at: string | null }>(FIRST_OUTBOUND_SINCE, [
      hotelId,
      [...since.keys()],
      [...since.values()],
    ]);
    for (const row of rows) updates.set(row.ticket_id, row.sent_at);
  }
  return new Map(
    [...tickets].map(([id, facts]) => [id, ticketClocks(facts, policy, updates.get(id) ?? null)] as const),
  );
}
