// Which platform pages Konuk reads in this browser right now, with the selector pack in use,
// and any pack from the API that was refused: what a coordinator asks for first on a call.
import { BUILT_IN_PACK } from '../content-scripts/selector-packs.ts';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';
import { useWatched } from './use-watched.ts';

export function CaptureStatus({ api }: { api: PageApi }) {
  const state = useWatched(api.watchCaptureState, [api]);
  if (!state || (state.tabs.length === 0 && state.packs.length === 0)) return null;
  const pagesByPlatform = new Map(state.tabs.map((tab) => [tab.platform, tab] as const));
  for (const tab of state.tabs) if (!tab.readable) pagesByPlatform.set(tab.platform, tab);
  return (
    <section class="capture" data-testid="capture-status">
      <h2>{t('capture_title')}</h2>
      <ul>
        {[...pagesByPlatform.values()].map((tab) => (
          <li
            key={tab.platform}
            class={tab.readable ? 'ok' : 'error'}
            data-testid="capture-platform"
            data-platform={tab.platform}
            data-readable={String(tab.readable)}
          >
            {platformName(tab.platform)}: {tab.readable ? t('capture_reading') : t('capture_not_reading')} ·{' '}
            {t(
              'health_banner_pack',
              tab.packVersion === BUILT_IN_PACK ? t('health_pack_built_in') : tab.packVersion,
            )}
          </li>
        ))}
        {state.packs
          .filter((pack) => pack.rejected)
          .map((pack) => (
            <li key={`${pack.platform}-rejected`} class="error" data-testid="capture-pack-refused">
              {t('capture_pack_refused', platformName(pack.platform), pack.rejected!.version)}
            </li>
          ))}
      </ul>
    </section>
  );
}

/** The platform's name; an id this release has no name for is shown as it is. */
export function platformName(id: string): string {
  // Message names allow letters, digits and underscores only.
  const key = `platform_${id.replace(/-/g, '_')}`;
  const name = t(key);
  return name === key ? id : name;
}
