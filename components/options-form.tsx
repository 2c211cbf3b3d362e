// The options page: which Konuk server to talk to and with which agent token. The token is
// kept in the extension's own database; "Test connection" asks the worker to try the values on
// the form before they are saved.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openKonukDb, type KonukDb } from '../background/db.ts';
import { extraOriginPattern, loadSettings, saveSettings, Settings } from '../background/settings.ts';
import { TestConnectionReply } from '../shared/runtime-messages.ts';
import { t } from './i18n.ts';
import { OPTIONS_STYLE } from './page-style.ts';
import { TemplateEditor } from './template-editor.tsx';

type Line = { tone: 'ok' | 'error' | 'info'; text: string };

export function OptionsForm({ db }: { db?: KonukDb }) {
  const database = useMemo(() => db ?? openKonukDb(), [db]);
  const [apiUrl, setApiUrl] = useState('');
  const [token, setToken] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [saveLine, setSaveLine] = useState<Line | null>(null);
  const [testLine, setTestLine] = useState<Line | null>(null);

  useEffect(() => {
    void loadSettings(database).then((settings) => {
      setApiUrl(settings.apiUrl);
      setToken(settings.token);
      setLoaded(true);
    });
  }, [database]);

  async function save(event: Event) {
    event.preventDefault();
    const settings = Settings.safeParse({ apiUrl: apiUrl.trim(), token });
    if (!settings.success) return setSaveLine({ tone: 'error', text: t('options_invalid_url') });
    // Asked before anything else is awaited: the browser only allows it during the click.
    const permission = askHostPermission(settings.data.apiUrl);
    await saveSettings(database, settings.data);
    const denied = await permission;
    setSaveLine(denied ? { tone: 'error', text: denied } : { tone: 'ok', text: t('options_saved') });
    browser.runtime.sendMessage({ type: 'konuk/sync-now' }).catch(() => undefined);
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
    setTestLine(await requestTest(url, token.trim()));
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
      {testLine && (
        <p class={testLine.tone} data-testid="connection-result" data-tone={testLine.tone} role="status">
          {testLine.text}
        </p>
      )}
      <TemplateEditor />
    </main>
  );
}

/** Resolves to the message to show when the browser refused access, else null. */
async function askHostPermission(apiUrl: string): Promise<string | null> {
  const pattern = extraOriginPattern(apiUrl);
  if (pattern === null) return null;
  const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
  return granted ? null : t('options_permission_denied', new URL(apiUrl).origin);
}

async function requestTest(apiUrl: string, token: string): Promise<Line> {
  let reply: TestConnectionReply;
  try {
    reply = TestConnectionReply.parse(
      await browser.runtime.sendMessage({ type: 'konuk/test-connection', apiUrl, token }),
    );
  } catch {
    return { tone: 'error', text: t('options_test_fail', t('error_unreachable')) };
  }
  if (reply.ok) return { tone: 'ok', text: t('options_test_ok', reply.agentName, reply.hotelName) };
  const known = ['unauthorized', 'unreachable', 'bad_response'].includes(reply.error);
  return { tone: 'error', text: t('options_test_fail', known ? t(`error_${reply.error}`) : reply.error) };
}
