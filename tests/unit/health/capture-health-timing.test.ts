// When the page counts as unreadable: an open conversation with no read message for five
// seconds, or a message that misses a field (at once). Reading again clears it. Fake timers play
// the seconds; the banner and the reports are what the agent and the coordinators get.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCaptureHealth, type HealthView } from '../../../content-scripts/capture-health.ts';
import type { PlatformAdapter } from '../../../content-scripts/platform-adapter.ts';
import type { PageHealthReport } from '../../../shared/runtime-messages.ts';

let open = true;
const read = new WeakSet<Element>();
const adapter = {
  id: 'whatsapp',
  messageSelector: '.msg',
  isConversationOpen: () => open,
} as unknown as PlatformAdapter;

function start() {
  const shown: (HealthView | null)[] = [];
  const reports: PageHealthReport[] = [];
  const health = startCaptureHealth({
    platform: 'whatsapp',
    document,
    adapter: () => adapter,
    isRead: (element) => read.has(element),
    packVersion: 'built-in',
    show: (view) => shown.push(view),
    report: (report) => reports.push(report),
    setInterval: (callback, ms) => void setInterval(callback, ms),
  });
  return { health, shown, reports, banner: () => shown.at(-1) ?? null };
}

function addMessage(readable: boolean): Element {
  const element = document.createElement('div');
  element.className = 'msg';
  document.body.append(element);
  if (readable) read.add(element);
  return element;
}

beforeEach(() => {
  vi.useFakeTimers();
  open = true;
  document.body.replaceChildren();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('noticing that an open conversation cannot be read', () => {
  it('waits five seconds for a first read message before it speaks up', () => {
    addMessage(false);
    const { shown, reports, banner } = start();
    vi.advanceTimersByTime(4_000);
    expect(shown).toEqual([]);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(2_000);
    expect(banner()).toEqual({ problem: 'no_messages_read', fields: [], packVersion: 'built-in' });
    expect(reports).toEqual([
      {
        type: 'konuk/page-health',
        platform: 'whatsapp',
        readable: false,
        problem: 'no_messages_read',
        packVersion: 'built-in',
      },
    ]);
  });

  it('never speaks up while a message it read is on the page', () => {
    addMessage(true);
    const { banner, reports } = start();
    vi.advanceTimersByTime(60_000);
    expect(banner()).toBeNull();
    expect(reports.map((r) => r.readable)).toEqual([true]);
  });

  it('takes the banner down as soon as a read message is on the page again, and says so once', () => {
    const { health, shown, reports, banner } = start();
    vi.advanceTimersByTime(6_000);
    expect(banner()?.problem).toBe('no_messages_read');
    health.read(addMessage(true));
    vi.advanceTimersByTime(1_000);
    expect(banner()).toBeNull();
    vi.advanceTimersByTime(30_000);
    expect(shown).toHaveLength(2);
    expect(reports.map((r) => r.readable)).toEqual([false, true]);
  });

  it('says nothing while no conversation is open (an inbox list, a settings page)', () => {
    open = false;
    const { shown } = start();
    vi.advanceTimersByTime(60_000);
    expect(shown).toEqual([]);
  });

  it('starts counting again after in-page navigation to another conversation', () => {
    const { health, shown } = start();
    vi.advanceTimersByTime(3_000);
    health.reset();
    vi.advanceTimersByTime(3_000);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(3_000);
    expect(shown.at(-1)?.problem).toBe('no_messages_read');
  });

  it('shows a message that missed a field at once, naming the field, until it is gone', () => {
    addMessage(true);
    const { health, banner, reports } = start();
    const broken = addMessage(false);
    health.invalid(broken, ['sentAt']);
    expect(banner()).toEqual({ problem: 'fields_missing', fields: ['sentAt'], packVersion: 'built-in' });
    expect(reports.at(-1)).toMatchObject({ readable: false, problem: 'fields_missing', detail: 'sentAt' });
    broken.remove();
    vi.advanceTimersByTime(1_000);
    expect(banner()).toBeNull();
    expect(reports.at(-1)).toMatchObject({ readable: true });
  });

  it('reports the selector pack a page is read with when another pack takes over', () => {
    const { health, reports } = start();
    vi.advanceTimersByTime(6_000);
    health.packInUse('2027-02-01');
    health.read(addMessage(true));
    health.check();
    expect(reports.map((r) => [r.readable, r.packVersion])).toEqual([
      [false, 'built-in'],
      [true, '2027-02-01'],
    ]);
  });
});
