// Quality: QA (a week's seeded sample of closed conversations per agent, read and scored on a
// six-point checklist with a coaching note, once per ticket; scores and their trend per agent)
// and how often agents correct the classifier's labels (issue 10).
import { useState } from 'preact/hooks';
import { hotelDay, mondayOf, shiftDay } from '../shared/report-calendar.ts';
import { QA_CHECKS, type QaChecks, type QaSample } from '../shared/report-loop-contract.ts';
import { LineChart, SERIES_COLORS } from './charts.tsx';
import { CorrectionTables } from './dashboard-corrections.tsx';
import { CsvButton, DataTable, DrillLink, Loaded, TableHeading, useReport } from './dashboard-kit.tsx';
import {
  formatAverage,
  formatCount,
  formatMoment,
  formatRate,
  formatWeek,
  type Period,
} from './dashboard-format.ts';
import { errorText } from './guest-record.tsx';
import { t } from './i18n.ts';
import { currentWindowId, openTicketBeside } from './open-conversation.ts';
import type { PageApi } from './page-api.ts';

export function QualitySection(props: { api: PageApi; period: Period; timeZone: string; nowMs: number }) {
  const { api, period, timeZone, nowMs } = props;
  // Last week by default: its closes are all in.
  const [week, setWeek] = useState(() => shiftDay(mondayOf(hotelDay(timeZone, nowMs)), -7));
  const [reload, setReload] = useState(0);
  const sample = useReport(api, 'qa/sample', { week }, reload);
  const scores = useReport(api, 'qa', { ...period }, reload);
  return (
    <section data-testid="quality-section" aria-labelledby="quality-title">
      <h2 id="quality-title">{t('dash_section_quality')}</h2>
      <h3>{t('dash_qa_sample')}</h3>
      <label>
        {t('dash_qa_week')}
        <input
          type="date"
          data-testid="qa-week"
          value={week}
          onChange={(event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setWeek(mondayOf(value));
          }}
        />
      </label>
      <Loaded load={sample}>
        {(value) => (
          <Sample api={api} sample={value} timeZone={timeZone} onScored={() => setReload((n) => n + 1)} />
        )}
      </Loaded>
      <Loaded load={scores}>
        {(report) => (
          <>
            <TableHeading title={t('dash_qa_agents')}>
              <CsvButton
                api={api}
                name="qa"
                query={period}
                table="agents"
                file={`konuk-qa-agents-${report.from}-${report.to}`}
              />
              <CsvButton
                api={api}
                name="qa"
                query={period}
                table="scores"
                file={`konuk-qa-scores-${report.from}-${report.to}`}
                label={t('dash_qa_every_score', formatCount(report.scoresTotal))}
              />
            </TableHeading>
            <DataTable
              testId="qa-agent"
              rows={report.agents}
              rowKey={(row) => row.agentId}
              columns={[
                { label: t('dash_agent'), cell: (row) => row.agentName },
                {
                  label: t('dash_qa_scored'),
                  cell: (row) => (
                    <DrillLink
                      drill={{
                        query: { figure: 'qa_scored', ...period, agentId: row.agentId },
                        title: `${row.agentName} · QA`,
                      }}
                    >
                      {formatCount(row.scored)}
                    </DrillLink>
                  ),
                },
                {
                  label: t('dash_qa_points'),
                  name: 'points',
                  cell: (row) => formatAverage(row.averagePoints),
                },
                ...QA_CHECKS.map((check) => ({
                  label: t(`dash_qa_${check}`),
                  cell: (row: (typeof report.agents)[number]) => formatRate(row[check]),
                })),
              ]}
            />
            <LineChart
              testId="chart-qa-trend"
              title={t('dash_chart_qa_trend')}
              labels={report.weeks.map((w) => formatWeek(w))}
              labelHeading={t('dash_week')}
              tableLabel={t('dash_as_table')}
              series={report.agents.map((agent, index) => ({
                name: agent.agentName,
                color: SERIES_COLORS[index % SERIES_COLORS.length]!,
                values: report.weeks.map(
                  (w) =>
                    report.weekly.find((row) => row.week === w && row.agentId === agent.agentId)
                      ?.averagePoints ?? null,
                ),
              }))}
              format={(value) => formatAverage(value)}
            />
          </>
        )}
      </Loaded>
      <QaSampleSize api={api} onSaved={() => setReload((n) => n + 1)} />
      <CorrectionTables api={api} period={period} />
    </section>
  );
}

