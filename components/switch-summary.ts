// What a change of server or hotel did, in the words the options page shows after Save:
// "Switched to Hotel Side at https://…: 3 messages not yet sent will go to the new server;
// 120 tickets of the old server are no longer shown."
import type { ConnectionSwitch } from '../shared/connection-switch.ts';
import type { Translate } from './sla-badge.tsx';

export function describeSwitch(report: ConnectionSwitch, t: Translate): string {
  const plural = new Intl.PluralRules(t('locale_code'));
  const count = (key: string, n: number) =>
    t(`${key}_${plural.select(n) === 'one' ? 'one' : 'other'}`, String(n));
  const parts = [
    report.pending === 0 ? t('options_switch_pending_none') : count('options_switch_pending', report.pending),
  ];
  if (report.droppedTickets > 0) parts.push(count('options_switch_dropped', report.droppedTickets));
  if (report.droppedActions > 0) parts.push(count('options_switch_actions', report.droppedActions));
  const what = parts.join('; ');
  return report.hotelName === null
    ? t('options_switched_server', report.to, what)
    : t('options_switched_hotel', report.hotelName, report.to, what);
}
