// The SLA clock of a conversation the API has not answered for yet (offline, or still queued),
// computed from the messages held locally with the default policy, so a badge ticks at once.
import type { CapturedMessage } from '../shared/message.ts';
import { computeSlaClock, type SlaClock } from '../shared/sla-clock.ts';
import { DEFAULT_SLA_POLICY } from '../shared/sla-policy.ts';

export function provisionalClock(messages: CapturedMessage[]): SlaClock | null {
  const ordered = [...messages].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
  const start = ordered.findIndex((m) => m.direction === 'inbound');
  const first = ordered[start];
  if (!first) return null;
  let firstResponseAt: string | null = null;
  let awaitingSince: string | null = first.sentAt;
  for (const m of ordered.slice(start + 1)) {
    if (m.direction === 'outbound') {
      firstResponseAt ??= m.sentAt;
      awaitingSince = null;
    } else {
      awaitingSince ??= m.sentAt;
    }
  }
  return computeSlaClock(
    {
      channel: first.channel,
      publicSource: first.publicSource ?? null,
      priority: 'normal',
      status: 'open',
      firstInboundAt: first.sentAt,
      firstResponseAt,
      awaitingSince,
    },
    DEFAULT_SLA_POLICY,
  );
}
