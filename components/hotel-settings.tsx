// The hotel's settings screen, for coordinators and supervisors: SLA targets with business hours
// (split shifts), holidays and time zone; teams and members; routing (topic → team); the
// escalation ladder per channel relative to its target; compensation limits per role; the
// root-cause list; and who changed what, when. Everything goes through the API, which checks it
// with the same schemas and records each change.
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  type HotelSettings,
  type SettingsChange,
  type SettingsUpdateRequest,
} from '../shared/hotel-settings.ts';
import { EscalationLadders } from '../shared/routing.ts';
import { SlaPolicy } from '../shared/sla-policy.ts';
import { TEAMS, type Role } from '../shared/taxonomy.ts';
import type { AgentSummary, TeamRecord, TeamUpdateRequest } from '../shared/ticket-workflow.ts';
import { errorText } from './guest-record.tsx';
import { t } from './i18n.ts';
import { createPageApi, type ApiResult, type PageApi } from './page-api.ts';
import { LimitsForm, RootCausesForm, RoutingForm } from './settings-forms.tsx';
import { JsonSection } from './settings-json-section.tsx';
import { TeamsForm } from './settings-teams.tsx';
import { WebhooksSection } from './settings-webhooks.tsx';
import { ReservationsSection } from './settings-reservations.tsx';
import { SIDE_PANEL_STYLE, WORKSPACE_STYLE } from './side-panel-style.ts';
import { formatAt } from './workspace-format.ts';

const EDITORS: ReadonlySet<Role> = new Set(['coordinator', 'supervisor']);
type Line = { tone: 'ok' | 'error'; text: string };

export function HotelSettingsPage({ api }: { api?: PageApi }) {
  const pageApi = useMemo(() => api ?? createPageApi(), [api]);
  const [role, setRole] = useState<Role | null | undefined>(undefined);
  const [settings, setSettings] = useState<HotelSettings | null>(null);
  const [teams, setTeams] = useState<TeamRecord[]>([]);
  const [agents, setAgents] = useState<AgentSummary[]>([]);
  const [changes, setChanges] = useState<SettingsChange[]>([]);
  const [timeZone, setTimeZone] = useState<string | undefined>(undefined);
  const [line, setLine] = useState<Line | null>(null);
  const [busy, setBusy] = useState(false);

  async function load() {
    const [me, current, teamList, agentList, changeList] = await Promise.all([
      pageApi.me(),
      pageApi.settings(),
      pageApi.teams(),
      pageApi.agents(),
      pageApi.settingsChanges(),
    ]);
    setRole(me.ok ? me.value.agent.role : null);
    if (me.ok) setTimeZone(me.value.hotel.timeZone);
    if (current.ok) setSettings(current.value.settings);
    else setLine({ tone: 'error', text: errorText(current) });
    if (teamList.ok) setTeams(teamList.value.teams);
    if (agentList.ok) setAgents(agentList.value.agents);
    if (changeList.ok) setChanges(changeList.value.changes);
  }
  useEffect(() => void load(), [pageApi]);

  async function save<T>(work: () => Promise<ApiResult<T>>) {
    setBusy(true);
    const answer = await work();
    setBusy(false);
    setLine(
      answer.ok ? { tone: 'ok', text: t('settings_saved') } : { tone: 'error', text: errorText(answer) },
    );
    if (answer.ok) await load();
  }
  const saveSection = (update: SettingsUpdateRequest) => void save(() => pageApi.saveSettings(update));
  const saveTeam = (key: string, team: TeamUpdateRequest) => void save(() => pageApi.saveTeam(key, team));

  const teamKeys = [...new Set([...TEAMS, ...teams.map((team) => team.key)])];
  return (
    <main class="konuk-panel konuk-settings" data-testid="hotel-settings">
      <style>{SIDE_PANEL_STYLE + WORKSPACE_STYLE}</style>
      <h1>{t('settings_title')}</h1>
      {role !== undefined && (role === null || !EDITORS.has(role)) ? (
        <p class="error" data-testid="settings-forbidden">
          {t('settings_coordinators_only')}
        </p>
      ) : null}
      {line ? (
        <p class={line.tone} role="status" data-testid="settings-line" data-tone={line.tone}>
          {line.text}
        </p>
      ) : null}
      {settings && role && EDITORS.has(role) ? (
        <>
          <h2>{t('settings_sla')}</h2>
          <p class="hint">{t('settings_sla_hint')}</p>
          <JsonSection
            name="sla"
            value={settings.sla}
            schema={SlaPolicy}
            busy={busy}
            onSave={(sla) => saveSection({ sla })}
          />
          <h2>{t('settings_teams')}</h2>
          <TeamsForm teams={teams} agents={agents} busy={busy} onSave={saveTeam} />
          <h2>{t('settings_routing')}</h2>
          <RoutingForm
            value={settings.routing}
            teams={teamKeys}
            busy={busy}
            onSave={(routing) => saveSection({ routing })}
          />
          <h2>{t('settings_escalation')}</h2>
          <p class="hint">{t('settings_escalation_hint')}</p>
          <JsonSection
            name="escalation"
            value={settings.escalation}
            schema={EscalationLadders}
            busy={busy}
            onSave={(escalation) => saveSection({ escalation })}
          />
          <h2>{t('settings_compensation')}</h2>
          <LimitsForm
            value={settings.compensation}
            busy={busy}
            onSave={(compensation) => saveSection({ compensation })}
          />
          <h2>{t('settings_root_causes')}</h2>
          <RootCausesForm
            value={settings.rootCauses}
            teams={teamKeys}
            busy={busy}
            onSave={(rootCauses) => saveSection({ rootCauses })}
          />
          <h2>{t('reservations_title')}</h2>
          <ReservationsSection api={pageApi} />
          <h2>{t('webhooks_title')}</h2>
          <WebhooksSection api={pageApi} timeZone={timeZone} />
          <h2>{t('settings_changes')}</h2>
          <ul data-testid="settings-changes">
            {changes.map((change) => (
              <li key={change.id} data-testid="settings-change">
                {change.agentName} · {formatAt(change.at, timeZone)} ·{' '}
                {change.sections.map((section) => t(`settings_section_${section}`)).join(', ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </main>
  );
}
