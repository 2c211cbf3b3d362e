// The options page: which Konuk server to talk to and with which agent token. The token is
// kept in the extension's own database; "Test connection" asks the worker to try the values on
// the form before they are saved.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ConnectionSwitch } from '../shared/connection-switch.ts';
import { SyncNowReply, TestConnectionReply } from '../shared/runtime-messages.ts';
import { t } from './i18n.ts';
import { createPageApi, type PageApi } from './page-api.ts';
import { extraOriginPattern, Settings } from './page-store.ts';
import { OPTIONS_STYLE } from './page-style.ts';
import { describeSwitch } from './switch-summary.ts';
import { TemplateEditor } from './template-editor.tsx';

type Line = { tone: 'ok' | 'error' | 'info'; text: string };

export function OptionsForm({ api }: { api?: PageApi }) {
  const pageApi = useMemo(() => api ?? createPageApi(), [api]);
  const [apiUrl, setApiUrl] = useState('');
  const [token, setToken] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [saveLine, setSaveLine] = useState<Line | null>(null);
  const [testLine, setTestLine] = useState<Line | null>(null);
  /** What a change of server or hotel did to the messages and tickets kept in this browser. */
  const [switched, setSwitched] = useState<ConnectionSwitch | null>(null);
  // Bumped by every connection that worked, so the template editor loads the hotel's library
  // then, not only when the page is opened.
  const [connections, setConnections] = useState(0);

  useEffect(() => {
    void pageApi.connection().then((settings) => {
      setApiUrl(settings.apiUrl);
      setToken(settings.token);
      setLoaded(true);
    });
  }, [pageApi]);

  async function save(event: Event) {
    event.preventDefault();
    const settings = Settings.safeParse({ apiUrl: apiUrl.trim(), token });
    if (!settings.success) return setSaveLine({ tone: 'error', text: t('options_invalid_url') });
    // Asked before anything else is awaited: the browser only allows it during the click.
    const permission = askHostPermission(settings.data.apiUrl);
    await pageApi.saveConnection(settings.data);
    const denied = await permission;
    if (denied) return setSaveLine({ tone: 'error', text: denied });
    setTestLine(null);
    setSwitched(null);
    setSaveLine({ tone: 'info', text: t('options_saved_checking') });
    // Saved is not the same as working: a mistyped token must not look fine until the popup fails.
    const checked = await checkConnection(settings.data.apiUrl, settings.data.token.trim());
    setSaveLine(savedLine(checked));
    if (checked.ok) setConnections((n) => n + 1);
    setSwitched(await syncAndTellSwitch());
  }

  async function test() {
    const url = apiUrl.trim();
    if (!Settings.shape.apiUrl.safeParse(url).success) {
      return setTestLine({ tone: 'error', text: t('options_invalid_url') });
    }
    if (token.trim() === '') {
      return setTestLine({ tone: 'error', text: t('options_test_fail', t('error_unauthorized')) });
    }
    const permission = askHostPermission(url);
    setTestLine({ tone: 'info', text: t('options_testing') });
    const denied = await permission;
    if (denied) return setTestLine({ tone: 'error', text: denied });
    const checked = await checkConnection(url, token.trim());
    setTestLine(testLineOf(checked));
    if (checked.ok) setConnections((n) => n + 1);
  }

  return (
    <main class="konuk-options">
      <style>{OPTIONS_STYLE}</style>
      <h1>{t('options_title')}</h1>
      <form onSubmit={save}>
        <label>
          {t('options_api_url')}
          <input
            type="url"
            data-testid="api-url"
            value={apiUrl}
            disabled={!loaded}
            onInput={(e) => setApiUrl(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('options_token')}
          <input
            type="password"
            autocomplete="off"
            data-testid="token"
            value={token}
            disabled={!loaded}
            onInput={(e) => setToken(e.currentTarget.value)}
          />
        </label>
        <div class="actions">
          <button type="submit" data-testid="save" disabled={!loaded}>
            {t('options_save')}
          </button>
          <button type="button" data-testid="test-connection" disabled={!loaded} onClick={test}>
            {t('options_test')}
          </button>
        </div>
      </form>
      {saveLine && (
        <p class={saveLine.tone} data-testid="save-result" data-tone={saveLine.tone} role="status">
          {saveLine.text}
        </p>
      )}
      {switched && (
        <p class="info" data-testid="switch-result" role="status">
          {describeSwitch(switched, t)}
        </p>
      )}
      {testLine && (
        <p class={testLine.tone} data-testid="connection-result" data-tone={testLine.tone} role="status">
          {testLine.text}
        </p>
      )}
      <TemplateEditor key={connections} />
    </main>
  );
}

/** Syncs with the saved connection; the switch of server or hotel that made, if it made one. */
async function syncAndTellSwitch(): Promise<ConnectionSwitch | null> {
  const reply = SyncNowReply.safeParse(
    await browser.runtime.sendMessage({ type: 'konuk/sync-now', reportSwitch: true }).catch(() => null),
  );
  return reply.success ? (reply.data.switched ?? null) : null;
}

/** Resolves to the message to show when the browser refused access, else null. */
async function askHostPermission(apiUrl: string): Promise<string | null> {
  const pattern = extraOriginPattern(apiUrl);
  if (pattern === null) return null;
  const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
  return granted ? null : t('options_permission_denied', new URL(apiUrl).origin);
}

type Checked = { ok: true; agentName: string; hotelName: string } | { ok: false; error: string };

async function checkConnection(apiUrl: string, token: string): Promise<Checked> {
  if (token === '') return { ok: false, error: 'unauthorized' };
  try {
    const reply = TestConnectionReply.parse(
      await browser.runtime.sendMessage({ type: 'konuk/test-connection', apiUrl, token }),
    );
    return reply.ok ? reply : { ok: false, error: reply.error };
  } catch {
    return { ok: false, error: 'unreachable' };
  }
}

function reason(error: string): string {
  return ['unauthorized', 'unreachable', 'bad_response'].includes(error) ? t(`error_${error}`) : error;
}

function testLineOf(checked: Checked): Line {
  if (checked.ok) return { tone: 'ok', text: t('options_test_ok', checked.agentName, checked.hotelName) };
  return { tone: 'error', text: t('options_test_fail', reason(checked.error)) };
}

/** What "Save" found: connected, the token refused, or saved without being able to check. */
function savedLine(checked: Checked): Line {
  if (checked.ok) {
    return { tone: 'ok', text: t('options_saved_connected', checked.agentName, checked.hotelName) };
  }
  if (checked.error === 'unauthorized') return { tone: 'error', text: t('options_saved_refused') };
  return { tone: 'error', text: t('options_saved_unchecked', reason(checked.error)) };
}
