// A hotel's settings, kept by its coordinators without code (issue 8): SLA targets per channel ×
// stage × priority with business hours (split shifts), holidays and time zone; routing (topic →
// team); the escalation ladder per channel relative to its target; compensation limits per role;
// the root-cause list. Teams and their members are their own resource (/v1/teams).
//
// GET /v1/settings (every agent: the close form needs the root causes) → SettingsResponse.
// PATCH /v1/settings (coordinators and supervisors) with any sections of HotelSettings: each
// section sent replaces that section whole, is checked with these schemas (400, nothing
// changed, on any mistake) and is recorded with who changed it and when.
// GET /v1/settings/changes (coordinators and supervisors) → SettingsChangesResponse, newest first.
// GET /v1/root-causes (every agent) → RootCauseListResponse: the active causes.
import { z } from 'zod';
import { EscalationLadders, RoutingRule, TeamKey } from './routing.ts';
import { SlaPolicy } from './sla-policy.ts';
import { RootCause } from './ticket-workflow.ts';

const isoDateTime = z.iso.datetime({ offset: true });

/** The most one agent may offer without a supervisor; null: no limit. */
const Limit = z.number().min(0).max(1_000_000).nullable();

export const CompensationSettings = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'a currency is an ISO code like EUR or TRY'),
    limits: z.object({ frontline: Limit, owner: Limit, coordinator: Limit, supervisor: Limit }).strict(),
  })
  .strict();
export type CompensationSettings = z.infer<typeof CompensationSettings>;

export const RoutingSettings = z
  .object({ defaultTeam: TeamKey, rules: z.array(RoutingRule).max(500) })
  .strict();
export type RoutingSettings = z.infer<typeof RoutingSettings>;

export const RootCauseList = z
  .array(RootCause)
  .max(500)
  .refine((causes) => new Set(causes.map((c) => c.id)).size === causes.length, 'root cause ids are unique');

export const HotelSettings = z
  .object({
    sla: SlaPolicy,
    routing: RoutingSettings,
    escalation: EscalationLadders,
    compensation: CompensationSettings,
    rootCauses: RootCauseList,
  })
  .strict();
export type HotelSettings = z.infer<typeof HotelSettings>;

export const SettingsSection = z.enum(['sla', 'routing', 'escalation', 'compensation', 'rootCauses']);
export type SettingsSection = z.infer<typeof SettingsSection>;

export const SettingsUpdateRequest = HotelSettings.partial()
  .strict()
  .refine((update) => Object.keys(update).length > 0, {
    message: 'send at least one of sla, routing, escalation, compensation, rootCauses',
  });
export type SettingsUpdateRequest = z.infer<typeof SettingsUpdateRequest>;

export const SettingsResponse = z.object({
  settings: HotelSettings,
  updatedAt: isoDateTime.nullable(),
  updatedBy: z.string().nullable(),
});
export type SettingsResponse = z.infer<typeof SettingsResponse>;

export const SettingsChange = z.object({
  id: z.uuid(),
  at: isoDateTime,
  agentId: z.uuid(),
  agentName: z.string(),
  sections: z.array(SettingsSection),
  /** The sections as they were before and after, as sent. */
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
});
export type SettingsChange = z.infer<typeof SettingsChange>;

export const SettingsChangesResponse = z.object({ changes: z.array(SettingsChange) });
export type SettingsChangesResponse = z.infer<typeof SettingsChangesResponse>;

export const RootCauseListResponse = z.object({ rootCauses: z.array(RootCause) });
export type RootCauseListResponse = z.infer<typeof RootCauseListResponse>;
