// What a change of server or of hotel did to the extension's local store (issue 14), as the
// options page tells it: the old server keeps what it confirmed, what it never confirmed goes to
// the new one.
import { z } from 'zod';

export const ConnectionSwitch = z.object({
  at: z.iso.datetime(),
  /** The origins of the old and the new server (the same one when only the hotel changed). */
  from: z.string(),
  to: z.string(),
  /** The new hotel, once its server has answered. */
  hotelName: z.string().nullable(),
  /** Messages and phone calls never confirmed by the old server: they go to the new one. */
  pending: z.number().int().nonnegative(),
  /** The old server's tickets, no longer shown. */
  droppedTickets: z.number().int().nonnegative(),
  /** Ticket changes queued for the old server's tickets, which cannot go to the new one. */
  droppedActions: z.number().int().nonnegative(),
});
export type ConnectionSwitch = z.infer<typeof ConnectionSwitch>;
