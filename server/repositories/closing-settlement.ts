// What the closing message and the guest's answer to it do to a ticket's status (DOMAIN.md steps
// 8-9). The closing message tells the guest the fix is done: an open or waiting ticket becomes
// resolved as of it. The guest's 1-5 answer confirms it: a resolved ticket with everything a
// close needs (root cause, a complaint's record) closes as of the answer; otherwise it stays
// resolved, its clocks stopped, until an agent writes what is missing and closes it.
// Before this, a guest answering "4" left the ticket open and its clock red.
import type { Queryable } from '../db/database.ts';
import { closeMissing } from '../services/ticket-status-rules.ts';
import { recordHistory, type NewHistoryEntry } from './ticket-history-repository.ts';
import { statusFactsOf } from './ticket-workflow-repository.ts';

interface Candidate {
  id: string;
  status: 'open' | 'pending_guest' | 'resolved';
  status_changed_at: string | null;
  question_at: string;
  csat_answered_at: string | null;
  awaiting_since: string | null;
}

const CANDIDATES = `
  select t.id, t.status, t.status_changed_at, q.sent_at as question_at, t.csat_answered_at, t.awaiting_since
    from tickets t
    cross join lateral (select max(m.sent_at) as sent_at from messages m
                         where m.ticket_id = t.id and m.direction = 'outbound' and m.asks_csat) q
   where t.hotel_id = $1 and t.id = any($2::uuid[]) and t.status <> 'closed' and q.sent_at is not null`;

const after = (a: string, b: string | null) => b === null || Date.parse(a) > Date.parse(b);

/** Moves the tickets the closing message resolved or the guest's answer closed; returns their ids. */
export async function settleClosing(
  tx: Queryable,
  hotelId: string,
  ticketIds: readonly string[],
  now: string,
): Promise<string[]> {
  if (ticketIds.length === 0) return [];
  const candidates = await tx.query<Candidate>(CANDIDATES, [hotelId, ticketIds]);
  const moved: string[] = [];
  const history: NewHistoryEntry[] = [];
  for (const ticket of candidates) {
    let status: Candidate['status'] | 'closed' = ticket.status;
    let changedAt = ticket.status_changed_at;
    // An agent who reopened the ticket after the closing message decided otherwise.
    if (status !== 'resolved' && ticket.awaiting_since === null && after(ticket.question_at, changedAt)) {
      status = 'resolved';
      changedAt = ticket.question_at;
    }
    const answered =
      ticket.csat_answered_at !== null &&
      Date.parse(ticket.csat_answered_at) > Date.parse(ticket.question_at);
    if (status === 'resolved' && answered && after(ticket.csat_answered_at!, changedAt)) {
      const facts = (await statusFactsOf(tx, hotelId, ticket.id))!;
      if (closeMissing({ ...facts, status }).length === 0) {
        status = 'closed';
        changedAt = ticket.csat_answered_at;
      }
    }
    if (status === ticket.status) continue;
    await tx.query(
      `update tickets set status = $2, status_changed_at = $3,
              resolved_at = case when $5 then $4::timestamptz else resolved_at end,
              closed_at = case when $2 = 'closed' then $3::timestamptz end
        where id = $1`,
      [ticket.id, status, changedAt, ticket.question_at, ticket.status !== 'resolved'],
    );
    const at = changedAt ?? now;
    if (ticket.status !== 'resolved' && status === 'closed') {
      history.push({
        ticketId: ticket.id,
        agentId: null,
        field: 'status',
        from: ticket.status,
        to: 'resolved',
      });
      history.push({ ticketId: ticket.id, agentId: null, field: 'status', from: 'resolved', to: 'closed' });
    } else {
      history.push({ ticketId: ticket.id, agentId: null, field: 'status', from: ticket.status, to: status });
    }
    await recordHistory(tx, hotelId, history.splice(0), at);
    moved.push(ticket.id);
  }
  return moved;
}
