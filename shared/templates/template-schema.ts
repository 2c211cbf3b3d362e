// A reply template: text with {{variables}}, for some kinds of messages. Hotels keep their own
// library (stored by the API, cached by the extension); every copy is parsed with this schema.
import { z } from 'zod';
import { Channel, Language, Stage, Topic } from '../taxonomy.ts';

export const TemplateKind = z.enum([
  'acknowledgement',
  'public_reply',
  'complaint_recovery',
  'interim_update',
  'cancellation_change',
  'refund',
  'closing',
  'post_stay_thanks',
]);
export type TemplateKind = z.infer<typeof TemplateKind>;

/** The variables Konuk fills from the ticket or asks the agent for; hotels may add their own. */
export const TEMPLATE_VARIABLES = [
  'guest_name',
  'record_number',
  'hotel_name',
  'agent_name',
  'check_in',
  'check_out',
  'issue_summary',
  'cause',
  'fix_summary',
  'fix_time',
  'compensation',
  'progress_summary',
  'next_update_time',
  'cancellation_terms',
  'alternative_offer',
  'refund_amount',
  'refund_days',
  'follow_up_contact',
  'solution_summary',
] as const;

/** A public reply stays short enough for a comment or review answer (DOMAIN.md). */
export const PUBLIC_REPLY_MAX_CHARS = 280;
export const MAX_TEMPLATE_CHARS = 4_000;

/** `{{ name }}`: a variable; the name is lower-case letters, digits and underscores. */
export const VARIABLE_PATTERN = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;

/** The variable names a body uses, each once, in order of first use. */
export function variablesIn(body: string): string[] {
  return [...new Set([...body.matchAll(VARIABLE_PATTERN)].map((m) => m[1]!))];
}

export const ReplyTemplate = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes')
      .max(100),
    kind: TemplateKind,
    title: z.string().trim().min(1).max(120),
    language: Language,
    /** Empty: suits every topic (likewise stages and channels). */
    // Bounded by the taxonomy (issue 14): a list longer than its choices is junk, refused unread.
    topics: z.array(Topic).max(Topic.options.length).default([]),
    stages: z.array(Stage).max(Stage.options.length).default([]),
    channels: z.array(Channel).max(Channel.options.length).default([]),
    body: z.string().trim().min(1).max(MAX_TEMPLATE_CHARS),
  })
  .superRefine((template, ctx) => {
    if (template.body.replace(VARIABLE_PATTERN, '').includes('{{')) {
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: 'a variable is written {{name}} with a lower-case name',
      });
    }
    if (template.kind === 'public_reply' && template.body.length > PUBLIC_REPLY_MAX_CHARS) {
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: `a public reply has at most ${PUBLIC_REPLY_MAX_CHARS} characters`,
      });
    }
  });
export type ReplyTemplate = z.infer<typeof ReplyTemplate>;
export type ReplyTemplateInput = z.input<typeof ReplyTemplate>;

/**
 * A template as offered to one agent: the hotel's, or (`personal`) the agent's own draft, which
 * is suggested after the hotel's and to that agent alone. The flag is the extension's, never
 * stored by the API.
 */
export const OfferedTemplate = z.intersection(ReplyTemplate, z.object({ personal: z.boolean().optional() }));
export type OfferedTemplate = z.infer<typeof OfferedTemplate>;
