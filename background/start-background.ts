// Wires the background worker: the database, the sync scheduler, the message router, the alarm
// that brings a stopped worker back, and a first sync at start-up.
import { browser } from 'wxt/browser';
import { openKonukDb, type KonukDb } from './db.ts';
import type { FetchLike } from './api-client.ts';
import { createMessageRouter } from './message-router.ts';
import { startExtensionServices, type ExtensionServices } from './extension-services.ts';
import { SyncScheduler } from './schedule-sync.ts';
import { TabConversations } from './tab-conversations.ts';
import { listenForWorkspace } from './workspace-listeners.ts';

export const SYNC_ALARM = 'konuk-sync';

export interface BackgroundDeps {
  db: KonukDb;
  fetch: FetchLike;
  now: () => number;
  random: () => number;
  locks: LockManager | null;
}

export interface RunningBackground {
  scheduler: SyncScheduler;
  tabs: TabConversations;
  services: ExtensionServices;
  stop(): void;
}

export function startBackground(): void {
  runBackground({
    db: openKonukDb(),
    fetch: (input, init) => fetch(input, init),
    now: Date.now,
    random: Math.random,
    locks: navigator.locks ?? null,
  });
}

/** Listeners are added synchronously: a worker woken by an event must find them in place. */
export function runBackground(deps: BackgroundDeps): RunningBackground {
  const tabs = new TabConversations();
  const scheduler = new SyncScheduler({ ...deps, tabs });
  const services = startExtensionServices(deps);
  const router = createMessageRouter({ ...deps, scheduler, tabs, services });
  const stopWorkspaceListeners = listenForWorkspace(deps);
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name !== SYNC_ALARM) return;
    void scheduler.request();
    void services.tick();
  };
  const onTabRemoved = (tabId: number) => void tabs.forget(tabId);

  browser.runtime.onMessage.addListener(router);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.tabs.onRemoved.addListener(onTabRemoved);
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 0.5 });
  // A worker that has just started (browser start, or woken after Chrome stopped it) tries once
  // whatever the backoff says: the outage it was backing off from may be long over.
  void scheduler.request(true);

  return {
    scheduler,
    tabs,
    services,
    stop() {
      scheduler.stop();
      services.stop();
      stopWorkspaceListeners();
      browser.runtime.onMessage.removeListener(router);
      browser.alarms.onAlarm.removeListener(onAlarm);
      browser.tabs.onRemoved.removeListener(onTabRemoved);
    },
  };
}
