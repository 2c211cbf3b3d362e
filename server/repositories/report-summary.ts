// The coordinators' summary (DOMAIN.md "What coordinators measure") for a period of the hotel's
// calendar days: guest messages seen and logged and first-response times per channel, resolution
// times per topic, resolution, reopen and escalation rates and CSAT. Ticket figures are about
// the tickets opened in the period; CSAT about the answers given in it. Added up from the
// period's day facts (report-days.ts).
import type { ReportSummary } from '../../shared/api-contract.ts';
import type { Channel, Topic } from '../../shared/taxonomy.ts';
import {
  addCounts,
  addPairs,
  keysOf,
  resolutionsOf,
  responsesOf,
  sum,
  type Day,
} from './report-day-merge.ts';
import { csatOf } from './report-csat.ts';
import { share } from './report-period.ts';
import type { Section } from './report-days.ts';

/** The day facts the summary reads. */
export const SUMMARY_SECTIONS: Section[] = ['channels', 'topics', 'total', 'rootCauses', 'csat', 'messages'];

export function summaryReport(
  days: readonly Day[],
  now: string,
): Omit<ReportSummary, 'timeZone' | 'from' | 'to'> {
  const channels = [
    ...new Set([...keysOf(days, (f) => f.channels), ...keysOf(days, (f) => f.messages.channels)]),
  ].sort() as Channel[];
  const messages = addPairs(days, (f) => f.messages.channels);
  const totals = (value: (total: Day['facts']['total']) => number) =>
    sum(days, (day) => value(day.facts.total));
  const tickets = totals((t) => t.tickets);
  const reasons = addCounts(days, (f) => f.total.closeReasons);
  const causes = addPairs(days, (f) => f.rootCauses);
  const closedByCause: Record<string, number> = {};
  for (const [key, [, closed]] of Object.entries(causes)) {
    const cause = key.slice(key.indexOf('|') + 1);
    closedByCause[cause] = (closedByCause[cause] ?? 0) + closed;
  }
  const csat = csatOf(days);
  return {
    channels: channels.map((channel) => {
      const responses = responsesOf(
        days.map((day) => day.facts.channels[channel]),
        now,
      );
      return {
        channel,
        messagesSeen: messages[channel]?.[0] ?? 0,
        messagesLogged: messages[channel]?.[1] ?? 0,
        ticketsOpened: responses.tickets,
        firstResponse: {
          answered: responses.answered,
          medianMinutes: responses.medianMinutes,
          p90Minutes: responses.p90Minutes,
        },
        breaches: responses.missed,
      };
    }),
    topics: (keysOf(days, (f) => f.topics) as Topic[])
      .map((topic) => {
        const figures = resolutionsOf(days.map((day) => day.facts.topics[topic]));
        return {
          topic,
          tickets: figures.tickets,
          resolved: figures.resolved,
          resolution: { medianMinutes: figures.medianMinutes, p90Minutes: figures.p90Minutes },
        };
      })
      .sort((a, b) => b.tickets - a.tickets || a.topic.localeCompare(b.topic)),
    tickets,
    resolutionRate: share(
      totals((t) => t.resolvedNow),
      tickets,
    ),
    reopenRate: share(
      totals((t) => t.reopened),
      totals((t) => t.everResolved),
    ),
    escalationRate: share(
      totals((t) => t.escalated),
      tickets,
    ),
    csat: { responses: csat.responses, average: csat.average },
    closures: {
      withClosingMessage: totals((t) => t.closedWithMessage),
      byReason: {
        duplicate: reasons.duplicate ?? 0,
        spam: reasons.spam ?? 0,
        guest_unreachable: reasons.guest_unreachable ?? 0,
      },
    },
    noReplyNeeded: {
      automatic: sum(days, (day) => day.facts.messages.automatic),
      marked: sum(days, (day) => day.facts.messages.marked),
    },
    rootCauses: Object.entries(closedByCause)
      .filter(([, closed]) => closed > 0)
      .map(([rootCause, closed]) => ({ rootCause, tickets: closed }))
      .sort((a, b) => b.tickets - a.tickets || a.rootCause.localeCompare(b.rootCause)),
  };
}
