// The options page's reply templates: the hotel's library to read, change, add to and delete
// from. The background does the talking to the API (it holds the token); this page only sends
// parsed requests and shows what came back.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LANGUAGES, type Language } from '../shared/taxonomy.ts';
import type { ReplyTemplate } from '../shared/templates/template-schema.ts';
import { TemplateChangeReply, TemplatesReply } from '../shared/runtime-messages.ts';
import { t } from './i18n.ts';
import { blankDraft, TemplateEditorForm, type TemplateDraft } from './template-editor-form.tsx';

type Line = { tone: 'ok' | 'error'; text: string };
type Editing = { draft: TemplateDraft; isNew: boolean } | null;

const KNOWN_ERRORS = new Set(['unauthorized', 'unreachable', 'bad_response', 'server_error']);

const EDITOR_STYLE = `
.konuk-templates { margin-top: 28px; }
.konuk-templates h2 { font-size: 16px; }
.konuk-templates .list { list-style: none; padding: 0; margin: 8px 0; }
.konuk-templates .row { display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; padding: 6px 0;
  border-bottom: 1px solid #eee; }
.konuk-templates .meta { color: #5f6368; font-size: 12px; }
.konuk-templates .row-actions { grid-row: 1 / 3; grid-column: 2; align-self: center; display: flex; gap: 6px; }
.konuk-templates fieldset { border: 1px solid #dadce0; border-radius: 6px; margin: 8px 0; }
.konuk-templates label.check { display: inline-flex; align-items: center; gap: 4px; margin: 2px 10px 2px 0; }
.konuk-templates label.check input { display: inline; width: auto; margin: 0; }
.konuk-templates textarea, .konuk-templates select { display: block; width: 100%; box-sizing: border-box;
  padding: 6px; margin-top: 2px; font: inherit; }
.konuk-templates .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.konuk-templates .hint { color: #5f6368; font-size: 12px; overflow-wrap: anywhere; }
.konuk-templates .error { color: #c5221f; }
.konuk-templates .ok { color: #188038; }
`;

export function TemplateEditor() {
  const [templates, setTemplates] = useState<ReplyTemplate[] | null>(null);
  const [source, setSource] = useState<'hotel' | 'starter'>('starter');
  const [language, setLanguage] = useState<Language | 'all'>('all');
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [line, setLine] = useState<Line | null>(null);

  useEffect(() => {
    void load().then((reply) => {
      setTemplates(reply?.templates ?? []);
      setSource(reply?.source ?? 'starter');
    });
  }, []);

  async function change(request: Record<string, unknown>, done: string): Promise<boolean> {
    setBusy(true);
    const reply = await send(request);
    setBusy(false);
    if (!reply.ok) {
      setLine({ tone: 'error', text: t('templates_change_failed', describe(reply.error)) });
      return false;
    }
    setTemplates(reply.templates);
    setSource('hotel');
    setLine({ tone: 'ok', text: done });
    return true;
  }

  async function save(template: ReplyTemplate) {
    const isNew = editing?.isNew ?? true;
    if (await change({ type: 'konuk/template-save', template, isNew }, t('templates_saved')))
      setEditing(null);
  }

  async function remove(id: string) {
    setConfirming(null);
    await change({ type: 'konuk/template-delete', id }, t('templates_deleted'));
  }

  const shown = (templates ?? []).filter((tpl) => language === 'all' || tpl.language === language);
  const editable = source === 'hotel';

  return (
    <section class="konuk-templates" data-testid="templates">
      <style>{EDITOR_STYLE}</style>
      <h2>{t('templates_title')}</h2>
      {templates === null ? <p class="hint">{t('templates_loading')}</p> : null}
      {templates !== null && !editable ? (
        <p class="hint" data-testid="templates-starter">
          {t('templates_starter_note')}
        </p>
      ) : null}
      {line ? (
        <p class={line.tone} data-testid="templates-result" data-tone={line.tone} role="status">
          {line.text}
        </p>
      ) : null}
      {editing ? (
        <TemplateEditorForm
          key={editing.draft.id || 'new'}
          initial={editing.draft}
          isNew={editing.isNew}
          busy={busy}
          t={t}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <>
          <div class="pair">
            <label>
              {t('templates_filter_language')}
              <select
                data-testid="templates-language"
                value={language}
                onChange={(e) => setLanguage(e.currentTarget.value as Language | 'all')}
              >
                <option value="all">{t('templates_all_languages')}</option>
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`language_${l}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {editable ? (
            <button
              type="button"
              data-testid="template-add"
              onClick={() =>
                setEditing({ draft: blankDraft(language === 'all' ? 'en' : language), isNew: true })
              }
            >
              {t('templates_add')}
            </button>
          ) : null}
          {templates !== null && shown.length === 0 ? <p class="hint">{t('templates_empty')}</p> : null}
          <ul class="list">
            {shown.map((tpl) => (
              <li key={tpl.id} class="row" data-testid="template-row" data-template-id={tpl.id}>
                <strong>{tpl.title}</strong>
                <span class="meta">
                  {t(`kind_${tpl.kind}`)} · {t(`language_${tpl.language}`)}
                </span>
                {editable ? (
                  <span class="row-actions">
                    <button
                      type="button"
                      data-testid="template-edit"
                      disabled={busy}
                      onClick={() => setEditing({ draft: { ...tpl }, isNew: false })}
                    >
                      {t('templates_edit')}
                    </button>
                    <button
                      type="button"
                      data-testid="template-delete"
                      disabled={busy}
                      onClick={() => (confirming === tpl.id ? remove(tpl.id) : setConfirming(tpl.id))}
                    >
                      {confirming === tpl.id ? t('templates_delete_confirm') : t('templates_delete')}
                    </button>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A fresh copy from the API when it answers, else what the background has. */
async function load(): Promise<Extract<TemplatesReply, { ok: true }> | null> {
  const reply = TemplatesReply.safeParse(
    await browser.runtime.sendMessage({ type: 'konuk/templates', refresh: true }).catch(() => null),
  );
  return reply.success && reply.data.ok ? reply.data : null;
}

async function send(request: Record<string, unknown>): Promise<TemplateChangeReply> {
  const reply = TemplateChangeReply.safeParse(await browser.runtime.sendMessage(request).catch(() => null));
  return reply.success ? reply.data : { ok: false, error: 'unreachable' };
}

function describe(error: string): string {
  if (error === 'not_configured') return t('queue_not_configured');
  return KNOWN_ERRORS.has(error) ? t(`error_${error}`) : error;
}
