// Which status changes a ticket allows, decided from its facts alone (no database), so the rule
// the API enforces and the rule the property tests attack are the same few lines.
// DOMAIN.md steps 8-10: a ticket is closed once the fix is confirmed, the closing message is sent
// and the root cause is written; a complaint also needs its incident, impact and expected fix.
import type { TicketStatus } from '../../shared/sla-clock.ts';
import type { Role, Topic } from '../../shared/taxonomy.ts';
import type {
  CloseReason,
  CloseRequirement,
  Compensation,
  ComplaintRecord,
} from '../../shared/ticket-workflow.ts';

export interface StatusFacts {
  status: TicketStatus;
  topic: Topic | null;
  rootCause: string | null;
  complaint: ComplaintRecord | null;
  compensation: Pick<Compensation, 'status'> | null;
  /** The hotel has answered the guest at least once. */
  answered: boolean;
  /** A guest message that owes a reply is unanswered. */
  awaitingReply: boolean;
  /** A closing message went out after the guest's last message that owed a reply. */
  closingMessageSent: boolean;
}

export type StatusDecision =
  | { allowed: true }
  | { allowed: false; code: 'forbidden'; message: string }
  | { allowed: false; code: 'close_requirements_missing' | 'reply_required'; missing: CloseRequirement[] };

const COORDINATORS: readonly Role[] = ['coordinator', 'supervisor'];

/** Everything a close needs that the ticket lacks now, in the order a form asks for them. */
export function closeMissing(facts: StatusFacts): CloseRequirement[] {
  const missing: CloseRequirement[] = [];
  if (!facts.closingMessageSent) missing.push('closing_message');
  if (facts.awaitingReply) missing.push('reply');
  if (facts.rootCause === null) missing.push('root_cause');
  if (facts.topic === 'complaint') {
    if (!facts.complaint?.incident) missing.push('incident');
    if (!facts.complaint?.impact) missing.push('impact');
    if (!facts.complaint?.expectedFix) missing.push('expected_fix');
  }
  if (facts.compensation?.status === 'pending_approval') missing.push('compensation_approval');
  return missing;
}

/**
 * Whether `role` may move the ticket to `target`. Waiting for the guest and resolved need the
 * guest answered (they stop the clocks: they must not stop one nobody answered). A coordinator's
 * close with a reason (duplicate, spam, guest unreachable) needs nothing else.
 */
export function decideStatusChange(
  facts: StatusFacts,
  target: TicketStatus,
  role: Role,
  closeReason: CloseReason | undefined,
): StatusDecision {
  if (closeReason !== undefined) {
    if (!COORDINATORS.includes(role)) {
      return {
        allowed: false,
        code: 'forbidden',
        message:
          'Only coordinators and supervisors can close a ticket without a closing message (duplicate, spam, guest unreachable).',
      };
    }
    if (target !== 'closed') {
      return { allowed: false, code: 'forbidden', message: 'A close reason goes with status "closed" only.' };
    }
    return { allowed: true };
  }
  if (target === 'closed') {
    const missing = closeMissing(facts);
    return missing.length === 0
      ? { allowed: true }
      : { allowed: false, code: 'close_requirements_missing', missing };
  }
  if (target === 'pending_guest' || target === 'resolved') {
    if (!facts.answered || facts.awaitingReply) {
      return { allowed: false, code: 'reply_required', missing: ['reply'] };
    }
  }
  return { allowed: true };
}

const REQUIREMENT_WORDS: Record<CloseRequirement, string> = {
  closing_message: 'the closing message sent in the conversation (the closing template)',
  reply: 'a reply to the guest’s last message',
  root_cause: 'a root cause from the hotel’s list',
  incident: 'the complaint’s incident',
  impact: 'the complaint’s impact on the guest',
  expected_fix: 'the complaint’s expected fix',
  compensation_approval: 'a supervisor’s approval of the compensation',
};

export function describeRequirement(requirement: CloseRequirement): string {
  return REQUIREMENT_WORDS[requirement];
}
