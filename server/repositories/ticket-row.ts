// How a ticket row becomes the contract's Ticket: one column list and one mapping, shared by
// every query that returns tickets.
import type { SlaClock, SlaClocks } from '../../shared/sla-clock.ts';
import type { CorrectableField, Ticket } from '../../shared/ticket.ts';
import type { Channel, EscalationReason, Language, Priority, Stage, Topic } from '../../shared/taxonomy.ts';
import type { TeamKey } from '../../shared/routing.ts';
import type { CloseReason, Compensation, ComplaintRecord } from '../../shared/ticket-workflow.ts';
import type { LabelCorrection } from '../../shared/classification/classification-schema.ts';
import type { PublicRating, PublicSource, Visibility } from '../../shared/message.ts';
import type { GuestLinkReason } from '../../shared/guest-link-reason.ts';

/** Selects a ticket aliased `t` with its owner's name; use with TICKET_FROM or a CTE named t. */
export const TICKET_COLUMNS = `
  t.id, t.record_number, t.channel, t.conversation_id, t.conversation_title, t.conversation_url,
  t.guest_name, t.guest_handle, t.status, t.status_changed_at, t.stage, t.topic, t.priority,
  t.escalation, t.team, t.owner_agent_id, owner.name as owner_name, t.message_count,
  t.first_inbound_at, t.last_inbound_at, t.last_outbound_at, t.first_response_at, t.awaiting_since,
  t.sla, t.created_at, t.updated_at, t.closed_at, t.change_seq, t.language, t.label_correction,
  t.corrected_team, t.escalation_level, t.guest_id, t.reservation_number, t.stay_check_in,
  t.stay_check_out, t.csat_score, t.csat_message_id, t.csat_answered_at, t.sla_clocks, t.root_cause,
  t.complaint, t.close_reason, t.compensation, t.reopen_count, t.resolved_at, t.visibility,
  t.public_source, t.public_author, t.rating_value, t.rating_out_of, t.public_url, t.started_public,
  t.private_joined_at, t.private_join_channel, t.private_join_reason`;

export const OWNER_JOIN = 'left join agents owner on owner.id = t.owner_agent_id';

export interface TicketRow {
  id: string;
  record_number: string;
  channel: Channel;
  conversation_id: string;
  conversation_title: string | null;
  conversation_url: string | null;
  guest_name: string | null;
  guest_handle: string | null;
  status: Ticket['status'];
  status_changed_at: string | null;
  stage: Stage | null;
  topic: Topic | null;
  priority: Priority;
  escalation: EscalationReason[];
  team: TeamKey | null;
  owner_agent_id: string | null;
  owner_name: string | null;
  message_count: number;
  first_inbound_at: string;
  last_inbound_at: string;
  last_outbound_at: string | null;
  first_response_at: string | null;
  awaiting_since: string | null;
  sla: SlaClock;
  sla_clocks: SlaClocks | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  change_seq: string;
  language: Language | null;
  label_correction: LabelCorrection | null;
  corrected_team: TeamKey | null;
  escalation_level: number;
  guest_id: string | null;
  reservation_number: string | null;
  stay_check_in: string | null;
  stay_check_out: string | null;
  csat_score: number | null;
  csat_message_id: string | null;
  csat_answered_at: string | null;
  root_cause: string | null;
  complaint: ComplaintRecord | null;
  close_reason: CloseReason | null;
  compensation: Compensation | null;
  reopen_count: number;
  resolved_at: string | null;
  visibility: Visibility;
  public_source: PublicSource | null;
  public_author: string | null;
  rating_value: number | null;
  rating_out_of: number | null;
  public_url: string | null;
  started_public: boolean;
  private_joined_at: string | null;
  private_join_channel: Channel | null;
  private_join_reason: GuestLinkReason | null;
}

const CORRECTABLE_LABELS = ['language', 'topic', 'stage', 'priority', 'escalation'] as const;

function correctedFields(row: TicketRow): CorrectableField[] {
  const fields: CorrectableField[] = CORRECTABLE_LABELS.filter(
    (field) => row.label_correction?.[field] !== undefined,
  );
  if (row.corrected_team !== null) fields.push('team');
  return fields;
}

export function toTicket(row: TicketRow): Ticket {
  return {
    id: row.id,
    recordNumber: row.record_number,
    channel: row.channel,
    conversationId: row.conversation_id,
    conversationTitle: row.conversation_title,
    conversationUrl: row.conversation_url,
    guestName: row.guest_name,
    guestHandle: row.guest_handle,
    status: row.status,
    stage: row.stage,
    topic: row.topic,
    priority: row.priority,
    escalation: row.escalation,
    team: row.team,
    ownerAgentId: row.owner_agent_id,
    ownerName: row.owner_name,
    messageCount: row.message_count,
    firstInboundAt: row.first_inbound_at,
    lastInboundAt: row.last_inbound_at,
    lastOutboundAt: row.last_outbound_at,
    firstResponseAt: row.first_response_at,
    awaitingSince: row.awaiting_since,
    sla: row.sla,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    changeSeq: row.change_seq,
    language: row.language,
    correctedFields: correctedFields(row),
    escalationLevel: row.escalation_level,
    guestId: row.guest_id,
    reservationNumber: row.reservation_number,
    stay:
      row.stay_check_in && row.stay_check_out
        ? { checkIn: row.stay_check_in, checkOut: row.stay_check_out }
        : null,
    csat:
      row.csat_score !== null && row.csat_message_id && row.csat_answered_at
        ? { score: row.csat_score, messageId: row.csat_message_id, answeredAt: row.csat_answered_at }
        : null,
    clocks: row.sla_clocks,
    rootCause: row.root_cause,
    complaint: row.complaint,
    closeReason: row.close_reason,
    compensation: row.compensation,
    reopenCount: row.reopen_count,
    resolvedAt: row.resolved_at,
    visibility: row.visibility,
    publicSource: row.public_source,
    publicAuthor: row.public_author,
    rating:
      row.rating_value !== null && row.rating_out_of !== null
        ? { value: Number(row.rating_value), outOf: row.rating_out_of as PublicRating['outOf'] }
        : null,
    publicUrl: row.public_url,
    startedPublic: row.started_public,
    privateJoinedAt: row.private_joined_at,
    privateJoinChannel: row.private_join_channel,
    privateJoinReason: row.private_join_reason,
  };
}
