// The hotel of the reports bench, seeded set-based on PostgreSQL (generate_series, one statement
// per table): 1,000,000 tickets over three years (1 July 2023 to 1 July 2026, about 28,000 a
// month) and 3,000,000 messages, with owners, first responders, SLA targets, reopens,
// escalations, root causes, CSAT, label corrections, public reviews and QA scores in the
// shares a busy resort sees. The same rows every run (setseed). The row triggers are off while
// loading (the rows carry what they would have written) and VACUUM ANALYZE runs after, as
// autovacuum would on a live database.
import type pg from 'pg';
import { STARTER_ROOT_CAUSES } from '../server/repositories/settings-repository.ts';

export const TICKETS = 1_000_000;
export const MESSAGES_PER_TICKET = 3;
export const AGENTS = 30;
export const HISTORY_START = '2023-07-01T00:00:00Z';
export const HISTORY_END = '2026-07-01T00:00:00Z';

const CHANNELS = `case
  when r_channel < 0.45 then 'whatsapp' when r_channel < 0.65 then 'email'
  when r_channel < 0.75 then 'booking' when r_channel < 0.80 then 'expedia'
  when r_channel < 0.83 then 'airbnb' when r_channel < 0.90 then 'instagram'
  when r_channel < 0.95 then 'messenger' when r_channel < 0.97 then 'phone' else 'google' end`;

const TOPICS = `(array['question','question','question','complaint','complaint','change','cancellation',
  'refund','special_request','special_request','invoice','lost_item','feedback'])[1 + floor(r_topic * 13)::int]`;

const TEAMS = `(array['front_office','reservations','housekeeping','food_beverage','technical_service',
  'accounting','guest_relations'])[1 + floor(r_team * 7)::int]`;

const ROOT_CAUSES = `(array[${STARTER_ROOT_CAUSES.map((c) => `'${c.id}'`).join(',')}])[1 + floor(r_cause * ${STARTER_ROOT_CAUSES.length})::int]`;

const PUBLIC_SOURCES = `(array['instagram_comment','facebook_comment','google_review','tripadvisor_review',
  'booking_review','holidaycheck_review'])[1 + floor(r_team * 6)::int]`;

/** Tickets as their draws: one row of random numbers per ticket, then the facts from them. */
const SEED_TICKETS = `
  insert into tickets (
    id, hotel_id, record_seq, record_number, channel, conversation_id, status, status_changed_at, stage,
    topic, priority, escalation, team, owner_agent_id, message_count, first_inbound_at, last_inbound_at,
    last_outbound_at, first_response_at, first_response_due_at, first_response_agent_id, sla, created_at,
    updated_at, closed_at, resolved_at, reopen_count, csat_score, csat_answered_at, root_cause,
    label_correction, classified_labels, visibility, public_source, rating_value, rating_out_of, close_reason)
  select id, $1, i, 'K-' || lpad(i::text, 7, '0'), channel, 'conv-' || i, status, coalesce(closed_at, resolved_at),
         (array['pre_stay','in_stay','post_stay'])[1 + floor(r_stage * 3)::int], topic,
         case when r_escalation < 0.08 then 'urgent' else 'normal' end,
         case when r_escalation < 0.03 then '["safety"]'::jsonb
              when r_escalation < 0.05 then '["reputation_risk"]'::jsonb else '[]'::jsonb end,
         team, case when status = 'open' and r_owner < 0.3 then null else agent end, 3, first_inbound_at,
         first_inbound_at + interval '2 hours', first_response_at, first_response_at, due, responder, '{}',
         first_inbound_at, coalesce(closed_at, first_inbound_at), closed_at, resolved_at,
         case when r_reopen < 0.04 then 1 else 0 end,
         case when csat then 1 + floor(r_score * 5)::int end, case when csat then closed_at end,
         case when status in ('resolved', 'closed') and r_cause < 0.9 then ${ROOT_CAUSES} end,
         case when r_correct < 0.06 then jsonb_build_object('topic', 'complaint', 'correctedAt', '2026-01-01T00:00:00Z') end,
         case when r_correct < 0.06 then jsonb_build_object('topic', topic) end,
         case when public then 'public' else 'private' end, case when public then ${PUBLIC_SOURCES} end,
         case when public then 1 + floor(r_score * 5)::int end, case when public then 5 end,
         case when status = 'closed' and r_reason < 0.02 then 'duplicate' end
    from (
      select *, case when status in ('resolved', 'closed') then first_inbound_at + r_resolve * interval '3 days' end as resolved_at,
             case when status = 'closed' then first_inbound_at + r_resolve * interval '3 days' + interval '1 hour' end as closed_at,
             status = 'closed' and r_csat < 0.3 as csat
        from (
          select *, case when r_answer < 0.92 then first_inbound_at + (r_minutes ^ 3) * interval '10 hours' end as first_response_at,
                 first_inbound_at + case channel when 'whatsapp' then interval '15 minutes' when 'phone' then interval '5 minutes'
                                      when 'email' then interval '6 hours' else interval '1 hour' end as due,
                 case when r_answer < 0.92 then agent end as responder,
                 case when r_status < 0.85 then 'closed' when r_status < 0.9 then 'resolved'
                      when r_status < 0.95 then 'pending_guest' else 'open' end as status,
                 r_public < 0.03 as public
            from (
              select gen_random_uuid() as id, ${CHANNELS} as channel, ${TOPICS} as topic, ${TEAMS} as team,
                     $2::timestamptz + (i - 1) * ($3::timestamptz - $2::timestamptz) / $4 as first_inbound_at,
                     ($5::uuid[])[1 + floor(r_agent * ${AGENTS})::int] as agent, *
                from (
                  select i, random() as r_channel, random() as r_topic, random() as r_team, random() as r_agent,
                         random() as r_answer, random() as r_minutes, random() as r_status, random() as r_stage,
                         random() as r_escalation, random() as r_owner, random() as r_reopen, random() as r_csat,
                         random() as r_score, random() as r_cause, random() as r_correct, random() as r_public,
                         random() as r_resolve, random() as r_reason
                    from generate_series(1, $4::int) as i
                ) draws
            ) facts
        ) answered
    ) resolved`;

