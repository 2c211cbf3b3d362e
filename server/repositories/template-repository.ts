// A hotel's reply templates. The starter library is copied in the first time the hotel's
// templates are used (read or written), once: after that the hotel's library is its own, and a
// starter template it deleted stays deleted.
import { STARTER_LIBRARY } from '../../shared/templates/starter-library.ts';
import { ReplyTemplate, type TemplateKind } from '../../shared/templates/template-schema.ts';
import type { Database, Queryable } from '../db/database.ts';

async function ensureSeeded(tx: Queryable, hotelId: string): Promise<void> {
  // The row lock of this update makes a concurrent first use wait, then find it seeded.
  const [claimed] = await tx.query(
    `update hotels set templates_seeded_at = now()
      where id = $1 and templates_seeded_at is null returning id`,
    [hotelId],
  );
  if (!claimed) return;
  await tx.query(
    `insert into reply_templates (hotel_id, id, template, updated_at)
     select $1, s.id, s.template, now() from jsonb_to_recordset($2::jsonb) as s (id text, template jsonb)
     on conflict do nothing`,
    [hotelId, JSON.stringify(STARTER_LIBRARY.map((template) => ({ id: template.id, template })))],
  );
}

const parse = (rows: { template: unknown }[]) => rows.map((row) => ReplyTemplate.parse(row.template));

export async function listTemplates(db: Database, hotelId: string): Promise<ReplyTemplate[]> {
  return db.transaction(async (tx) => {
    await ensureSeeded(tx, hotelId);
    return parse(
      await tx.query<{ template: unknown }>(
        'select template from reply_templates where hotel_id = $1 order by id',
        [hotelId],
      ),
    );
  });
}

/** The hotel's templates of these kinds, without seeding: an unused library is the starter one. */
export async function templatesOfKinds(
  db: Queryable,
  hotelId: string,
  kinds: readonly TemplateKind[],
): Promise<ReplyTemplate[]> {
  const [hotel] = await db.query<{ seeded: boolean }>(
    'select templates_seeded_at is not null as seeded from hotels where id = $1',
    [hotelId],
  );
  if (!hotel?.seeded) return STARTER_LIBRARY.filter((t) => kinds.includes(t.kind));
  return parse(
    await db.query<{ template: unknown }>(
      `select template from reply_templates where hotel_id = $1 and template ->> 'kind' = any($2::text[])`,
      [hotelId, kinds],
    ),
  );
}

/** Stores the template; `replace` false refuses an id the hotel already uses. */
export async function saveTemplate(
  db: Database,
  hotelId: string,
  template: ReplyTemplate,
  { replace }: { replace: boolean },
): Promise<'created' | 'replaced' | 'exists'> {
  return db.transaction(async (tx) => {
    await ensureSeeded(tx, hotelId);
    const [row] = await tx.query<{ created: boolean }>(
      `insert into reply_templates (hotel_id, id, template, updated_at) values ($1, $2, $3, now())
       on conflict (hotel_id, id) do ${replace ? 'update set template = excluded.template, updated_at = excluded.updated_at' : 'nothing'}
       returning (xmax = 0) as created`,
      [hotelId, template.id, JSON.stringify(template)],
    );
    if (!row) return 'exists';
    return row.created ? 'created' : 'replaced';
  });
}

export async function deleteTemplate(db: Database, hotelId: string, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await ensureSeeded(tx, hotelId);
    const deleted = await tx.query(
      'delete from reply_templates where hotel_id = $1 and id = $2 returning id',
      [hotelId, id],
    );
    return deleted.length > 0;
  });
}
