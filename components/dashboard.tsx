// The coordinators' dashboard (GET /v1/reports/summary): what was seen vs logged per channel,
// how fast the first response came, breaches, resolution time per topic, the period's rates and
// CSAT, the top five topics, and whether every agent's Konuk can read its platforms.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CaptureHealthEntry, ReportSummary } from '../shared/api-contract.ts';
import { BarChart } from './charts.tsx';
import {
  formatAverage,
  formatCount,
  formatDay,
  formatMinutes,
  formatRate,
  lastWeek,
} from './dashboard-format.ts';
import { CaptureHealthTable, ChannelTable, TopicTable } from './dashboard-tables.tsx';
import { errorText } from './guest-record.tsx';
import { t } from './i18n.ts';
import { createPageApi, type PageApi } from './page-api.ts';
import { DASHBOARD_STYLE } from './side-panel-style.ts';

const TOP_TOPICS = 5;
const SEEN = '#9aa0a6';
const LOGGED = '#0b57d0';
const MEDIAN = '#188038';
const P90 = '#e37400';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; report: ReportSummary; health: CaptureHealthEntry[] | null }
  | { state: 'error'; message: string };

export function Dashboard({ api, now }: { api?: PageApi; now?: Date }) {
  const pageApi = useMemo(() => api ?? createPageApi(), [api]);
  const [range, setRange] = useState(() => lastWeek(now ?? new Date()));
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    void Promise.all([pageApi.report(range.from, range.to), pageApi.captureHealth()]).then(
      ([report, health]) => {
        if (!current) return;
        if (!report.ok) return setLoad({ state: 'error', message: errorText(report) });
        setLoad({ state: 'ready', report: report.value, health: health.ok ? health.value.entries : null });
      },
    );
    return () => {
      current = false;
    };
  }, [pageApi, range.from, range.to]);

  function change(name: 'from' | 'to') {
    return (event: Event) => {
      const value = (event.currentTarget as HTMLInputElement).value;
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setRange({ ...range, [name]: value });
    };
  }

  return (
    <main class="konuk-dashboard">
      <style>{DASHBOARD_STYLE}</style>
      <h1>{t('dash_title')}</h1>
      <form onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('dash_from')}
          <input type="date" data-testid="dash-from" value={range.from} onChange={change('from')} />
        </label>
        <label>
          {t('dash_to')}
          <input type="date" data-testid="dash-to" value={range.to} onChange={change('to')} />
        </label>
      </form>
      {load.state === 'loading' ? <p>{t('panel_loading')}</p> : null}
      {load.state === 'error' ? (
        <p class="error" role="alert" data-testid="dash-error">
          {load.message}
        </p>
      ) : null}
      {load.state === 'ready' ? <Report report={load.report} health={load.health} /> : null}
    </main>
  );
}

function Report({ report, health }: { report: ReportSummary; health: CaptureHealthEntry[] | null }) {
  const channelLabel = (channel: string) => t(`channel_${channel}`);
  const topTopics = [...report.topics]
    .filter((topic) => topic.tickets > 0)
    .sort((a, b) => b.tickets - a.tickets)
    .slice(0, TOP_TOPICS);
  return (
    <>
      <p class="period" data-testid="dash-period">
        {t('dash_period', formatDay(report.from), formatDay(report.to), report.timeZone)}
      </p>
      <div class="figures">
        <Figure name="tickets" label={t('dash_tickets')} value={formatCount(report.tickets)} />
        <Figure
          name="resolution-rate"
          label={t('dash_resolution_rate')}
          value={formatRate(report.resolutionRate)}
        />
        <Figure name="reopen-rate" label={t('dash_reopen_rate')} value={formatRate(report.reopenRate)} />
        <Figure
          name="escalation-rate"
          label={t('dash_escalation_rate')}
          value={formatRate(report.escalationRate)}
        />
        <Figure
          name="csat"
          label={t('dash_csat', formatCount(report.csat.responses))}
          value={formatAverage(report.csat.average)}
        />
      </div>

      <h2>{t('dash_channels')}</h2>
      <ChannelTable channels={report.channels} />
      <BarChart
        testId="chart-seen-logged"
        title={t('dash_chart_seen_logged')}
        series={[
          { name: t('dash_seen'), color: SEEN },
          { name: t('dash_logged'), color: LOGGED },
        ]}
        rows={report.channels.map((row) => ({
          label: channelLabel(row.channel),
          values: [row.messagesSeen, row.messagesLogged],
        }))}
        format={(value) => formatCount(value)}
      />
      <BarChart
        testId="chart-first-response"
        title={t('dash_chart_first_response')}
        series={[
          { name: t('dash_first_median'), color: MEDIAN },
          { name: t('dash_first_p90'), color: P90 },
        ]}
        rows={report.channels.map((row) => ({
          label: channelLabel(row.channel),
          values: [row.firstResponse.medianMinutes, row.firstResponse.p90Minutes],
        }))}
        format={(value) => formatMinutes(value)}
      />

      <h2>{t('dash_topics')}</h2>
      <BarChart
        testId="chart-top-topics"
        title={t('dash_top_topics', String(TOP_TOPICS))}
        series={[{ name: t('dash_tickets'), color: LOGGED }]}
        rows={topTopics.map((row) => ({ label: t(`topic_${row.topic}`), values: [row.tickets] }))}
        format={(value) => formatCount(value)}
      />
      <TopicTable topics={report.topics} />

      <h2>{t('dash_health')}</h2>
      {health === null ? (
        <p class="error">{t('error_forbidden')}</p>
      ) : (
        <CaptureHealthTable entries={health} />
      )}
    </>
  );
}

function Figure({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <div class="figure" data-testid={`figure-${name}`}>
      <b>{value}</b>
      {label}
    </div>
  );
}
