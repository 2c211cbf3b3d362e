// The coordinators' dashboard: one period of the HOTEL's calendar (its time zone from /me, never
// the browser's) read in sections — the period at a glance, the weekly series, people, CSAT,
// root causes and their actions, a sprint against the period before it, quality (QA and label
// corrections) and public contacts. Every figure drills down to its tickets; every table
// downloads as CSV. The section is kept in the address (#weekly) so it can be linked.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MeResponse } from '../shared/api-contract.ts';
import { DrillDownPanel } from './dashboard-drill.tsx';
import { DrillContext, type Drill } from './dashboard-kit.tsx';
import { PERIOD_PRESETS, presetPeriod, type Period, type PeriodPreset } from './dashboard-format.ts';
import { OverviewSection } from './dashboard-overview.tsx';
import { CsatSection, PeopleSection } from './dashboard-people.tsx';
import { PublicSection } from './dashboard-public.tsx';
import { QualitySection } from './dashboard-quality.tsx';
import { RootCauseSection } from './dashboard-root-causes.tsx';
import { SprintSection } from './dashboard-sprint.tsx';
import { WeeklySection } from './dashboard-weekly.tsx';
import { errorText } from './guest-record.tsx';
import { t } from './i18n.ts';
import { createPageApi, type PageApi } from './page-api.ts';
import { REPORTS_STYLE } from './dashboard-style.ts';

export const SECTIONS = [
  'overview',
  'weekly',
  'people',
  'csat',
  'rootCauses',
  'sprint',
  'quality',
  'public',
] as const;
export type Section = (typeof SECTIONS)[number];

function sectionOf(hash: string): Section {
  const name = hash.replace(/^#/, '');
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'overview';
}

type Hotel = { state: 'loading' } | { state: 'ready'; me: MeResponse } | { state: 'error'; message: string };

export function Dashboard({ api, now }: { api?: PageApi; now?: Date }) {
  const pageApi = useMemo(() => api ?? createPageApi(), [api]);
  const [hotel, setHotel] = useState<Hotel>({ state: 'loading' });
  const [period, setPeriod] = useState<Period | null>(null);
  const [section, setSection] = useState<Section>(() => sectionOf(location.hash));
  const [drill, setDrill] = useState<Drill | null>(null);
  const nowMs = (now ?? new Date()).getTime();

  useEffect(() => {
    void pageApi.me().then((answer) => {
      if (!answer.ok) return setHotel({ state: 'error', message: errorText(answer) });
      setHotel({ state: 'ready', me: answer.value });
      setPeriod(presetPeriod('last7', answer.value.hotel.timeZone, nowMs));
    });
  }, [pageApi]);

  function choose(next: Section) {
    setSection(next);
    setDrill(null);
    history.replaceState(null, '', `#${next}`);
  }

  return (
    <main class="konuk-dashboard">
      <style>{REPORTS_STYLE}</style>
      <h1>{t('dash_title')}</h1>
      {hotel.state === 'loading' ? <p>{t('panel_loading')}</p> : null}
      {hotel.state === 'error' ? (
        <p class="error" role="alert" data-testid="dash-error">
          {hotel.message}
        </p>
      ) : null}
      {hotel.state === 'ready' && period ? (
        <DrillContext.Provider value={setDrill}>
          <PeriodForm
            period={period}
            timeZone={hotel.me.hotel.timeZone}
            nowMs={nowMs}
            onChange={(next) => {
              setPeriod(next);
              setDrill(null);
            }}
          />
          <nav class="sections" aria-label={t('dash_sections')}>
            {SECTIONS.map((name) => (
              <button
                key={name}
                type="button"
                data-testid={`section-${name}`}
                aria-current={name === section ? 'page' : undefined}
                onClick={() => choose(name)}
              >
                {t(`dash_section_${name}`)}
              </button>
            ))}
          </nav>
          {drill ? (
            <DrillDownPanel
              api={pageApi}
              drill={drill}
              timeZone={hotel.me.hotel.timeZone}
              onClose={() => setDrill(null)}
            />
          ) : null}
          <SectionBody
            section={section}
            api={pageApi}
            period={period}
            timeZone={hotel.me.hotel.timeZone}
            nowMs={nowMs}
          />
        </DrillContext.Provider>
      ) : null}
    </main>
  );
}

function SectionBody(props: {
  section: Section;
  api: PageApi;
  period: Period;
  timeZone: string;
  nowMs: number;
}) {
  const { api, period, timeZone, nowMs } = props;
  switch (props.section) {
    case 'overview':
      return <OverviewSection api={api} period={period} />;
    case 'weekly':
      return <WeeklySection api={api} period={period} />;
    case 'people':
      return <PeopleSection api={api} period={period} />;
    case 'csat':
      return <CsatSection api={api} period={period} />;
    case 'rootCauses':
      return <RootCauseSection api={api} period={period} />;
    case 'sprint':
      return <SprintSection api={api} timeZone={timeZone} nowMs={nowMs} />;
    case 'quality':
      return <QualitySection api={api} period={period} timeZone={timeZone} nowMs={nowMs} />;
    case 'public':
      return <PublicSection api={api} period={period} />;
  }
}

function PeriodForm({
  period,
  timeZone,
  nowMs,
  onChange,
}: {
  period: Period;
  timeZone: string;
  nowMs: number;
  onChange(period: Period): void;
}) {
  function change(name: 'from' | 'to') {
    return (event: Event) => {
      const value = (event.currentTarget as HTMLInputElement).value;
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) onChange({ ...period, [name]: value });
    };
  }
  return (
    <form class="period-form" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('dash_from')}
        <input type="date" data-testid="dash-from" value={period.from} onChange={change('from')} />
      </label>
      <label>
        {t('dash_to')}
        <input type="date" data-testid="dash-to" value={period.to} onChange={change('to')} />
      </label>
      <span class="presets">
        {PERIOD_PRESETS.map((preset: PeriodPreset) => (
          <button
            key={preset}
            type="button"
            data-testid={`preset-${preset}`}
            onClick={() => onChange(presetPeriod(preset, timeZone, nowMs))}
          >
            {t(`dash_preset_${preset}`)}
          </button>
        ))}
      </span>
      <span class="zone">{t('dash_zone', timeZone)}</span>
    </form>
  );
}
