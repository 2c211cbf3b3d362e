// What this page knows about each captured message: how far it has got (stored, synced) and
// its ticket. Filled only from parsed background replies and pushes; a message the background
// has not confirmed stays unlogged.
import type { BadgeTicket, LoggedState, MessageState } from '../shared/runtime-messages.ts';
import type { SlaClock } from '../shared/sla-clock.ts';

export interface BadgeFacts {
  logged: LoggedState;
  ticket: BadgeTicket | null;
  /** The extension's own clock from the default policy, until the API's ticket is known. */
  provisionalSla: SlaClock | null;
}

const UNLOGGED: BadgeFacts = { logged: 'unlogged', ticket: null, provisionalSla: null };

export class LoggedStateStore {
  readonly #states = new Map<string, MessageState>();
  readonly #tickets = new Map<string, BadgeTicket>();

  /** Whether the background has confirmed the message (no need to send it again). */
  isConfirmed(key: string): boolean {
    return this.#states.has(key);
  }

  apply(messages: readonly MessageState[], tickets: readonly BadgeTicket[]): void {
    for (const ticket of tickets) this.#tickets.set(ticket.id, ticket);
    for (const state of messages) {
      const known = this.#states.get(state.key);
      // A late "stored" reply must not undo a "synced" push that overtook it.
      const logged = known?.logged === 'synced' ? 'synced' : state.logged;
      this.#states.set(state.key, { ...state, logged, ticketId: state.ticketId ?? known?.ticketId ?? null });
    }
  }

  facts(key: string): BadgeFacts {
    const state = this.#states.get(key);
    if (!state) return UNLOGGED;
    return {
      logged: state.logged,
      ticket: state.ticketId ? (this.#tickets.get(state.ticketId) ?? null) : null,
      provisionalSla: state.provisionalSla,
    };
  }
}
