// The domain's keys, exactly as ../shared/DOMAIN.md names them. Every record and every API
// payload uses these, so a key that is not here cannot enter the system.
import { z } from 'zod';

export const CHANNELS = [
  'whatsapp',
  'email',
  'booking',
  'expedia',
  'airbnb',
  'instagram',
  'messenger',
  'phone',
  // Added with issue 11: Google Business Profile reviews (a public channel of its own).
  'google',
  // Added with issue 11: review sites read in their owners' pages, public channels of their own.
  // Booking.com reviews stay on 'booking', Facebook and Instagram comments on their networks.
  'tripadvisor',
  'holidaycheck',
] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const STAGES = ['pre_stay', 'in_stay', 'post_stay'] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

export const TOPICS = [
  'question',
  'complaint',
  'change',
  'cancellation',
  'refund',
  'special_request',
  'invoice',
  'lost_item',
  'feedback',
] as const;
export const Topic = z.enum(TOPICS);
export type Topic = z.infer<typeof Topic>;

export const PRIORITIES = ['urgent', 'normal'] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

export const ESCALATION_REASONS = ['reputation_risk', 'safety', 'high_cost'] as const;
export const EscalationReason = z.enum(ESCALATION_REASONS);
export type EscalationReason = z.infer<typeof EscalationReason>;

export const TEAMS = [
  'front_office',
  'reservations',
  'housekeeping',
  'food_beverage',
  'technical_service',
  'accounting',
  'guest_relations',
] as const;
export const Team = z.enum(TEAMS);
export type Team = z.infer<typeof Team>;

export const ROLES = ['frontline', 'coordinator', 'owner', 'supervisor'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Coordinators and supervisors run the hotel's guest communication: its settings, its templates. */
export function isCoordinating(role: Role): boolean {
  return role === 'coordinator' || role === 'supervisor';
}

/**
 * The guest's language as an ISO 639-1 code: the five Konuk ships templates and lexicons for
 * first, then the other languages guests on the Turkish coast write in (the classifier tells each
 * from its neighbours: uk from ru, fa from ar). A hotel may write templates in any of them.
 */
export const LANGUAGES = [
  'tr', 'en', 'de', 'ru', 'ar',
  'es', 'fr', 'it', 'pt', 'nl', 'pl', 'uk', 'fa',
] as const; // prettier-ignore
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;
