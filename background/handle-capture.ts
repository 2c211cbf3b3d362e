// A content script hands over the messages it saw. Each one is validated on its own, so one bad
// message costs nobody else their place; the message and its outbox row are written in one
// transaction, and the reply is only sent once that transaction has committed.
import { z } from 'zod';
import { CapturedMessage, conversationKey, messageKey } from '../shared/message.ts';
import type { CaptureReply } from '../shared/runtime-messages.ts';
import { MAX_BATCH_MESSAGES } from '../shared/limits.ts';
import type { KonukDb, MessageRow, OutboxRow } from './db.ts';
import { readBadgeTickets, readMessageStates } from './read-state.ts';

const CaptureEnvelope = z.object({
  type: z.literal('konuk/capture'),
  messages: z.array(z.unknown()).min(1).max(MAX_BATCH_MESSAGES),
});

export interface CaptureOutcome {
  reply: CaptureReply;
  /** The valid messages' keys: saved even when the reply rejects the invalid ones. */
  keys: string[];
  /** Conversations this capture touched, for routing later state pushes to the sender's tab. */
  conversationKeys: string[];
  queued: number;
}

export async function handleCapture(db: KonukDb, raw: unknown, now: number): Promise<CaptureOutcome> {
  const envelope = CaptureEnvelope.safeParse(raw);
  if (!envelope.success) return rejected(`invalid capture request: ${describeIssues(envelope.error)}`);

  const valid: CapturedMessage[] = [];
  const problems: string[] = [];
  envelope.data.messages.forEach((candidate, index) => {
    const parsed = CapturedMessage.safeParse(candidate);
    if (parsed.success) valid.push(parsed.data);
    else problems.push(`messages[${index}]: ${describeIssues(parsed.error)}`);
  });

  let queued: number;
  try {
    queued = await storeAndQueue(db, valid, new Date(now).toISOString());
  } catch (error) {
    return rejected(`could not save the messages: ${error instanceof Error ? error.name : 'unknown error'}`);
  }

  const conversationKeys = [...new Set(valid.map(conversationKey))];
  const keys = [...new Set(valid.map(messageKey))];
  if (problems.length > 0) {
    const error = `${problems.length} invalid message(s): ${problems.join('; ')}`;
    return { reply: { ok: false, error }, keys, conversationKeys, queued };
  }
  const messages = await readMessageStates(db, keys);
  const tickets = await readBadgeTickets(
    db,
    conversationKeys,
    messages.map((m) => m.ticketId),
  );
  return { reply: { ok: true, messages, tickets }, keys, conversationKeys, queued };
}

/** Returns how many messages were new. Resolves only after the transaction committed. */
async function storeAndQueue(db: KonukDb, messages: CapturedMessage[], storedAt: string): Promise<number> {
  if (messages.length === 0) return 0;
  return db.transaction('rw', db.messages, db.outbox, async () => {
    const byKey = new Map(messages.map((m) => [messageKey(m), m]));
    const known = await db.messages.bulkGet([...byKey.keys()]);
    const fresh = [...byKey].filter((_, i) => known[i] === undefined);
    const rows: MessageRow[] = fresh.map(([key, message]) => ({
      key,
      conversationKey: conversationKey(message),
      message,
      logged: 'stored',
      ticketId: null,
      storedAt,
    }));
    const outbox: OutboxRow[] = fresh.map(([key]) => ({
      key,
      state: 'queued',
      attempts: 0,
      queuedAt: storedAt,
      error: null,
    }));
    await db.messages.bulkAdd(rows);
    await db.outbox.bulkAdd(outbox);
    return fresh.length;
  });
}

/** Paths and Zod's messages only: the rejected values are guest text and stay out of errors. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join(', ');
}

function rejected(error: string): CaptureOutcome {
  return { reply: { ok: false, error }, keys: [], conversationKeys: [], queued: 0 };
}
