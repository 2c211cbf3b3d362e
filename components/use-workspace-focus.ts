// Which ticket the workspace shows: the one the popup, a badge or a notification asked for
// (handed over in storage.session), else the ticket of the conversation in the active tab, which
// the panel follows as the agent moves between tabs and conversations. The newest wins.
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WORKSPACE_FOCUS_KEY, WorkspaceFocus } from '../shared/runtime-messages.ts';
import type { PageApi } from './page-api.ts';

/** A conversation opened in the page is captured within a second or two; this finds it soon after. */
const FOLLOW_MS = 3_000;

export function useWorkspaceFocus(api: PageApi, select: (recordNumber: string) => void): void {
  const lastActive = useRef<string | null>(null);
  const chosen = useRef(select);
  chosen.current = select;

  useEffect(() => {
    let current = true;
    async function followActiveTab() {
      const recordNumber = await api.activeTicket();
      if (!current || recordNumber === null || recordNumber === lastActive.current) return;
      lastActive.current = recordNumber;
      chosen.current(recordNumber);
    }
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !(WORKSPACE_FOCUS_KEY in changes)) return;
      const focus = WorkspaceFocus.safeParse(changes[WORKSPACE_FOCUS_KEY]?.newValue);
      if (focus.success) chosen.current(focus.data.recordNumber);
    };
    const onTab = () => void followActiveTab();

    void (async () => {
      const stored = await browser.storage.session.get(WORKSPACE_FOCUS_KEY).catch(() => ({}));
      const focus = WorkspaceFocus.safeParse((stored as Record<string, unknown>)[WORKSPACE_FOCUS_KEY]);
      if (!current) return;
      if (focus.success) chosen.current(focus.data.recordNumber);
      else await followActiveTab();
    })();
    browser.storage.onChanged.addListener(onStorage);
    browser.tabs.onActivated.addListener(onTab);
    const timer = setInterval(onTab, FOLLOW_MS);
    return () => {
      current = false;
      clearInterval(timer);
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onActivated.removeListener(onTab);
    };
  }, [api]);
}
