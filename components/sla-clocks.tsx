// Every clock a ticket runs (first response, next response, interim update, resolution), each with
// its state in words; the badge in the page shows only the one that matters most.
import type { SlaClocks } from '../shared/sla-clock.ts';
import { slaStatus, type SlaClock } from '../shared/sla-clock.ts';
import type { Ticket } from '../shared/ticket.ts';
import { t } from './i18n.ts';
import { slaLabel } from './ticket-row.tsx';

export function SlaClockList({ ticket, now }: { ticket: Ticket; now: number }) {
  const clocks: SlaClock[] = ticket.clocks ? present(ticket.clocks) : [ticket.sla];
  return (
    <ul class="clocks" data-testid="ws-clocks">
      {clocks.map((clock) => {
        const status = slaStatus(clock, new Date(now));
        return (
          <li
            key={clock.kind}
            class={`sla-${status.state}`}
            data-testid="ws-clock"
            data-kind={clock.kind}
            data-state={status.state}
          >
            {t(`sla_${clock.kind}`)}: {slaLabel(status)}
          </li>
        );
      })}
    </ul>
  );
}

function present(clocks: SlaClocks): SlaClock[] {
  return [clocks.firstResponse, clocks.nextResponse, clocks.interimUpdate, clocks.resolution].filter(
    (clock): clock is SlaClock => clock !== null,
  );
}
