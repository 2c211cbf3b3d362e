// What the hotel does about a problem (a topic and a root cause): the action, its owner and due
// date, recorded by a coordinator against a month's report. Stored with every change audited
// (report_changes: who, when, before and after).
import { randomUUID } from 'node:crypto';
import type { RootCauseAction, RootCauseActionUpdate } from '../../shared/report-loop-contract.ts';
import type { Topic } from '../../shared/taxonomy.ts';
import type { Database, Queryable } from '../db/database.ts';
import { recordReportChange, reportChanges } from './report-changes.ts';

const ACTION_COLUMNS = `
  r.id, r.topic, r.root_cause, r.month, r.action, r.owner, r.due_date::text as due_date, r.status,
  r.created_at, creator.name as created_by, r.updated_at, updater.name as updated_by`;
const ACTION_FROM = `
  root_cause_actions r
  join agents creator on creator.id = r.created_by
  join agents updater on updater.id = r.updated_by`;

interface ActionRow {
  id: string;
  topic: Topic | null;
  root_cause: string;
  month: string;
  action: string;
  owner: string;
  due_date: string;
  status: RootCauseAction['status'];
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

const toAction = (row: ActionRow): RootCauseAction => ({
  id: row.id,
  topic: row.topic,
  rootCause: row.root_cause,
  month: row.month,
  action: row.action,
  owner: row.owner,
  dueDate: row.due_date,
  status: row.status,
  createdAt: row.created_at,
  createdBy: row.created_by,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

/** The fields a change record keeps (names of people are read back through the agent). */
const recorded = ({ action, owner, dueDate, status }: RootCauseAction) => ({
  action,
  owner,
  dueDate,
  status,
});

async function findAction(db: Queryable, hotelId: string, id: string): Promise<RootCauseAction | null> {
  const [row] = await db.query<ActionRow>(
    `select ${ACTION_COLUMNS} from ${ACTION_FROM} where r.hotel_id = $1 and r.id = $2`,
    [hotelId, id],
  );
  return row ? toAction(row) : null;
}

/** Actions recorded for months from..to (YYYY-MM), oldest first. */
export async function listActions(
  db: Queryable,
  hotelId: string,
  from: string,
  to: string,
): Promise<RootCauseAction[]> {
  const rows = await db.query<ActionRow>(
    `select ${ACTION_COLUMNS} from ${ACTION_FROM}
      where r.hotel_id = $1 and r.month >= $2 and r.month <= $3
      order by r.month, r.created_at, r.id`,
    [hotelId, from, to],
  );
  return rows.map(toAction);
}

export async function createAction(
  db: Database,
  hotelId: string,
  agentId: string,
  action: Omit<RootCauseAction, 'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>,
  now: string,
): Promise<RootCauseAction> {
  return db.transaction(async (tx) => {
    const id = randomUUID();
    await tx.query(
      `insert into root_cause_actions (id, hotel_id, topic, root_cause, month, action, owner, due_date, status,
                                       created_by, created_at, updated_by, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $10, $11)`,
      [
        id,
        hotelId,
        action.topic,
        action.rootCause,
        action.month,
        action.action,
        action.owner,
        action.dueDate,
        action.status,
        agentId,
        now,
      ],
    );
    const created = (await findAction(tx, hotelId, id))!;
    await recordReportChange(tx, {
      hotelId,
      agentId,
      subject: 'root_cause_action',
      subjectId: id,
      before: null,
      after: {
        topic: created.topic,
        rootCause: created.rootCause,
        month: created.month,
        ...recorded(created),
      },
      at: now,
    });
    return created;
  });
}

export async function updateAction(
  db: Database,
  hotelId: string,
  agentId: string,
  id: string,
  update: RootCauseActionUpdate,
  now: string,
): Promise<RootCauseAction | null> {
  return db.transaction(async (tx) => {
    await tx.query('select id from root_cause_actions where hotel_id = $1 and id = $2 for update', [
      hotelId,
      id,
    ]);
    const before = await findAction(tx, hotelId, id);
    if (!before) return null;
    const after = { ...recorded(before), ...update };
    await tx.query(
      `update root_cause_actions set action = $3, owner = $4, due_date = $5, status = $6, updated_by = $7, updated_at = $8
        where hotel_id = $1 and id = $2`,
      [hotelId, id, after.action, after.owner, after.dueDate, after.status, agentId, now],
    );
    await recordReportChange(tx, {
      hotelId,
      agentId,
      subject: 'root_cause_action',
      subjectId: id,
      before: recorded(before),
      after,
      at: now,
    });
    return findAction(tx, hotelId, id);
  });
}

export async function actionHistory(db: Queryable, hotelId: string, id: string) {
  if (!(await findAction(db, hotelId, id))) return null;
  const changes = await reportChanges(db, hotelId, 'root_cause_action', id);
  return changes.map((change) => ({
    at: change.at,
    agentName: change.agent_name,
    before: change.before as Partial<RootCauseAction> | null,
    after: change.after as Partial<RootCauseAction>,
  }));
}
