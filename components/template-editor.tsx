// The options page's reply templates: the hotel's library, which coordinators and supervisors
// change, and the agent's own templates, which every agent keeps for themselves (a frontline
// agent copies a hotel template to make a version of their own). The background does the
// talking to the API (it holds the token); this page only sends parsed requests and shows what
// came back.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LANGUAGES, type Language } from '../shared/taxonomy.ts';
import type { OfferedTemplate, ReplyTemplate } from '../shared/templates/template-schema.ts';
import { TemplateChangeReply, TemplatesReply } from '../shared/runtime-messages.ts';
import { t } from './i18n.ts';
import { blankDraft, TemplateEditorForm, type TemplateDraft } from './template-editor-form.tsx';

type Line = { tone: 'ok' | 'error'; text: string };
type Editing = { draft: TemplateDraft; isNew: boolean; personal: boolean } | null;

const KNOWN_ERRORS = new Set(['unauthorized', 'unreachable', 'bad_response', 'server_error']);

const EDITOR_STYLE = `
.konuk-templates { margin-top: 28px; }
.konuk-templates h2 { font-size: 16px; }
.konuk-templates h3 { font-size: 14px; margin: 18px 0 4px; }
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
  const [templates, setTemplates] = useState<OfferedTemplate[] | null>(null);
  const [source, setSource] = useState<'hotel' | 'starter'>('starter');
  const [canEditHotel, setCanEditHotel] = useState(false);
  const [language, setLanguage] = useState<Language | 'all'>('all');
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [line, setLine] = useState<Line | null>(null);

  useEffect(() => {
    void load().then((reply) => {
      setTemplates(reply?.templates ?? []);
      setSource(reply?.source ?? 'starter');
      setCanEditHotel(reply?.canEditHotel ?? false);
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
    const { isNew = true, personal = false } = editing ?? {};
    const request = { type: 'konuk/template-save', template, isNew, personal };
    if (await change(request, t('templates_saved'))) setEditing(null);
  }

  async function remove(template: OfferedTemplate) {
    setConfirming(null);
    const request = { type: 'konuk/template-delete', id: template.id, personal: template.personal === true };
    await change(request, t('templates_deleted'));
  }

  const connected = source === 'hotel';
  const inLanguage = (templates ?? []).filter((tpl) => language === 'all' || tpl.language === language);
  const hotel = inLanguage.filter((tpl) => tpl.personal !== true);
  const mine = inLanguage.filter((tpl) => tpl.personal === true);
  const blank = () => blankDraft(language === 'all' ? 'en' : language);
  const confirmKey = (tpl: OfferedTemplate) => `${tpl.personal === true ? 'my:' : ''}${tpl.id}`;

  /** Edit and delete, the second click on delete confirming it. */
  const editActions = (tpl: OfferedTemplate, prefix: '' | 'my-', confirmText: string) => (
    <span class="row-actions">
      <button
        type="button"
        data-testid={`${prefix}template-edit`}
        disabled={busy}
        onClick={() => setEditing({ draft: { ...tpl }, isNew: false, personal: tpl.personal === true })}
      >
        {t('templates_edit')}
      </button>
      <button
        type="button"
        data-testid={`${prefix}template-delete`}
        disabled={busy}
        onClick={() => (confirming === confirmKey(tpl) ? remove(tpl) : setConfirming(confirmKey(tpl)))}
      >
        {confirming === confirmKey(tpl) ? confirmText : t('templates_delete')}
      </button>
    </span>
  );

  const copyAction = (tpl: OfferedTemplate) => (
    <span class="row-actions">
      <button
        type="button"
        data-testid="template-copy"
        disabled={busy}
        onClick={() =>
          setEditing({
            draft: { ...tpl, title: t('templates_copy_title', tpl.title).slice(0, 120) },
            isNew: true,
            personal: true,
          })
        }
      >
        {t('templates_copy')}
      </button>
    </span>
  );

  return (
    <section class="konuk-templates" data-testid="templates">
      <style>{EDITOR_STYLE}</style>
      <h2>{t('templates_title')}</h2>
      {templates === null ? <p class="hint">{t('templates_loading')}</p> : null}
      {templates !== null && !connected ? (
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
          personal={editing.personal}
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
          {connected ? (
            <section data-testid="my-templates">
              <h3>{t('templates_mine_title')}</h3>
              <p class="hint">{t('templates_mine_note')}</p>
              <button
                type="button"
                data-testid="my-template-add"
                onClick={() => setEditing({ draft: blank(), isNew: true, personal: true })}
              >
                {t('templates_mine_add')}
              </button>
              {mine.length === 0 ? <p class="hint">{t('templates_mine_empty')}</p> : null}
              <TemplateRows
                templates={mine}
                prefix="my-"
                actions={(tpl) => editActions(tpl, 'my-', t('templates_mine_delete_confirm'))}
              />
            </section>
          ) : null}
          {connected ? <h3>{t('templates_hotel_title')}</h3> : null}
          {connected && !canEditHotel ? (
            <p class="hint" data-testid="templates-hotel-readonly">
              {t('templates_hotel_readonly')}
            </p>
          ) : null}
          {connected && canEditHotel ? (
            <button
              type="button"
              data-testid="template-add"
              onClick={() => setEditing({ draft: blank(), isNew: true, personal: false })}
            >
              {t('templates_add')}
            </button>
          ) : null}
          {templates !== null && hotel.length === 0 ? <p class="hint">{t('templates_empty')}</p> : null}
          <TemplateRows
            templates={hotel}
            prefix=""
            actions={(tpl) =>
              !connected
                ? null
                : canEditHotel
                  ? editActions(tpl, '', t('templates_delete_confirm'))
                  : copyAction(tpl)
            }
          />
        </>
      )}
    </section>
  );
}

function TemplateRows(props: {
  templates: OfferedTemplate[];
  prefix: '' | 'my-';
  actions(template: OfferedTemplate): JSX.Element | null;
}) {
  return (
    <ul class="list">
      {props.templates.map((tpl) => (
        <li key={tpl.id} class="row" data-testid={`${props.prefix}template-row`} data-template-id={tpl.id}>
          <strong>{tpl.title}</strong>
          <span class="meta">
            {t(`kind_${tpl.kind}`)} · {t(`language_${tpl.language}`)}
          </span>
          {props.actions(tpl)}
        </li>
      ))}
    </ul>
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
