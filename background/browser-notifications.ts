// Breaches and escalations addressed to this agent (owner, team lead, role) as browser
// notifications, once each; a click opens the conversation and the ticket beside it. The
// side panel's inbox holds the same, acknowledgeable, for whoever missed the pop-up.
import { browser } from 'wxt/browser';
import type { Notification } from '../shared/api-contract.ts';
import type { KonukDb } from './db.ts';

const PREFIX = 'konuk-ticket|';
/** A plain square in Konuk's blue: Chrome will not show a notification without an icon. */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAL0lEQVR4nO3OIQEAAAgDMDwBqU0jiHEzMb/q2UsqAQEBAQEBAQEBAQEBAQGBdOABygfEeb1YazcAAAAASUVORK5CYII=';

type Translate = (key: string, ...substitutions: string[]) => string;

export function notificationId(recordNumber: string): string {
  return PREFIX + recordNumber;
}

export function recordNumberOf(notificationId: string): string | null {
  return notificationId.startsWith(PREFIX) ? notificationId.slice(PREFIX.length) : null;
}

/** One notification per ticket: a newer one about the same ticket replaces the older. */
export async function announce(fresh: Notification[], t: Translate): Promise<number> {
  const notifications = (browser as unknown as { notifications?: typeof browser.notifications })
    .notifications;
  if (!notifications) return 0;
  const newestPerTicket = new Map<string, Notification>();
  for (const n of fresh) {
    if (!n.forYou) continue;
    const held = newestPerTicket.get(n.recordNumber);
    if (!held || held.at < n.at) newestPerTicket.set(n.recordNumber, n);
  }
  for (const n of newestPerTicket.values()) {
    await notifications
      .create(notificationId(n.recordNumber), {
        type: 'basic',
        iconUrl: ICON,
        title: t('browser_notification_title', n.recordNumber, describe(n, t)),
        message: t('browser_notification_open'),
        priority: 2,
      })
      .catch(() => undefined);
  }
  return newestPerTicket.size;
}

function describe(n: Notification, t: Translate): string {
  if (n.kind === 'unanswered') return t('notification_unanswered', String(n.level));
  return t('notification_escalation', n.reasons.map((reason) => t(`escalation_${reason}`)).join(', '));
}

/** Where a clicked notification leads: the ticket's conversation, when this browser knows it. */
export async function conversationOf(db: KonukDb, recordNumber: string): Promise<string | null> {
  const row = await db.tickets.where('recordNumber').equals(recordNumber).first();
  return row?.ticket.conversationUrl ?? null;
}
