// The ground truth of the adapter-recall bench (adapter-recall-expected.json), written from the
// fixtures' own markup, never from an adapter's output.
import { z } from 'zod';

/** A wall-clock minute as the page prints it ("2026-11-22T09:41", the page's zone) or an instant. */
const PageTime = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?$/);
const ExpectedMessage = z.strictObject({
  /** The platform's own message id, where the page shows one. */
  id: z.string().optional(),
  direction: z.enum(['inbound', 'outbound']),
  /** Only where the page names the sender. */
  sender: z.string().optional(),
  sentAt: PageTime,
  /** Omitted for messages without text (a photo, an attachment, a status mark). */
  text: z.string().optional(),
});
export const Expected = z.strictObject({
  now: PageTime,
  pages: z.array(
    z.strictObject({
      adapter: z.string(),
      fixture: z.string(),
      url: z.url(),
      /** The elements the fixture renders as guest or staff messages (system notices excluded). */
      messageElements: z.string(),
      conversations: z.array(
        z.strictObject({
          /** The driver's conversation id (its openConversation argument). */
          id: z.string(),
          /**
           * false when the page never shows that id (WhatsApp's 2026 build): then the adapter's own
           * conversation id must merely be one per conversation.
           */
          pageShowsId: z.boolean().optional(),
          /** A public comment thread: nothing on it is a direct message. */
          publicComment: z.boolean().optional(),
          reservation: z
            .strictObject({
              number: z.string(),
              checkIn: z.string(),
              checkOut: z.string(),
              guestName: z.string(),
            })
            .optional(),
          messages: z.array(ExpectedMessage),
        }),
      ),
    }),
  ),
});
export type Expected = z.infer<typeof Expected>;
export type ExpectedPage = Expected['pages'][number];
export type ExpectedConversation = ExpectedPage['conversations'][number];

/** A printed wall-clock minute in this machine's zone (as the page's clock), or an instant. */
export function instant(printed: string): number {
  const wall = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(printed);
  if (!wall) return Date.parse(printed);
  const [year, month, day, hour, minute] = wall.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return new Date(year, month - 1, day, hour, minute).getTime();
}
