// Mounts and refreshes the badges on a page. Each badge lives in its own open shadow root (the
// page's CSS cannot reach it, tests can read it); all of them adopt one constructed stylesheet,
// so a thousand badges cost a thousand small trees, not a thousand style sheets.
import { render } from 'preact';
import { SlaBadge, type Translate } from '../components/sla-badge.tsx';
import { BADGE_CSS } from '../components/badge-styles.ts';
import { badgeSignature, describeBadge, type BadgeModel } from '../components/badge-model.ts';
import type { BadgeFacts } from './logged-state-store.ts';

export const BADGE_TAG = 'konuk-badge';

export interface BadgeLayer {
  /** Shows the badge for `key` as the last child of `anchor`, reusing the one already there. */
  mount(anchor: Element, key: string, now: Date): void;
  /** Re-renders badges whose text changed; forgets badges no longer in the page. */
  refresh(now: Date): void;
  removeAll(): void;
}

export function createBadgeLayer(
  document: Document,
  facts: (key: string) => BadgeFacts,
  t: Translate,
): BadgeLayer {
  const sheet = sharedSheet(document);
  const live = new Map<HTMLElement, string>();
  const owned = new WeakSet<HTMLElement>();
  const shown = new WeakMap<HTMLElement, string>();

  function draw(host: HTMLElement, key: string, now: Date): void {
    const model = describeBadge(facts(key), now);
    const signature = badgeSignature(model);
    if (shown.get(host) === signature) return;
    shown.set(host, signature);
    setAttributes(host, model);
    render(<SlaBadge model={model} t={t} />, host.shadowRoot!);
  }

  function create(key: string): HTMLElement {
    const host = document.createElement(BADGE_TAG);
    host.setAttribute('data-konuk-badge', '');
    host.setAttribute('data-message-key', key);
    const root = host.attachShadow({ mode: 'open' });
    if (!adopt(root, sheet))
      root.append(Object.assign(document.createElement('style'), { textContent: BADGE_CSS }));
    owned.add(host);
    return host;
  }

  return {
    mount(anchor, key, now) {
      let host: HTMLElement | null = null;
      for (const existing of anchor.querySelectorAll<HTMLElement>(`:scope > ${BADGE_TAG}`)) {
        // Ours and still for this message: keep it. Anything else (a previous script's, a copy
        // the page cloned without its shadow root) goes.
        if (!host && owned.has(existing) && existing.getAttribute('data-message-key') === key)
          host = existing;
        else existing.remove();
      }
      if (!host) {
        host = create(key);
        anchor.append(host);
      } else if (host !== anchor.lastElementChild) {
        anchor.append(host);
      }
      live.set(host, key);
      draw(host, key, now);
    },
    refresh(now) {
      for (const [host, key] of live) {
        if (host.isConnected) draw(host, key, now);
        else live.delete(host);
      }
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

function setAttributes(host: HTMLElement, model: BadgeModel): void {
  host.setAttribute('data-logged', model.logged);
  toggle(host, 'data-record-number', model.recordNumber);
  toggle(host, 'data-sla-state', model.sla?.state ?? null);
}

function toggle(host: HTMLElement, name: string, value: string | null): void {
  if (value === null) host.removeAttribute(name);
  else host.setAttribute(name, value);
}

/** One constructed sheet per document; null where a browser cannot adopt it from a content script. */
function sharedSheet(document: Document): CSSStyleSheet | null {
  try {
    const View = document.defaultView;
    if (!View || !('adoptedStyleSheets' in View.ShadowRoot.prototype)) return null;
    const sheet = new View.CSSStyleSheet();
    sheet.replaceSync(BADGE_CSS);
    return sheet;
  } catch {
    return null;
  }
}
