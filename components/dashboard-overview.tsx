// The period at a glance (GET /v1/reports/summary): what was seen vs logged per channel, how fast
// the first response came, breaches, resolution time per topic, the period's rates and CSAT, the
// top five topics, and whether every agent's Konuk can read its platforms.
import { useEffect, useState } from 'preact/hooks';
import type { CaptureHealthEntry, ReportSummary } from '../shared/api-contract.ts';
import { BarChart } from './charts.tsx';
import { CsvButton, DrillLink, Loaded, TableHeading, type Drill, type Load } from './dashboard-kit.tsx';
import {
  formatAverage,
  formatCount,
  formatDay,
  formatMinutes,
  formatRate,
  type Period,
} from './dashboard-format.ts';
import { CaptureHealthTable, ChannelTable, TopicTable } from './dashboard-tables.tsx';
import { errorText } from './guest-record.tsx';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';

const TOP_TOPICS = 5;
const SEEN = '#9aa0a6';
const LOGGED = '#0b57d0';
const MEDIAN = '#188038';
const P90 = '#e37400';

export function OverviewSection({ api, period }: { api: PageApi; period: Period }) {
  const [load, setLoad] = useState<Load<{ report: ReportSummary; health: CaptureHealthEntry[] | null }>>({
    state: 'loading',
  });
  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    void Promise.all([api.report(period.from, period.to), api.captureHealth()]).then(([report, health]) => {
      if (!current) return;
      if (!report.ok) return setLoad({ state: 'error', message: errorText(report) });
      setLoad({
        state: 'ready',
        value: { report: report.value, health: health.ok ? health.value.entries : null },
      });
    });
    return () => {
      current = false;
    };
  }, [api, period.from, period.to]);
  return (
    <Loaded load={load}>
      {({ report, health }) => <Overview api={api} report={report} health={health} />}
    </Loaded>
  );
}

function Overview({
  api,
  report,
  health,
}: {
  api: PageApi;
  report: ReportSummary;
  health: CaptureHealthEntry[] | null;
}) {
  const period = { from: report.from, to: report.to };
  const channelLabel = (channel: string) => t(`channel_${channel}`);
  const topTopics = [...report.topics]
    .filter((topic) => topic.tickets > 0)
    .sort((a, b) => b.tickets - a.tickets)
    .slice(0, TOP_TOPICS);
  const drill = (figure: Drill['query']['figure'], title: string): Drill => ({
    query: { figure, ...period },
    title,
  });
  return (
    <>
      <p class="period" data-testid="dash-period">
        {t('dash_period', formatDay(report.from), formatDay(report.to), report.timeZone)}
      </p>
      <div class="figures">
        <Figure name="tickets" label={t('dash_tickets')} drill={drill('opened', t('dash_tickets'))}>
          {formatCount(report.tickets)}
        </Figure>
        <Figure
          name="resolution-rate"
          label={t('dash_resolution_rate')}
          drill={drill('resolved', t('dash_resolved'))}
        >
          {formatRate(report.resolutionRate)}
        </Figure>
        <Figure
          name="reopen-rate"
          label={t('dash_reopen_rate')}
          drill={drill('reopened', t('dash_reopen_rate'))}
        >
          {formatRate(report.reopenRate)}
        </Figure>
        <Figure
          name="escalation-rate"
          label={t('dash_escalation_rate')}
          drill={drill('escalated', t('dash_escalation_rate'))}
        >
          {formatRate(report.escalationRate)}
        </Figure>
        <Figure
          name="csat"
          label={t('dash_csat', formatCount(report.csat.responses))}
          drill={drill('csat', t('dash_csat_short'))}
        >
          {formatAverage(report.csat.average)}
        </Figure>
      </div>

      <TableHeading level={2} title={t('dash_channels')}>
        <CsvButton
          api={api}
          name="summary"
          query={period}
          table="channels"
          file={`konuk-channels-${period.from}-${period.to}`}
        />
      </TableHeading>
      <ChannelTable channels={report.channels} period={period} />
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

      <TableHeading level={2} title={t('dash_topics')}>
        <CsvButton
          api={api}
          name="summary"
          query={period}
          table="topics"
          file={`konuk-topics-${period.from}-${period.to}`}
        />
      </TableHeading>
      <BarChart
        testId="chart-top-topics"
        title={t('dash_top_topics', String(TOP_TOPICS))}
        series={[{ name: t('dash_tickets'), color: LOGGED }]}
        rows={topTopics.map((row) => ({ label: t(`topic_${row.topic}`), values: [row.tickets] }))}
        format={(value) => formatCount(value)}
      />
      <TopicTable topics={report.topics} period={period} />

      <h2>{t('dash_health')}</h2>
      {health === null ? (
        <p class="error">{t('error_forbidden')}</p>
      ) : (
        <CaptureHealthTable entries={health} />
      )}
    </>
  );
}

function Figure({
  name,
  label,
  drill,
  children,
}: {
  name: string;
  label: string;
  drill: Drill;
  children: string;
}) {
  return (
    <div class="figure" data-testid={`figure-${name}`}>
      <b>
        <DrillLink drill={drill}>{children}</DrillLink>
      </b>
      {label}
    </div>
  );
}
