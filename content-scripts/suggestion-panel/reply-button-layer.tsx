// The small "Reply" button beside each guest message's badge, in its own open shadow root. It is
// placed just before the badge: the badge layer keeps its badge as the anchor's last child, so
// the two never move each other (and never wake the capture observer in a loop).
import { render } from 'preact';
import type { Translate } from '../../components/sla-badge.tsx';
import { BADGE_TAG } from '../badge-layer.tsx';
import { REPLY_BUTTON_CSS } from './suggestion-styles.ts';

export const REPLY_TAG = 'konuk-reply';

export interface ReplyButtonLayer {
  mount(anchor: Element, key: string): void;
  /** The buttons still in the page, in document order, with their message keys. */
  live(): { host: HTMLElement; key: string }[];
  removeAll(): void;
}

export function createReplyButtonLayer(
  document: Document,
  t: Translate,
  onOpen: (key: string, host: HTMLElement) => void,
): ReplyButtonLayer {
  const sheet = sharedSheet(document);
  const live = new Map<HTMLElement, string>();
  const owned = new WeakSet<HTMLElement>();

  function create(key: string): HTMLElement {
    const host = document.createElement(REPLY_TAG);
    host.setAttribute('data-konuk-reply', '');
    host.setAttribute('data-message-key', key);
    const root = host.attachShadow({ mode: 'open' });
    if (!adopt(root, sheet))
      root.append(Object.assign(document.createElement('style'), { textContent: REPLY_BUTTON_CSS }));
    render(
      <button
        type="button"
        title={t('reply_button_title')}
        onClick={(event) => {
          // The message row's own click handlers (select, open menu) are not ours to trigger.
          event.stopPropagation();
          onOpen(key, host);
        }}
      >
        {t('reply_button')}
      </button>,
      root,
    );
    owned.add(host);
    return host;
  }

  return {
    mount(anchor, key) {
      let host: HTMLElement | null = null;
      for (const existing of anchor.querySelectorAll<HTMLElement>(`:scope > ${REPLY_TAG}`)) {
        if (!host && owned.has(existing) && existing.getAttribute('data-message-key') === key)
          host = existing;
        else existing.remove();
      }
      host ??= create(key);
      const badge = [...anchor.children].find((child) => child.localName === BADGE_TAG) ?? null;
      if (badge && host.nextElementSibling !== badge) badge.before(host);
      else if (!badge && !host.isConnected) anchor.append(host);
      live.set(host, key);
    },
    live() {
      const found: { host: HTMLElement; key: string }[] = [];
      for (const [host, key] of live) {
        if (host.isConnected) found.push({ host, key });
        else live.delete(host);
      }
      return found.sort((a, b) =>
        a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
    },
    removeAll() {
      for (const host of live.keys()) host.remove();
      live.clear();
    },
  };
}

function adopt(root: ShadowRoot, sheet: CSSStyleSheet | null): boolean {
  if (!sheet) return false;
  try {
    root.adoptedStyleSheets = [sheet];
    return true;
  } catch {
    return false;
  }
}

function sharedSheet(document: Document): CSSStyleSheet | null {
  try {
    const View = document.defaultView;
    if (!View || !('adoptedStyleSheets' in View.ShadowRoot.prototype)) return null;
    const sheet = new View.CSSStyleSheet();
    sheet.replaceSync(REPLY_BUTTON_CSS);
    return sheet;
  } catch {
    return null;
  }
}
