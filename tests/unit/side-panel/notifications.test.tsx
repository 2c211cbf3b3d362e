// Escalations reach supervisors and team leads in the side panel: the background pulls them with
// the API's cursor (nothing twice), and the panel puts the ones for this agent's role first.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Notification } from '../../../shared/api-contract.ts';
import { readNotifications } from '../../../background/notifications.ts';
import { NotificationList } from '../../../components/side-panel-notifications.tsx';
import { dispatch, extensionPageSender, startHarness, type Harness } from '../background/background-kit.ts';
import { click, renderPage, unmount, useEnglish } from '../components/page-kit.ts';
import { IssueFourApi } from '../health/issue-four-api.ts';
import { fakePageApi } from './fake-page-api.ts';

let api: IssueFourApi;
let h: Harness;
let root: HTMLElement | null = null;

function notification(seq: number, over: Partial<Notification> = {}): Notification {
  return {
    id: crypto.randomUUID(),
    kind: 'escalation',
    ticketId: crypto.randomUUID(),
    recordNumber: `K-${1000 + seq}`,
    notify: 'supervisor',
    team: 'guest_relations',
    reasons: ['reputation_risk'],
    level: 0,
    at: new Date(Date.UTC(2026, 10, 20, 10, seq)).toISOString(),
    forYou: false,
    seq: String(seq),
    ...over,
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  useEnglish();
  api = new IssueFourApi();
  api.notifications = [
    notification(1),
    notification(2, { kind: 'unanswered', notify: 'team_lead', reasons: [], level: 1, forYou: true }),
  ];
  h = await startHarness({ api });
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
  await h.stop();
});

describe('escalation notifications', () => {
  it('are pulled with the cursor, so each arrives once', async () => {
    await h.background.services.tick();
    api.notifications.push(notification(3, { reasons: ['safety', 'high_cost'] }));
    expect(await dispatch({ type: 'konuk/refresh-notifications' }, extensionPageSender())).toEqual({
      ok: true,
    });
    expect((await readNotifications(h.db)).map((n) => n.seq)).toEqual(['3', '2', '1']);
    expect(api.notificationQueries.at(-1)?.get('since')).toBe('2');
  });

  it('show the ones for this agent first, say what happened, and filter to "only mine"', async () => {
    await h.background.services.tick();
    root = await renderPage(<NotificationList api={fakePageApi(h.db)} />);
    await vi.waitFor(() => expect(root!.querySelectorAll('[data-testid="notification"]')).toHaveLength(2));
    const items = [...root.querySelectorAll<HTMLElement>('[data-testid="notification"]')];
    expect(items[0]!.textContent).toContain('K-1002');
    expect(items[0]!.textContent).toContain('unanswered, level 1 reached');
    expect(items[0]!.textContent).toContain('for you');
    expect(items[1]!.textContent).toContain('escalated: reputation risk');
    await click(root.querySelector('[data-testid="notifications-only-mine"]')!);
    expect(root.querySelectorAll('[data-testid="notification"]')).toHaveLength(1);
  });
});
