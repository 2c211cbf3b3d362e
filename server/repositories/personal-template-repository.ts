// An agent's own reply templates: drafts a frontline agent keeps beside the hotel's library,
// listed and suggested to that agent alone. Every query is scoped to the agent, never the hotel.
import { ReplyTemplate } from '../../shared/templates/template-schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import type { Agent } from './tenant-repository.ts';

/** Drafts, not a second library: a person keeps a few, so a runaway client cannot store thousands. */
export const MAX_PERSONAL_TEMPLATES = 100;

export type PersonalSaveOutcome = 'created' | 'replaced' | 'exists' | 'full';

export async function listPersonalTemplates(db: Queryable, agentId: string): Promise<ReplyTemplate[]> {
  const rows = await db.query<{ template: unknown }>(
    'select template from personal_templates where agent_id = $1 order by id',
    [agentId],
  );
  return rows.map((row) => ReplyTemplate.parse(row.template));
}

/** Stores the agent's template; `replace` false refuses an id the agent already uses. */
export async function savePersonalTemplate(
  db: Database,
  agent: Pick<Agent, 'id' | 'hotelId'>,
  template: ReplyTemplate,
  { replace }: { replace: boolean },
): Promise<PersonalSaveOutcome> {
  return db.transaction(async (tx) => {
    // The agent's row lock makes two saves at once count each other before the limit is checked.
    await tx.query('select id from agents where id = $1 for update', [agent.id]);
    const [held] = await tx.query<{ n: number; has: boolean }>(
      `select count(*)::int as n, bool_or(id = $2) as has from personal_templates where agent_id = $1`,
      [agent.id, template.id],
    );
    if (held?.has && !replace) return 'exists';
    if (!held?.has && (held?.n ?? 0) >= MAX_PERSONAL_TEMPLATES) return 'full';
    await tx.query(
      `insert into personal_templates (agent_id, hotel_id, id, template, updated_at)
       values ($1, $2, $3, $4, now())
       on conflict (agent_id, id) do update set template = excluded.template, updated_at = excluded.updated_at`,
      [agent.id, agent.hotelId, template.id, JSON.stringify(template)],
    );
    return held?.has ? 'replaced' : 'created';
  });
}

export async function deletePersonalTemplate(db: Queryable, agentId: string, id: string): Promise<boolean> {
  const deleted = await db.query(
    'delete from personal_templates where agent_id = $1 and id = $2 returning id',
    [agentId, id],
  );
  return deleted.length > 0;
}
