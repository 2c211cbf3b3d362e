// The coordinators' summary (DOMAIN.md "What coordinators measure") for a period of the hotel's
// calendar days: guest messages seen and logged and first-response times per channel, resolution
// times per topic, resolution, reopen and escalation rates and CSAT. Ticket figures are about
// the tickets opened in the period; CSAT about the answers given in it.
import type { ReportSummary } from '../../shared/api-contract.ts';
import type { Channel, Topic } from '../../shared/taxonomy.ts';
import type { Queryable } from '../db/database.ts';
import { minutesBetween, roundMinutes, share, slaMissed, type ReportRange } from './report-period.ts';

const CHANNEL_MESSAGES = `
  select channel, count(*)::int as seen, count(ticket_id)::int as logged
    from messages
   where hotel_id = $1 and direction = 'inbound' and sent_at >= $2 and sent_at < $3
   group by channel`;

const CHANNEL_TICKETS = `
  select channel, count(*)::int as opened, count(first_response_at)::int as answered,
         percentile_cont(0.5) within group (order by ${minutesBetween('first_response_at', 'first_inbound_at')})
           filter (where first_response_at is not null) as median,
         percentile_cont(0.9) within group (order by ${minutesBetween('first_response_at', 'first_inbound_at')})
           filter (where first_response_at is not null) as p90,
         count(*) filter (where ${slaMissed('$4')})::int as breaches
    from tickets
   where hotel_id = $1 and first_inbound_at >= $2 and first_inbound_at < $3
   group by channel`;

const TOPICS = `
  select topic, count(*)::int as tickets, count(resolved_at)::int as resolved,
         percentile_cont(0.5) within group (order by ${minutesBetween('resolved_at', 'first_inbound_at')})
           filter (where resolved_at is not null) as median,
         percentile_cont(0.9) within group (order by ${minutesBetween('resolved_at', 'first_inbound_at')})
           filter (where resolved_at is not null) as p90
    from tickets
   where hotel_id = $1 and first_inbound_at >= $2 and first_inbound_at < $3 and topic is not null
   group by topic
   order by count(*) desc, topic`;

const TOTALS = `
  select count(*)::int as tickets,
         count(*) filter (where status in ('resolved', 'closed'))::int as resolved_now,
         count(*) filter (where resolved_at is not null or reopen_count > 0)::int as ever_resolved,
         count(*) filter (where reopen_count > 0)::int as reopened,
         count(*) filter (where jsonb_array_length(escalation) > 0)::int as escalated
    from tickets
   where hotel_id = $1 and first_inbound_at >= $2 and first_inbound_at < $3`;

const CSAT = `
  select count(*)::int as responses, avg(csat_score)::float8 as average
    from tickets
   where hotel_id = $1 and csat_answered_at >= $2 and csat_answered_at < $3`;

// Issue 8: closes with a closing message and a coordinator's reasons apart; guest messages that
// owed no reply (classifier or agent); root causes of the period's closed tickets.
const CLOSURES = `
  select count(*) filter (where close_reason is null)::int as with_message,
         count(*) filter (where close_reason = 'duplicate')::int as duplicate,
         count(*) filter (where close_reason = 'spam')::int as spam,
         count(*) filter (where close_reason = 'guest_unreachable')::int as guest_unreachable
    from tickets
   where hotel_id = $1 and status = 'closed' and first_inbound_at >= $2 and first_inbound_at < $3`;

// Two counts, each from its own partial index (migration 040), so neither reads a message row.
const NO_REPLY_NEEDED = `
  select (select count(*) from messages m
           where m.hotel_id = $1 and m.direction = 'inbound' and m.sent_at >= $2 and m.sent_at < $3
             and m.no_reply_needed_at is not null)::int as marked,
         (select count(*) from messages m
           where m.hotel_id = $1 and m.direction = 'inbound' and m.sent_at >= $2 and m.sent_at < $3
             and (m.classification ->> 'replyOwed') = 'false' and m.no_reply_needed_at is null)::int as automatic`;

const ROOT_CAUSES = `
  select root_cause, count(*)::int as tickets
    from tickets
   where hotel_id = $1 and status = 'closed' and root_cause is not null
     and first_inbound_at >= $2 and first_inbound_at < $3
   group by root_cause
   order by count(*) desc, root_cause`;

type Percentiles = { median: number | null; p90: number | null };

export async function summaryReport(
  db: Queryable,
  hotelId: string,
  period: ReportRange,
): Promise<Omit<ReportSummary, 'timeZone' | 'from' | 'to'>> {
  const range = [hotelId, period.start, period.end];
  const messages = await db.query<{ channel: Channel; seen: number; logged: number }>(
    CHANNEL_MESSAGES,
    range,
  );
  const tickets = await db.query<
    { channel: Channel; opened: number; answered: number; breaches: number } & Percentiles
  >(CHANNEL_TICKETS, [...range, period.now]);
  const topics = await db.query<{ topic: Topic; tickets: number; resolved: number } & Percentiles>(
    TOPICS,
    range,
  );
  const [totals] = await db.query<{
    tickets: number;
    resolved_now: number;
    ever_resolved: number;
    reopened: number;
    escalated: number;
  }>(TOTALS, range);
  const [csat] = await db.query<{ responses: number; average: number | null }>(CSAT, range);
  const [closures] = await db.query<{
    with_message: number;
    duplicate: number;
    spam: number;
    guest_unreachable: number;
  }>(CLOSURES, range);
  const [noReply] = await db.query<{ marked: number; automatic: number }>(NO_REPLY_NEEDED, range);
  const rootCauses = await db.query<{ root_cause: string; tickets: number }>(ROOT_CAUSES, range);

  const channels = [...new Set([...messages.map((m) => m.channel), ...tickets.map((t) => t.channel)])].sort();
  return {
    channels: channels.map((channel) => {
      const seen = messages.find((m) => m.channel === channel);
      const opened = tickets.find((t) => t.channel === channel);
      return {
        channel,
        messagesSeen: seen?.seen ?? 0,
        messagesLogged: seen?.logged ?? 0,
        ticketsOpened: opened?.opened ?? 0,
        firstResponse: {
          answered: opened?.answered ?? 0,
          medianMinutes: roundMinutes(opened?.median ?? null),
          p90Minutes: roundMinutes(opened?.p90 ?? null),
        },
        breaches: opened?.breaches ?? 0,
      };
    }),
    topics: topics.map((row) => ({
      topic: row.topic,
      tickets: row.tickets,
      resolved: row.resolved,
      resolution: { medianMinutes: roundMinutes(row.median), p90Minutes: roundMinutes(row.p90) },
    })),
    tickets: totals!.tickets,
    resolutionRate: share(totals!.resolved_now, totals!.tickets),
    reopenRate: share(totals!.reopened, totals!.ever_resolved),
    escalationRate: share(totals!.escalated, totals!.tickets),
    csat: {
      responses: csat!.responses,
      average: csat!.average === null ? null : Math.round(Number(csat!.average) * 100) / 100,
    },
    closures: {
      withClosingMessage: closures!.with_message,
      byReason: {
        duplicate: closures!.duplicate,
        spam: closures!.spam,
        guest_unreachable: closures!.guest_unreachable,
      },
    },
    noReplyNeeded: { automatic: noReply!.automatic, marked: noReply!.marked },
    rootCauses: rootCauses.map((row) => ({ rootCause: row.root_cause, tickets: row.tickets })),
  };
}
