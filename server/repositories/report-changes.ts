// Who changed a report record (a root-cause action, the QA sample size), when, and the values
// before and after: written in the same transaction as the change.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';

export type ReportSubject = 'root_cause_action' | 'qa_settings';

export async function recordReportChange(
  tx: Queryable,
  change: {
    hotelId: string;
    agentId: string;
    subject: ReportSubject;
    subjectId: string | null;
    before: unknown;
    after: unknown;
    at: string;
  },
): Promise<void> {
  await tx.query(
    `insert into report_changes (id, hotel_id, agent_id, subject, subject_id, before, after, at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      randomUUID(),
      change.hotelId,
      change.agentId,
      change.subject,
      change.subjectId,
      change.before === null ? null : JSON.stringify(change.before),
      JSON.stringify(change.after),
      change.at,
    ],
  );
}

export async function reportChanges(
  db: Queryable,
  hotelId: string,
  subject: ReportSubject,
  subjectId: string | null,
): Promise<{ at: string; agent_name: string; before: unknown; after: unknown }[]> {
  return db.query(
    `select c.at, a.name as agent_name, c.before, c.after
       from report_changes c join agents a on a.id = c.agent_id
      where c.hotel_id = $1 and c.subject = $2 and c.subject_id is not distinct from $3::uuid
      order by c.at, c.id`,
    [hotelId, subject, subjectId],
  );
}
