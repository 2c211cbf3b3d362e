// Which guest messages owe the hotel a reply: not a rating of the closing question, not one an
// agent marked "no reply needed", not one the classifier found owes none (a thank-you, an emoji;
// classification.replyOwed, read as true where a message was classified before it existed).
// One SQL condition on a messages row aliased `m`, used by every query that asks.
export const OWES_REPLY = `(m.csat_score is null and m.no_reply_needed_at is null
  and coalesce((m.classification ->> 'replyOwed')::boolean, true))`;
