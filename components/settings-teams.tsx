// Teams and their members (PUT /v1/teams/:key): who is in each team and who leads it. A hotel may
// add teams of its own ("spa") next to the seven departments.
import { useState } from 'preact/hooks';
import type { AgentSummary, TeamRecord, TeamUpdateRequest } from '../shared/ticket-workflow.ts';
import { TeamKey } from '../shared/routing.ts';
import { teamName } from './close-form.tsx';
import { t } from './i18n.ts';

export function TeamsForm({
  teams,
  agents,
  busy,
  onSave,
}: {
  teams: TeamRecord[];
  agents: AgentSummary[];
  busy: boolean;
  onSave(key: string, team: TeamUpdateRequest): void;
}) {
  const [newKey, setNewKey] = useState('');
  const [newName, setNewName] = useState('');
  const keyOk = TeamKey.safeParse(newKey).success;
  return (
    <div data-testid="settings-teams">
      {teams.map((team) => (
        <TeamEditor key={team.key} team={team} agents={agents} busy={busy} onSave={onSave} />
      ))}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (keyOk && newName.trim()) onSave(newKey, { name: newName.trim(), members: [] });
        }}
      >
        <label>
          {t('settings_team_key')}
          <input
            data-testid="settings-team-key"
            placeholder="spa"
            value={newKey}
            onInput={(e) => setNewKey((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {newKey && !keyOk ? <p class="error">{t('settings_team_key_hint')}</p> : null}
        <label>
          {t('settings_team_name')}
          <input
            data-testid="settings-team-name"
            value={newName}
            onInput={(e) => setNewName((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" data-testid="settings-team-add" disabled={busy || !keyOk || !newName.trim()}>
          {t('settings_team_add')}
        </button>
      </form>
    </div>
  );
}

function TeamEditor({
  team,
  agents,
  busy,
  onSave,
}: {
  team: TeamRecord;
  agents: AgentSummary[];
  busy: boolean;
  onSave(key: string, team: TeamUpdateRequest): void;
}) {
  const [members, setMembers] = useState(() => new Map(team.members.map((m) => [m.agentId, m.lead])));
  const flip = (agentId: string) => {
    const next = new Map(members);
    if (next.has(agentId)) next.delete(agentId);
    else next.set(agentId, false);
    setMembers(next);
  };
  const lead = (agentId: string) => setMembers(new Map(members).set(agentId, !members.get(agentId)));
  return (
    <fieldset data-testid="settings-team" data-team={team.key}>
      <legend>{team.name || teamName(team.key)}</legend>
      {agents.map((agent) => (
        <div key={agent.id} class="member">
          <label class="inline">
            <input
              type="checkbox"
              data-testid="settings-member"
              checked={members.has(agent.id)}
              onChange={() => flip(agent.id)}
            />
            {agent.name}
          </label>
          {members.has(agent.id) ? (
            <label class="inline">
              <input
                type="checkbox"
                data-testid="settings-lead"
                checked={members.get(agent.id) ?? false}
                onChange={() => lead(agent.id)}
              />
              {t('settings_team_lead')}
            </label>
          ) : null}
        </div>
      ))}
      <button
        type="button"
        data-testid="settings-team-save"
        disabled={busy}
        onClick={() =>
          onSave(team.key, {
            name: team.name,
            members: [...members].map(([agentId, isLead]) => ({ agentId, lead: isLead })),
          })
        }
      >
        {t('settings_save')}
      </button>
    </fieldset>
  );
}
