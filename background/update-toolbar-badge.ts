// The toolbar icon's badge: how many open tickets are past their SLA (red), or "!" when the API
// cannot be reached while messages wait in the outbox. Cheap: one index read and a count.
import { browser } from 'wxt/browser';
import { slaStatus } from '../shared/sla-clock.ts';
import { countOutbox, type KonukDb } from './db.ts';
import { readSyncStatus } from './sync-status.ts';

const BREACHED_COLOR = '#c5221f';
const OUTAGE_COLOR = '#b06000';

export interface ToolbarBadge {
  text: string;
  color: string;
}

export async function computeToolbarBadge(db: KonukDb, now: number): Promise<ToolbarBadge> {
  const [{ lastSyncError }, queued, open] = await Promise.all([
    readSyncStatus(db),
    countOutbox(db, 'queued'),
    db.tickets.where('status').equals('open').toArray(),
  ]);
  // Messages that cannot leave the browser outrank everything: nobody else can see them.
  if (queued > 0 && lastSyncError !== null && lastSyncError.code !== 'not_configured') {
    return { text: '!', color: OUTAGE_COLOR };
  }
  const at = new Date(now);
  const breached = open.filter((row) => slaStatus(row.ticket.sla, at).state === 'breached').length;
  return { text: breached > 0 ? String(breached) : '', color: BREACHED_COLOR };
}

export async function updateToolbarBadge(db: KonukDb, now: number): Promise<ToolbarBadge> {
  const badge = await computeToolbarBadge(db, now);
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setBadgeText({ text: badge.text });
  return badge;
}
