// Takes a person from the popup to a ticket's conversation: the tab already showing it is
// brought forward, a tab of the same page is moved there by its fragment (no reload), and
// otherwise a new tab opens. Only http(s) addresses are opened; the URL came from a page.
import { browser } from 'wxt/browser';

export async function openConversation(conversationUrl: string): Promise<void> {
  const target = parseWebUrl(conversationUrl);
  if (!target) return;
  const tabs = await browser.tabs.query({});
  const exact = tabs.find((tab) => tab.url === target.href);
  const samePage = tabs.find(
    (tab) => tab.url !== undefined && withoutHash(tab.url) === withoutHash(target.href),
  );
  const tab = exact ?? samePage;
  if (tab?.id === undefined) {
    await browser.tabs.create({ url: target.href });
    return;
  }
  await browser.tabs.update(tab.id, tab === exact ? { active: true } : { active: true, url: target.href });
  await browser.windows.update(tab.windowId, { focused: true });
}

/** The URL when it is a web page's (http or https), else null. */
export function parseWebUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
