import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../shared/classification/classify-message.ts';
import { labelTicket, type ClassifiedMessage } from '../../../shared/classification/label-ticket.ts';
import { TicketLabels } from '../../../shared/classification/classification-schema.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 6, 12, 9, minute)).toISOString();
const inbound = (minute: number, text: string): ClassifiedMessage => ({
  sentAt: at(minute),
  direction: 'inbound',
  classification: classifyMessage({ text, channel: 'whatsapp' }),
});

describe('labelTicket', () => {
  it('has no labels before any inbound message', () => {
    expect(labelTicket([])).toEqual({
      language: null,
      topic: null,
      stage: null,
      priority: 'normal',
      escalation: [],
      area: null,
      confidence: 0,
      corrected: [],
    });
  });

  it('keeps the complaint when the guest later just says thanks', () => {
    const labels = labelTicket([
      inbound(0, 'The AC is not working in room 2314, it is very hot'),
      inbound(30, 'Thank you so much, wonderful service!'),
    ]);
    expect(labels.topic).toBe('complaint');
  });

  it('follows the latest request when the guest changes what they want', () => {
    const labels = labelTicket([
      inbound(0, 'Please cancel my booking for August'),
      inbound(5, 'Actually, could we change the dates to September instead?'),
    ]);
    expect(labels.topic).toBe('change');
  });

  it('orders messages by time, ignores outbound ones, and takes the language of the latest', () => {
    const labels = labelTicket([
      inbound(10, 'Спасибо, а во сколько завтрак?'),
      { ...inbound(5, 'Hotel reply: breakfast is from 7'), direction: 'outbound' },
      inbound(0, 'Hello, what time is check in?'),
    ]);
    expect(labels.language).toBe('ru');
  });

  it('stays urgent and keeps every escalation reason any message raised', () => {
    const labels = labelTicket([
      inbound(0, 'My son slipped by the pool and is bleeding, we need a doctor'),
      inbound(20, 'He is fine now, thank you'),
    ]);
    expect(labels).toMatchObject({ priority: 'urgent', escalation: ['safety'] });
    expect(TicketLabels.safeParse(labels).success).toBe(true);
  });

  it("lets an agent's correction win and keeps it when new messages arrive", () => {
    const correction = {
      topic: 'special_request' as const,
      priority: 'normal' as const,
      correctedAt: at(15),
    };
    const first = labelTicket([inbound(0, 'The AC is not working in our room, it is hot')], correction);
    expect(first).toMatchObject({
      topic: 'special_request',
      priority: 'normal',
      corrected: ['topic', 'priority'],
    });

    const later = labelTicket(
      [inbound(0, 'The AC is not working in our room, it is hot'), inbound(40, 'Still broken!! nobody came')],
      correction,
    );
    expect(later).toMatchObject({
      topic: 'special_request',
      priority: 'normal',
      corrected: ['topic', 'priority'],
    });
  });

  it('still raises a ticket when a message after the correction reports a new safety incident', () => {
    const correction = { priority: 'normal' as const, escalation: [], correctedAt: at(15) };
    const labels = labelTicket(
      [inbound(0, 'Could we get two more pillows?'), inbound(30, 'There is smoke coming from the AC, fire!')],
      correction,
    );
    expect(labels).toMatchObject({ priority: 'urgent', escalation: ['safety'] });
  });

  it('does not bring back a reason the agent removed when it is repeated', () => {
    const text = 'I will leave a bad review on TripAdvisor if the room is not cleaned';
    const correction = { escalation: [], correctedAt: at(15) };
    const labels = labelTicket([inbound(0, text), inbound(30, text)], correction);
    expect(labels.escalation).toEqual([]);
  });
});