function Sample({
  api,
  sample,
  timeZone,
  onScored,
}: {
  api: PageApi;
  sample: QaSample;
  timeZone: string;
  onScored(): void;
}) {
  if (sample.agents.length === 0) return <p data-testid="qa-sample-empty">{t('dash_qa_sample_empty')}</p>;
  return (
    <div data-testid="qa-sample">
      {sample.agents.map((agent) => (
        <div key={agent.agentId} class="qa-agent" data-testid="qa-sample-agent" data-agent={agent.agentName}>
          <h4>
            {t(
              'dash_qa_sample_of',
              agent.agentName,
              formatCount(agent.tickets.length),
              formatCount(agent.closed),
            )}
          </h4>
          {agent.tickets.map((ticket) => (
            <div
              key={ticket.recordNumber}
              class="qa-ticket"
              data-testid="qa-ticket"
              data-record-number={ticket.recordNumber}
            >
              <button
                type="button"
                class="drill"
                onClick={() => void currentWindowId().then((id) => openTicketBeside(ticket, id, Date.now()))}
              >
                {ticket.recordNumber}
              </button>{' '}
              {t(`channel_${ticket.channel}`)} · {ticket.topic ? t(`topic_${ticket.topic}`) : '—'} ·{' '}
              {formatMoment(ticket.closedAt, undefined, timeZone)}
              {ticket.score ? (
                <p data-testid="qa-score">
                  {t('dash_qa_scored_points', formatCount(ticket.score.points), ticket.score.scoredBy)}
                  {ticket.score.note ? ` — ${ticket.score.note}` : ''}
                </p>
              ) : (
                <ScoreForm api={api} recordNumber={ticket.recordNumber} onScored={onScored} />
              )}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

function ScoreForm({
  api,
  recordNumber,
  onScored,
}: {
  api: PageApi;
  recordNumber: string;
  onScored(): void;
}) {
  const [error, setError] = useState<string | null>(null);
  async function score(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const checks = Object.fromEntries(
      QA_CHECKS.map((check) => [check, form.get(check) === 'on']),
    ) as QaChecks;
    const answer = await api.scoreQa({ recordNumber, checks, note: String(form.get('note') ?? '') });
    if (!answer.ok) return setError(errorText(answer));
    setError(null);
    onScored();
  }
  return (
    <form class="qa-form" data-testid="qa-form" onSubmit={(event) => void score(event)}>
      <fieldset>
        <legend>{t('dash_qa_checklist', recordNumber)}</legend>
        {QA_CHECKS.map((check) => (
          <label key={check}>
            <input type="checkbox" name={check} data-check={check} />
            {t(`dash_qa_${check}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('dash_qa_note')}
        <textarea name="note" maxLength={2000} rows={2} />
      </label>
      <button type="submit">{t('dash_qa_save')}</button>
      {error ? (
        <span class="error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}

function QaSampleSize({ api, onSaved }: { api: PageApi; onSaved(): void }) {
  const [message, setMessage] = useState<string | null>(null);
  async function save(event: Event) {
    event.preventDefault();
    const value = Number(new FormData(event.currentTarget as HTMLFormElement).get('size'));
    const answer = await api.saveQaSettings({ samplePerAgent: value });
    setMessage(
      answer.ok ? t('dash_qa_size_saved', formatCount(answer.value.samplePerAgent)) : errorText(answer),
    );
    if (answer.ok) onSaved();
  }
  return (
    <form class="qa-size" data-testid="qa-size" onSubmit={(event) => void save(event)}>
      <label>
        {t('dash_qa_size')}
        <input name="size" type="number" min={1} max={20} required />
      </label>
      <button type="submit">{t('dash_qa_size_save')}</button>
      {message ? <span role="status">{message}</span> : null}
    </form>
  );
}
