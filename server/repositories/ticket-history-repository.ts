// A ticket's history (who changed what, when) and its internal notes. Written in the same
// transaction as the change they tell of, so the history cannot miss one or tell of one undone.
import { randomUUID } from 'node:crypto';
import type { HistoryEntry, HistoryField, TicketNote } from '../../shared/ticket-workflow.ts';
import type { Queryable } from '../db/database.ts';

export interface NewHistoryEntry {
  ticketId: string;
  /** Null: Konuk itself. */
  agentId: string | null;
  field: HistoryField;
  from: string | null;
  to: string | null;
  note?: string | null;
}

export async function recordHistory(
  tx: Queryable,
  hotelId: string,
  entries: readonly NewHistoryEntry[],
  at: string,
): Promise<void> {
  if (entries.length === 0) return;
  await tx.query(
    `insert into ticket_history (id, hotel_id, ticket_id, agent_id, field, from_value, to_value, note, at)
     select e.id, $1, e.ticket_id, e.agent_id, e.field, e.from_value, e.to_value, e.note, $2
       from jsonb_to_recordset($3::jsonb) as e (id uuid, ticket_id uuid, agent_id uuid, field text,
            from_value text, to_value text, note text)`,
    [
      hotelId,
      at,
      JSON.stringify(
        entries.map((e) => ({
          id: randomUUID(),
          ticket_id: e.ticketId,
          agent_id: e.agentId,
          field: e.field,
          from_value: e.from,
          to_value: e.to,
          note: e.note ?? null,
        })),
      ),
    ],
  );
}

export async function ticketHistory(
  db: Queryable,
  hotelId: string,
  ticketId: string,
): Promise<HistoryEntry[]> {
  const rows = await db.query<{
    id: string;
    at: string;
    agent_id: string | null;
    name: string | null;
    field: HistoryField;
    from_value: string | null;
    to_value: string | null;
    note: string | null;
  }>(
    `select h.id, h.at, h.agent_id, a.name, h.field, h.from_value, h.to_value, h.note
       from ticket_history h left join agents a on a.id = h.agent_id
      where h.hotel_id = $1 and h.ticket_id = $2
      order by h.seq`,
    [hotelId, ticketId],
  );
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    agentId: row.agent_id,
    agentName: row.name,
    field: row.field,
    from: row.from_value,
    to: row.to_value,
    note: row.note,
  }));
}

export async function addNote(
  tx: Queryable,
  hotelId: string,
  ticketId: string,
  agentId: string,
  text: string,
  at: string,
): Promise<TicketNote> {
  const [row] = await tx.query<{ id: string; created_at: string; name: string }>(
    `with note as (
       insert into ticket_notes (id, hotel_id, ticket_id, agent_id, text, created_at)
       values ($1, $2, $3, $4, $5, $6) returning id, created_at, agent_id)
     select note.id, note.created_at, a.name from note join agents a on a.id = note.agent_id`,
    [randomUUID(), hotelId, ticketId, agentId, text, at],
  );
  await recordHistory(
    tx,
    hotelId,
    [{ ticketId, agentId, field: 'note', from: null, to: null, note: text }],
    at,
  );
  return { id: row!.id, agentId, agentName: row!.name, text, createdAt: row!.created_at };
}

export async function ticketNotes(db: Queryable, hotelId: string, ticketId: string): Promise<TicketNote[]> {
  const rows = await db.query<{
    id: string;
    agent_id: string;
    name: string;
    text: string;
    created_at: string;
  }>(
    `select n.id, n.agent_id, a.name, n.text, n.created_at
       from ticket_notes n join agents a on a.id = n.agent_id
      where n.hotel_id = $1 and n.ticket_id = $2 order by n.created_at, n.id`,
    [hotelId, ticketId],
  );
  return rows.map((row) => ({
    id: row.id,
    agentId: row.agent_id,
    agentName: row.name,
    text: row.text,
    createdAt: row.created_at,
  }));
}
