// Browser notifications: one per ticket, only for what is addressed to this agent.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announce, notificationId, recordNumberOf } from '../../../background/browser-notifications.ts';
import type { Notification } from '../../../shared/api-contract.ts';

function notification(recordNumber: string, at: string, forYou: boolean): Notification {
  return {
    id: crypto.randomUUID(),
    kind: 'unanswered',
    ticketId: crypto.randomUUID(),
    recordNumber,
    notify: 'ticket_owner',
    team: null,
    reasons: [],
    level: 1,
    at,
    forYou,
    seq: '1',
  };
}

const t = (key: string, ...subs: string[]) => [key, ...subs].join('|');

describe('browser notifications', () => {
  let create: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    create = vi.fn(async () => 'id');
    (fakeBrowser as unknown as { notifications: { create: unknown } }).notifications.create = create;
  });

  it('raises one notification per ticket for the agent, the newest, and none for others', async () => {
    const shown = await announce(
      [
        notification('K-1042', '2026-11-20T10:00:00.000Z', true),
        notification('K-1042', '2026-11-20T10:10:00.000Z', true),
        notification('K-2000', '2026-11-20T10:10:00.000Z', false),
      ],
      t,
    );
    expect(shown).toBe(1);
    expect(create).toHaveBeenCalledTimes(1);
    const [id, options] = create.mock.calls[0]!;
    expect(recordNumberOf(id as string)).toBe('K-1042');
    expect(id).toBe(notificationId('K-1042'));
    expect(options).toMatchObject({ type: 'basic', title: expect.stringContaining('K-1042') });
    expect((options as { iconUrl: string }).iconUrl).toMatch(/^data:image\/png;base64,/);
  });
});
