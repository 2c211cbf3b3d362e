// Under the conversations' locks, finds which messages of a batch are another read of a message
// already stored or earlier in the batch (shared/message-reads.ts), and gives each such read the
// key of the message it repeats, so the ingest plan answers it as a duplicate. The read's own key
// is then recorded (recordReads), so its retries find the message by key alone.
import { messageKey, type CapturedMessage } from '../../shared/message.ts';
import { SAME_MESSAGE_WINDOW_MS, sameMessage } from '../../shared/message-reads.ts';
import type { Queryable } from '../db/database.ts';

export interface ResolvedReads {
  /** The batch, each second read replaced by (the key of) the message it repeats. */
  batch: CapturedMessage[];
  /** Batch positions whose own key is a second read, to record once the message id is known. */
  secondReads: number[];
}

interface Candidate {
  i: number;
  key: string;
  platform_message_id: string;
  sent_at: Date | string;
  text: string;
  sender_handle: string | null;
}

export async function resolveReads(
  tx: Queryable,
  hotelId: string,
  captured: readonly CapturedMessage[],
): Promise<ResolvedReads> {
  const batch = [...captured];
  const secondReads: number[] = [];
  const keys = captured.map(messageKey);
  const recorded = await tx.query<{ key: string; platform_message_id: string }>(
    `select r.key, m.platform_message_id
       from message_reads r join messages m on m.id = r.message_id
      where r.hotel_id = $1 and r.key = any($2::text[])`,
    [hotelId, keys],
  );
  const recordedId = new Map(recorded.map((row) => [row.key, row.platform_message_id]));
  const open: number[] = [];
  captured.forEach((message, i) => {
    const platformMessageId = recordedId.get(keys[i]!);
    if (platformMessageId) batch[i] = { ...message, platformMessageId };
    else open.push(i);
  });
  if (open.length === 0) return { batch, secondReads };

  const candidates = await tx.query<Candidate>(
    `select x.i, m.key, m.platform_message_id, m.sent_at, m.text, m.sender_handle
       from unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
              as x (i, channel, conversation_id, direction, sent_at)
       join messages m
         on m.hotel_id = $1 and m.channel = x.channel and m.conversation_id = x.conversation_id
        and m.sent_at between x.sent_at - $7::interval and x.sent_at + $7::interval
        and m.direction = x.direction`,
    [
      hotelId,
      open,
      open.map((i) => captured[i]!.channel),
      open.map((i) => captured[i]!.conversationId),
      open.map((i) => captured[i]!.direction),
      open.map((i) => captured[i]!.sentAt),
      `${SAME_MESSAGE_WINDOW_MS / 1000} seconds`,
    ],
  );
  const byIndex = new Map<number, Candidate[]>();
  for (const row of candidates) byIndex.set(row.i, [...(byIndex.get(row.i) ?? []), row]);

  const fresh: number[] = [];
  for (const i of open) {
    const message = captured[i]!;
    const rows = byIndex.get(i) ?? [];
    if (rows.some((row) => row.key === keys[i])) continue; // stored under its own key
    const stored = rows.find((row) =>
      sameMessage(message, {
        ...message,
        platformMessageId: row.platform_message_id,
        sentAt: new Date(row.sent_at).toISOString(),
        text: row.text,
        ...(row.sender_handle ? { senderHandle: row.sender_handle } : { senderHandle: undefined }),
      }),
    );
    if (stored) {
      batch[i] = { ...message, platformMessageId: stored.platform_message_id };
      secondReads.push(i);
    } else {
      fresh.push(i);
    }
  }
  // Two reads of one message in the same batch: the one with the platform's id is the message.
  for (const [position, i] of fresh.entries()) {
    if (batch[i] !== captured[i]) continue;
    for (const j of fresh.slice(position + 1)) {
      if (batch[j] !== captured[j] || !sameMessage(captured[i]!, captured[j]!)) continue;
      const [message, read] = captured[i]!.platformMessageId.startsWith('derived:') ? [j, i] : [i, j];
      batch[read] = captured[message]!;
      secondReads.push(read);
      if (read === i) break;
    }
  }
  return { batch, secondReads };
}

export async function recordReads(
  tx: Queryable,
  hotelId: string,
  captured: readonly CapturedMessage[],
  secondReads: readonly number[],
  messageIdAt: (index: number) => string | null,
): Promise<void> {
  const rows = secondReads
    .map((i) => ({ key: messageKey(captured[i]!), message_id: messageIdAt(i) }))
    .filter((row) => row.message_id !== null && row.key !== '');
  if (rows.length === 0) return;
  await tx.query(
    `insert into message_reads (hotel_id, key, message_id)
     select $1, x.key, x.message_id from jsonb_to_recordset($2::jsonb) as x (key text, message_id uuid)
     on conflict do nothing`,
    [hotelId, JSON.stringify(rows)],
  );
}
