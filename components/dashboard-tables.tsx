// The summary's tables: per channel (seen vs logged, first response, breaches), per topic
// (resolution time), and capture health per agent and platform. Ticket figures drill down.
import type { CaptureHealthEntry, ReportSummary } from '../shared/api-contract.ts';
import { DrillLink } from './dashboard-kit.tsx';
import { formatCount, formatMinutes, formatMoment, type Period } from './dashboard-format.ts';
import { t } from './i18n.ts';
import { platformName } from './side-panel-capture.tsx';

export function ChannelTable({ channels, period }: { channels: ReportSummary['channels']; period: Period }) {
  return (
    <table data-testid="channel-table">
      <thead>
        <tr>
          <th>{t('dash_channel')}</th>
          <th>{t('dash_seen')}</th>
          <th>{t('dash_logged')}</th>
          <th>{t('dash_not_logged')}</th>
          <th>{t('dash_tickets')}</th>
          <th>{t('dash_first_median')}</th>
          <th>{t('dash_first_p90')}</th>
          <th>{t('dash_breaches')}</th>
        </tr>
      </thead>
      <tbody>
        {channels.map((row) => {
          const gap = row.messagesSeen - row.messagesLogged;
          const name = t(`channel_${row.channel}`);
          const drill = (figure: 'opened' | 'answered' | 'sla_missed', label: string) => ({
            query: { figure, ...period, channel: row.channel },
            title: `${name} · ${label}`,
          });
          return (
            <tr key={row.channel} data-testid="channel-row" data-channel={row.channel}>
              <td>{name}</td>
              <td data-cell="seen">{formatCount(row.messagesSeen)}</td>
              <td data-cell="logged">{formatCount(row.messagesLogged)}</td>
              <td data-cell="gap" class={gap > 0 ? 'gap' : ''}>
                {formatCount(gap)}
              </td>
              <td data-cell="tickets">
                <DrillLink drill={drill('opened', t('dash_tickets'))}>
                  {formatCount(row.ticketsOpened)}
                </DrillLink>
              </td>
              <td data-cell="median">
                <DrillLink drill={drill('answered', t('dash_first_median'))}>
                  {formatMinutes(row.firstResponse.medianMinutes)}
                </DrillLink>
              </td>
              <td data-cell="p90">{formatMinutes(row.firstResponse.p90Minutes)}</td>
              <td data-cell="breaches">
                <DrillLink drill={drill('sla_missed', t('dash_breaches'))}>
                  {formatCount(row.breaches)}
                </DrillLink>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function TopicTable({ topics, period }: { topics: ReportSummary['topics']; period: Period }) {
  return (
    <table data-testid="topic-table">
      <thead>
        <tr>
          <th>{t('dash_topic')}</th>
          <th>{t('dash_tickets')}</th>
          <th>{t('dash_resolved')}</th>
          <th>{t('dash_resolution_median')}</th>
          <th>{t('dash_resolution_p90')}</th>
        </tr>
      </thead>
      <tbody>
        {topics.map((row) => {
          const name = t(`topic_${row.topic}`);
          return (
            <tr key={row.topic} data-testid="topic-row" data-topic={row.topic}>
              <td>{name}</td>
              <td data-cell="tickets">
                <DrillLink drill={{ query: { figure: 'opened', ...period, topic: row.topic }, title: name }}>
                  {formatCount(row.tickets)}
                </DrillLink>
              </td>
              <td data-cell="resolved">
                <DrillLink
                  drill={{
                    query: { figure: 'resolved', ...period, topic: row.topic },
                    title: `${name} · ${t('dash_resolved')}`,
                  }}
                >
                  {formatCount(row.resolved)}
                </DrillLink>
              </td>
              <td data-cell="median">{formatMinutes(row.resolution.medianMinutes)}</td>
              <td data-cell="p90">{formatMinutes(row.resolution.p90Minutes)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function CaptureHealthTable({ entries }: { entries: CaptureHealthEntry[] }) {
  if (entries.length === 0) return <p data-testid="health-empty">{t('dash_health_empty')}</p>;
  return (
    <table data-testid="health-table">
      <thead>
        <tr>
          <th>{t('dash_platform')}</th>
          <th>{t('dash_agent')}</th>
          <th>{t('dash_state')}</th>
          <th>{t('dash_problem')}</th>
          <th>{t('dash_reported')}</th>
          <th>{t('dash_problem_reports')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr
            key={`${entry.agentId}-${entry.platform}`}
            data-testid="health-row"
            data-platform={entry.platform}
            data-ok={String(entry.ok)}
          >
            <td>{platformName(entry.platform)}</td>
            <td>{entry.agentName}</td>
            <td class={entry.ok ? '' : 'error'}>
              {entry.ok ? t('capture_reading') : t('capture_not_reading')}
            </td>
            <td>{entry.problem ?? ''}</td>
            <td>{formatMoment(entry.reportedAt)}</td>
            <td>
              {formatCount(entry.problemReports)} / {formatCount(entry.reports)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
