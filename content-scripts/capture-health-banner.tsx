// Puts the capture-health banner on the page: one element in an open shadow root (the page's CSS
// cannot reach it, tests can read it), removed as soon as reading works again.
import { render } from 'preact';
import { HEALTH_BANNER_CSS, HealthBanner, type CheckState } from '../components/health-banner.tsx';
import type { Translate } from '../components/sla-badge.tsx';
import type { HealthView } from './capture-health.ts';

export const HEALTH_BANNER_TAG = 'konuk-health-banner';

export interface HealthBannerLayer {
  show(view: HealthView | null): void;
  remove(): void;
}

/** `checkForUpdate` resolves true when a newer selector pack was found and is now in use. */
export function createHealthBannerLayer(
  document: Document,
  t: Translate,
  checkForUpdate: () => Promise<boolean>,
): HealthBannerLayer {
  let host: HTMLElement | null = null;
  let view: HealthView | null = null;
  let check: CheckState = 'idle';

  function draw(): void {
    if (!view) {
      host?.remove();
      host = null;
      return;
    }
    if (!host?.isConnected) host = create();
    host.setAttribute('data-problem', view.problem);
    const mount = host.shadowRoot!.lastElementChild!;
    render(<HealthBanner view={view} t={t} check={check} onCheck={onCheck} />, mount);
  }

  function create(): HTMLElement {
    const element = document.createElement(HEALTH_BANNER_TAG);
    element.setAttribute('data-konuk-health-banner', '');
    const root = element.attachShadow({ mode: 'open' });
    root.append(Object.assign(document.createElement('style'), { textContent: HEALTH_BANNER_CSS }));
    // Preact renders into this container: it would drop the <style> were it the root's child.
    root.append(document.createElement('div'));
    document.documentElement.append(element);
    return element;
  }

  function onCheck(): void {
    check = 'checking';
    draw();
    void checkForUpdate()
      .catch(() => false)
      .then((updated) => {
        check = updated ? 'idle' : 'none';
        draw();
      });
  }

  return {
    show(next) {
      view = next;
      if (!next) check = 'idle';
      draw();
    },
    remove() {
      view = null;
      draw();
    },
  };
}
