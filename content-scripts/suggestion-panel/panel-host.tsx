// The one floating suggestion panel of a page: an open shadow root on a host of our own, placed
// beside the reply button that opened it, closed by Escape, by a click elsewhere, or when the
// conversation changes.
import { render, type ComponentChild } from 'preact';
import { PANEL_CSS } from './suggestion-styles.ts';

export const PANEL_TAG = 'konuk-suggestions';
const GAP_PX = 6;
const MARGIN_PX = 8;

export interface PanelHost {
  open(near: Element, content: ComponentChild): void;
  close(): void;
  isOpen(): boolean;
}

export function createPanelHost(document: Document): PanelHost {
  let host: HTMLElement | null = null;
  let opener: Element | null = null;
  const view = document.defaultView!;

  const onPointerDown = (event: Event) => {
    const path = event.composedPath();
    if (host && !path.includes(host) && !(opener && path.includes(opener))) close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };

  function close(): void {
    if (!host) return;
    render(null, host.shadowRoot!);
    host.remove();
    host = null;
    document.removeEventListener('pointerdown', onPointerDown, true);
    // Back to where the agent was: the button that opened the panel.
    if (opener instanceof view.HTMLElement && opener.isConnected) opener.focus();
    opener = null;
  }

  function create(): HTMLElement {
    const element = document.createElement(PANEL_TAG);
    element.setAttribute('data-konuk-suggestions', '');
    const root = element.attachShadow({ mode: 'open' });
    root.append(Object.assign(document.createElement('style'), { textContent: PANEL_CSS }));
    root.addEventListener('keydown', onKeyDown as EventListener);
    return element;
  }

  return {
    open(near, content) {
      if (!host) {
        host = create();
        document.documentElement.append(host);
        document.addEventListener('pointerdown', onPointerDown, true);
      }
      opener = near;
      render(content, host.shadowRoot!);
      place(host, near.getBoundingClientRect(), view);
      host.shadowRoot!.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    },
    close,
    isOpen: () => host !== null,
  };
}

/** Below the button when it fits, else above; always inside the viewport. */
function place(host: HTMLElement, near: DOMRect, view: Window): void {
  const { width, height } = host.getBoundingClientRect();
  const below = near.bottom + GAP_PX;
  const top =
    below + height <= view.innerHeight - MARGIN_PX ? below : Math.max(MARGIN_PX, near.top - GAP_PX - height);
  const left = Math.min(
    Math.max(MARGIN_PX, near.left),
    Math.max(MARGIN_PX, view.innerWidth - width - MARGIN_PX),
  );
  host.style.setProperty('top', `${Math.round(top)}px`);
  host.style.setProperty('left', `${Math.round(left)}px`);
}
