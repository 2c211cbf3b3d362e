// A person asked to try the parked messages again (the popup's retry, after the API was fixed or
// a refusal was explained): they go back in the queue as if new, in their original order.
import type { KonukDb } from './db.ts';

/** Returns how many messages went back in the queue. */
export async function requeueParked(db: KonukDb): Promise<number> {
  return db.outbox
    .where('[state+seq]')
    .between(['parked', -Infinity], ['parked', Infinity])
    .modify((row) => {
      row.state = 'queued';
      row.attempts = 0;
      row.error = null;
    });
}
