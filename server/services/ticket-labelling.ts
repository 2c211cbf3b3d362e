// A ticket's labels and owner from its classified guest messages, the agent's corrections and the
// hotel's routing rules (shared/classification/label-ticket.ts and shared/routing.ts do the
// deciding; this puts them together). A corrected field wins; escalation reasons the ticket did
// not have before are the ones the supervisor must hear about now.
import type { ClassifiedMessage } from '../../shared/classification/label-ticket.ts';
import { labelTicket } from '../../shared/classification/label-ticket.ts';
import type { LabelCorrection } from '../../shared/classification/classification-schema.ts';
import { routeTicket, type NotifyTarget, type RoutingConfig, type TeamKey } from '../../shared/routing.ts';
import type { EscalationReason, Language, Priority, Stage, Topic } from '../../shared/taxonomy.ts';
import type { CorrectableField } from '../../shared/ticket.ts';

export interface LabelInputs {
  /** The ticket's classified guest messages (CSAT answers left out). */
  messages: readonly ClassifiedMessage[];
  correction: LabelCorrection | null;
  correctedTeam: TeamKey | null;
  /** The escalation reasons the ticket carried before. */
  previousEscalation: readonly EscalationReason[];
  config: RoutingConfig;
}

export interface TicketLabelling {
  language: Language | null;
  topic: Topic | null;
  stage: Stage | null;
  priority: Priority;
  escalation: EscalationReason[];
  team: TeamKey;
  correctedFields: CorrectableField[];
  /** Reasons the ticket gained now. */
  newReasons: EscalationReason[];
  /** Who hears about the new reasons (empty when there are none). */
  notify: NotifyTarget[];
}

export function labelAndRoute(inputs: LabelInputs): TicketLabelling {
  const labels = labelTicket(inputs.messages, inputs.correction);
  const route = routeTicket(inputs.config, {
    topic: labels.topic,
    stage: labels.stage,
    priority: labels.priority,
    escalation: labels.escalation,
    area: labels.area,
  });
  const newReasons = labels.escalation.filter((r) => !inputs.previousEscalation.includes(r));
  const correctedFields = labels.corrected.flatMap((field): CorrectableField[] =>
    field === 'area' ? [] : [field],
  );
  if (inputs.correctedTeam) correctedFields.push('team');
  return {
    language: labels.language,
    topic: labels.topic,
    stage: labels.stage,
    // An agent who set the priority decided it knowing the reasons; a fresh reason was already
    // made urgent by labelTicket.
    priority: labels.corrected.includes('priority') ? labels.priority : route.priority,
    escalation: labels.escalation,
    team: inputs.correctedTeam ?? route.team,
    correctedFields,
    newReasons,
    notify: newReasons.length > 0 ? route.notify : [],
  };
}

/** The fields of `update` laid over the earlier correction: every correction is kept. */
export function mergeCorrection(
  previous: LabelCorrection | null,
  update: Partial<Pick<LabelCorrection, 'language' | 'topic' | 'stage' | 'priority' | 'escalation'>>,
  correctedAt: string,
  agentId: string,
): LabelCorrection {
  const merged: LabelCorrection = { ...previous, correctedAt, agentId };
  for (const field of ['language', 'topic', 'stage', 'priority', 'escalation'] as const) {
    if (update[field] !== undefined) Object.assign(merged, { [field]: update[field] });
  }
  return merged;
}
