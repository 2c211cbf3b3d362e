import type { CapturedMessage } from '../../../shared/message.ts';

const BASE_TIME = Date.parse('2026-07-01T10:00:00.000Z');

/** An ISO time `minutes` after 2026-07-01 10:00 UTC. */
export function at(minutes: number): string {
  return new Date(BASE_TIME + minutes * 60_000).toISOString();
}

/** A WhatsApp message in conversation `conversationId`, sent `minute` minutes after the base time. */
export function message(
  conversationId: string,
  id: string,
  minute: number,
  over: Partial<CapturedMessage> = {},
): CapturedMessage {
  return {
    channel: 'whatsapp',
    conversationId,
    platformMessageId: id,
    direction: 'inbound',
    senderName: 'Anna Schmidt',
    sentAt: at(minute),
    capturedAt: at(minute + 1),
    text: `Message ${id}`,
    ...over,
  };
}

export const guest = (
  conversationId: string,
  id: string,
  minute: number,
  over: Partial<CapturedMessage> = {},
) => message(conversationId, id, minute, { direction: 'inbound', ...over });

export const staff = (
  conversationId: string,
  id: string,
  minute: number,
  over: Partial<CapturedMessage> = {},
) => message(conversationId, id, minute, { direction: 'outbound', senderName: 'Front Office', ...over });