/** Three messages a ticket: the guest's, the first response (or a second guest message), and a follow-up. */
const SEED_MESSAGES = `
  insert into messages (id, hotel_id, ticket_id, agent_id, key, channel, conversation_id, platform_message_id,
                        direction, sent_at, captured_at, received_at, text, classification, visibility, public_source)
  select gen_random_uuid(), t.hotel_id, t.id, case when outbound then t.first_response_agent_id end,
         t.channel || '|' || t.conversation_id || '|m' || k, t.channel, t.conversation_id, 'm' || k,
         case when outbound then 'outbound' else 'inbound' end, at, at, at, 'Message ' || k,
         case when outbound then null when t.record_seq % 20 = 0 then '{"replyOwed": false}'::jsonb
              else '{"replyOwed": true}'::jsonb end,
         case when k = 1 then t.visibility when k = 2 and outbound then t.visibility else 'private' end,
         case when k = 1 then t.public_source end
    from tickets t
   cross join generate_series(1, ${MESSAGES_PER_TICKET}) as k
   cross join lateral (select k = 2 and t.first_response_at is not null as outbound) o
   cross join lateral (select case k when 1 then t.first_inbound_at
                                     when 2 then coalesce(t.first_response_at, t.first_inbound_at + interval '5 minutes')
                                     else t.first_inbound_at + interval '2 hours' end as at) s
   where t.hotel_id = $1`;

const SEED_QA = `
  insert into qa_scores (ticket_id, hotel_id, agent_id, closed_at, clear, empathetic, fix_confirmed, right_team,
                         closing_message, template_fit, note, scored_by, scored_at)
  select id, hotel_id, coalesce(owner_agent_id, first_response_agent_id), closed_at, record_seq % 2 = 0,
         record_seq % 3 = 0, true, record_seq % 5 <> 0, true, record_seq % 7 <> 0, 'Seeded score', $2, closed_at
    from tickets
   where hotel_id = $1 and status = 'closed' and record_seq % 50 = 0
     and coalesce(owner_agent_id, first_response_agent_id) is not null`;

/**
 * The secondary indexes of the two big tables are dropped while loading and built again after
 * (a build sorts once; a million inserts each update fifteen indexes): the schema ends as
 * migrated.
 */
async function withoutIndexes(client: pg.Client, load: () => Promise<void>): Promise<void> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition
       from pg_indexes i
      where i.schemaname = current_schema() and i.tablename in ('tickets', 'messages')
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  );
  for (const index of rows) await client.query(`drop index ${index.name}`);
  await load();
  for (const index of rows) await client.query(index.definition);
}

export async function seedReportHotel(
  client: pg.Client,
  hotelId: string,
  agentIds: string[],
  log: (step: string) => void,
  tickets = TICKETS,
): Promise<void> {
  await client.query('set synchronous_commit = off');
  await client.query("set maintenance_work_mem = '256MB'");
  await client.query('select setseed(0.42)');
  await withoutIndexes(client, async () => {
    // The rows carry what the triggers would write; the messages' ticket keys are the tickets'.
    await client.query('alter table tickets disable trigger user');
    await client.query(SEED_TICKETS, [hotelId, HISTORY_START, HISTORY_END, tickets, agentIds]);
    await client.query('alter table tickets enable trigger user');
    log('tickets');
    await client.query('alter table messages disable trigger all');
    await client.query(SEED_MESSAGES, [hotelId]);
    await client.query('alter table messages enable trigger all');
    log('messages');
  });
  log('indexes');
  await client.query(SEED_QA, [hotelId, agentIds[0]]);
  await client.query('vacuum analyze tickets');
  await client.query('vacuum analyze messages');
  await client.query('vacuum analyze qa_scores');
  log('vacuum analyze');
}
