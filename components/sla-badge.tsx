// The badge beside a guest message: record number and SLA clock, or plainly "not logged yet".
import type { BadgeModel } from './badge-model.ts';
import type { SlaStatus } from '../shared/sla-clock.ts';
import type { PlatformRisk } from '../shared/platform-clocks.ts';
import { formatDuration } from './locale-format.ts';
import { readerLocale } from './reader-locale.ts';

export type Translate = (key: string, ...substitutions: string[]) => string;

export function SlaBadge({ model, t }: { model: BadgeModel; t: Translate }) {
  const title = [
    model.clockKind ? t(`sla_${model.clockKind}`) : null,
    model.ticketStatus ? t(`status_${model.ticketStatus}`) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <span class={`badge ${model.logged} ${model.sla?.state ?? ''}`} title={title || undefined} role="status">
      <span class="mark" aria-hidden="true">
        K
      </span>
      {model.logged === 'unlogged' ? <span class="part">{t('badge_unlogged')}</span> : null}
      {model.recordNumber ? <span class="part record">{t('badge_record', model.recordNumber)}</span> : null}
      {model.logged === 'stored' ? <span class="part">{t('badge_stored')}</span> : null}
      {model.sla ? <span class="part clock">{clockText(model.sla, t)}</span> : null}
      {model.platform && model.platform.state !== 'on_track' ? (
        <span class={`part platform ${model.platform.state}`} data-platform-clock={model.platform.clock}>
          {platformText(model.platform, t)}
        </span>
      ) : null}
    </span>
  );
}

/** "At risk" before the platform's own deadline: the hotel's SLA may still be green then. */
export function platformText(risk: PlatformRisk, t: Translate): string {
  const platform = t(`platform_clock_${risk.clock}`);
  if (risk.state === 'missed') return t('platform_missed', platform);
  return t('platform_at_risk', platform, formatDuration(risk.remainingMs, readerLocale(t)));
}

function clockText(sla: SlaStatus, t: Translate): string {
  const duration = formatDuration(sla.remainingMs, readerLocale(t));
  switch (sla.state) {
    case 'on_track':
      return t('badge_on_track', duration);
    case 'due_soon':
      return t('badge_due_soon', duration);
    case 'breached':
      return t('badge_breached', duration);
    case 'met':
      return t('badge_met');
    case 'paused':
      return t('badge_paused');
  }
}
