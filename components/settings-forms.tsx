// The settings a coordinator changes most, as plain forms: compensation limits per role, which
// team each topic goes to, and the root-cause list (a retired cause stays on old tickets).
import { useEffect, useState } from 'preact/hooks';
import type { CompensationSettings, RoutingSettings } from '../shared/hotel-settings.ts';
import { ROLES, TOPICS, type Role, type Topic } from '../shared/taxonomy.ts';
import type { RootCause } from '../shared/ticket-workflow.ts';
import { teamName } from './close-form.tsx';
import { t } from './i18n.ts';

interface FormProps<T> {
  value: T;
  busy: boolean;
  onSave(value: T): void;
}

export function LimitsForm({ value, busy, onSave }: FormProps<CompensationSettings>) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const setLimit = (role: Role, text: string) =>
    setDraft({ ...draft, limits: { ...draft.limits, [role]: text.trim() === '' ? null : Number(text) } });
  return (
    <form data-testid="settings-compensation" onSubmit={(e) => (e.preventDefault(), onSave(draft))}>
      <label>
        {t('settings_currency')}
        <input
          data-testid="settings-currency"
          value={draft.currency}
          onInput={(e) =>
            setDraft({ ...draft, currency: (e.currentTarget as HTMLInputElement).value.toUpperCase() })
          }
        />
      </label>
      {ROLES.map((role) => (
        <label key={role}>
          {t('settings_limit_for', t(`notify_${role}`))}
          <input
            data-testid={`settings-limit-${role}`}
            inputMode="decimal"
            placeholder={t('settings_no_limit')}
            value={draft.limits[role] === null ? '' : String(draft.limits[role])}
            onInput={(e) => setLimit(role, (e.currentTarget as HTMLInputElement).value)}
          />
        </label>
      ))}
      <button type="submit" data-testid="settings-compensation-save" disabled={busy}>
        {t('settings_save')}
      </button>
    </form>
  );
}

export function RoutingForm({
  value,
  teams,
  busy,
  onSave,
}: FormProps<RoutingSettings> & { teams: string[] }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  // Only the plain "topic → team" rules are edited here; the others are kept as they are.
  const topicRule = (topic: Topic) =>
    draft.rules.find((r) => r.topic === topic && !r.stage && !r.escalation && !r.area);
  function setTeam(topic: Topic, team: string) {
    const others = draft.rules.filter((r) => r !== topicRule(topic));
    setDraft({ ...draft, rules: team ? [...others, { topic, team }] : others });
  }
  const options = [...new Set([draft.defaultTeam, ...teams])];
  return (
    <form data-testid="settings-routing" onSubmit={(e) => (e.preventDefault(), onSave(draft))}>
      <label>
        {t('settings_default_team')}
        <select
          data-testid="settings-default-team"
          value={draft.defaultTeam}
          onChange={(e) => setDraft({ ...draft, defaultTeam: (e.currentTarget as HTMLSelectElement).value })}
        >
          {options.map((team) => (
            <option key={team} value={team}>
              {teamName(team)}
            </option>
          ))}
        </select>
      </label>
      {TOPICS.map((topic) => (
        <label key={topic}>
          {t(`topic_${topic}`)}
          <select
            data-testid={`settings-route-${topic}`}
            value={topicRule(topic)?.team ?? ''}
            onChange={(e) => setTeam(topic, (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('settings_route_default')}</option>
            {options.map((team) => (
              <option key={team} value={team}>
                {teamName(team)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" data-testid="settings-routing-save" disabled={busy}>
        {t('settings_save')}
      </button>
    </form>
  );
}

export function RootCausesForm({ value, teams, busy, onSave }: FormProps<RootCause[]> & { teams: string[] }) {
  const [draft, setDraft] = useState(value);
  const [department, setDepartment] = useState(teams[0] ?? 'front_office');
  const [cause, setCause] = useState('');
  useEffect(() => setDraft(value), [value]);
  function add(event: Event) {
    event.preventDefault();
    if (!cause.trim()) return;
    const id = `${department}-${cause}`
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 64);
    if (draft.some((c) => c.id === id)) return;
    setDraft([...draft, { id, department, cause: cause.trim(), active: true }]);
    setCause('');
  }
  return (
    <div data-testid="settings-root-causes">
      <ul>
        {draft.map((c) => (
          <li key={c.id} data-testid="settings-root-cause" data-active={String(c.active)}>
            {teamName(c.department)} · {c.cause}{' '}
            <button
              type="button"
              class="link"
              onClick={() => setDraft(draft.map((d) => (d.id === c.id ? { ...d, active: !d.active } : d)))}
            >
              {c.active ? t('settings_retire') : t('settings_restore')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <select
          data-testid="settings-cause-department"
          value={department}
          onChange={(e) => setDepartment((e.currentTarget as HTMLSelectElement).value)}
        >
          {teams.map((team) => (
            <option key={team} value={team}>
              {teamName(team)}
            </option>
          ))}
        </select>
        <input
          data-testid="settings-cause-text"
          placeholder={t('settings_cause_placeholder')}
          value={cause}
          onInput={(e) => setCause((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" data-testid="settings-cause-add">
          {t('settings_cause_add')}
        </button>
      </form>
      <button
        type="button"
        data-testid="settings-root-causes-save"
        disabled={busy}
        onClick={() => onSave(draft)}
      >
        {t('settings_save')}
      </button>
    </div>
  );
}
