// What the popup and options page tests share: English strings from the real locale file, a
// ticket as the API sends it, and rendering into happy-dom.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { computeSlaClock } from '../../../shared/sla-clock.ts';
import { DEFAULT_SLA_POLICY } from '../../../shared/sla-policy.ts';
import type { Ticket } from '../../../shared/ticket.ts';

const english = JSON.parse(
  // Vitest runs from the repository root (happy-dom's URL cannot make file: paths).
  readFileSync(join(process.cwd(), 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

/** browser.i18n.getMessage as Chrome answers it for an English browser. */
export function useEnglish(): void {
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return (english[name]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }) as never;
}

export function englishMessage(name: string, ...subs: string[]): string {
  return english[name]!.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

let sequence = 0;

/** An open WhatsApp ticket whose first-response clock started `minutesAgo` minutes ago. */
export function ticketFixture(minutesAgo: number, over: Partial<Ticket> = {}): Ticket {
  sequence += 1;
  const startedAt = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  const status = over.status ?? 'open';
  return {
    id: crypto.randomUUID(),
    recordNumber: `K-${2000 + sequence}`,
    channel: 'whatsapp',
    conversationId: `chat-${sequence}`,
    conversationTitle: `Guest ${sequence}`,
    conversationUrl: 'https://web.whatsapp.com/',
    guestName: `Guest ${sequence}`,
    guestHandle: null,
    stage: null,
    topic: null,
    priority: 'normal',
    escalation: [],
    team: null,
    ownerAgentId: null,
    ownerName: null,
    messageCount: 1,
    firstInboundAt: startedAt,
    lastInboundAt: startedAt,
    lastOutboundAt: null,
    firstResponseAt: null,
    awaitingSince: startedAt,
    sla: computeSlaClock(
      {
        channel: 'whatsapp',
        priority: 'normal',
        status,
        firstInboundAt: startedAt,
        firstResponseAt: null,
        awaitingSince: startedAt,
      },
      DEFAULT_SLA_POLICY,
    ),
    createdAt: startedAt,
    updatedAt: startedAt,
    closedAt: null,
    changeSeq: String(sequence),
    ...over,
    status,
  };
}

export async function renderPage(page: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(() => render(page, root));
  return root;
}

export async function unmount(root: HTMLElement): Promise<void> {
  await act(() => render(null, root));
}

export async function click(element: Element): Promise<void> {
  await act(() => (element as HTMLElement).click());
}

export async function type(input: Element, value: string): Promise<void> {
  await act(() => {
    (input as HTMLInputElement).value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
