import type { Ticket } from '../shared/ticket.ts';

/** What one sync run changed, so open tabs hear about exactly that. */
export interface SyncOutcome {
  syncedKeys: string[];
  tickets: Ticket[];
  parked: number;
}

export function emptyOutcome(): SyncOutcome {
  return { syncedKeys: [], tickets: [], parked: 0 };
}
