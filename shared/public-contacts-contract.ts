// The API of issue 11's coordinator link: a guest's private conversation (a DM, an e-mail, a
// Booking.com message) that the page's evidence could not tie to a public comment or review is
// joined to that public contact's record by a coordinator, who says why.
import { z } from 'zod';
import { Channel } from './taxonomy.ts';
import { MAX_ID_CHARS } from './limits.ts';

const REASON_CHARS = 500;

// POST /v1/tickets/:recordNumber/private-link (coordinators and supervisors) -> the public Ticket.
export const PrivateLinkRequest = z
  .object({
    /** The private conversation, as its messages name it. */
    channel: Channel,
    conversationId: z.string().trim().min(1).max(MAX_ID_CHARS),
    /** Why the coordinator knows it is the same guest; kept in the ticket's history. */
    reason: z.string().trim().min(1).max(REASON_CHARS),
  })
  .strict();
export type PrivateLinkRequest = z.infer<typeof PrivateLinkRequest>;
