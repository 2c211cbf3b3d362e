// The "Konuk cannot read this page" banner a content script shows over a platform page whose
// messages it cannot read. Field names and the pack version are Konuk's own strings, not page
// text; everything is a Preact text node.
import type { HealthView } from '../content-scripts/capture-health.ts';
import { BUILT_IN_PACK } from '../content-scripts/selector-packs.ts';
import type { Translate } from './sla-badge.tsx';

export type CheckState = 'idle' | 'checking' | 'none';

export interface HealthBannerProps {
  view: HealthView;
  t: Translate;
  check: CheckState;
  onCheck(): void;
}

export function HealthBanner({ view, t, check, onCheck }: HealthBannerProps) {
  const pack = view.packVersion === BUILT_IN_PACK ? t('health_pack_built_in') : view.packVersion;
  return (
    <div class="banner" role="alert" data-problem={view.problem}>
      <span class="mark" aria-hidden="true">
        K
      </span>
      <div class="text">
        <strong class="title">{t('health_banner_title')}</strong>
        <span class="detail">
          {view.problem === 'fields_missing'
            ? t('health_banner_fields_missing', view.fields.join(', '))
            : t('health_banner_no_messages')}
        </span>
        <span class="pack">{t('health_banner_pack', pack)}</span>
      </div>
      <button type="button" disabled={check === 'checking'} onClick={onCheck}>
        {check === 'checking' ? t('health_banner_checking') : t('health_banner_check')}
      </button>
      {check === 'none' ? (
        <span class="none" role="status">
          {t('health_banner_no_update')}
        </span>
      ) : null}
    </div>
  );
}

/** Static CSS only: no page value is ever put in here. */
export const HEALTH_BANNER_CSS = `
:host { all: initial; position: fixed; top: 8px; left: 50%; transform: translateX(-50%);
  z-index: 2147483647; max-width: min(640px, calc(100vw - 16px)); }
.banner { display: flex; align-items: center; gap: 10px; box-sizing: border-box; padding: 8px 12px;
  border: 1px solid #b3261e; border-radius: 8px; background: #fce8e6; color: #410e0b;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; box-shadow: 0 2px 8px rgb(0 0 0 / 20%); }
.mark { display: inline-grid; place-items: center; flex: none; width: 20px; height: 20px; border-radius: 50%;
  background: #b3261e; color: #fff; font-size: 11px; font-weight: 700; }
.text { display: flex; flex-direction: column; gap: 2px; }
.title { font-weight: 700; }
.pack { color: #5f2120; font-size: 11px; }
button { flex: none; font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #b3261e;
  background: #fff; color: #8c1d18; cursor: pointer; }
button:disabled { cursor: default; opacity: 0.7; }
.none { font-size: 11px; color: #5f2120; }
`;
