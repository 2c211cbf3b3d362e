// Answers the runtime messages about reply templates. Content scripts get the templates to
// suggest, from the cache only (a panel never waits for the network); the options page may ask
// for a fresh copy and edit templates through the API: the hotel's (coordinators) or the
// agent's own.
import type { Browser } from 'wxt/browser';
import { classifyMessage } from '../shared/classification/classify-message.ts';
import { STARTER_LIBRARY } from '../shared/templates/starter-library.ts';
import { hotelLanguage } from '../shared/templates/hotel-language.ts';
import type { OfferedTemplate } from '../shared/templates/template-schema.ts';
import type {
  MessageLabels,
  TemplateChangeReply,
  TemplateDeleteRequest,
  TemplateSaveRequest,
  TemplatesReply,
  TemplatesRequest,
} from '../shared/runtime-messages.ts';
import { ApiClient, ApiUnavailable, type FetchLike } from './api-client.ts';
import type { KonukDb } from './db.ts';
import { isExtensionPage, isOwnContentScript } from './sender-kind.ts';
import { isConfigured, loadSettings } from './settings.ts';
import { connectionId, offeredTemplates, readTemplateCache, writeTemplateCache } from './templates-cache.ts';
import { fetchTemplates, type TemplateRefreshDeps } from './templates-refresh.ts';
import { readReplyTicket } from './templates-reply-ticket.ts';

export interface TemplateRequestDeps {
  db: KonukDb;
  fetch: FetchLike;
  now: () => number;
}

type Sender = Browser.runtime.MessageSender;
type TemplateRequest = TemplatesRequest | TemplateSaveRequest | TemplateDeleteRequest;
type Refused = { ok: false; error: string };

export async function handleTemplateRequest(
  deps: TemplateRequestDeps,
  request: TemplateRequest,
  sender: Sender,
): Promise<TemplatesReply | TemplateChangeReply | Refused> {
  const fromPage = isExtensionPage(sender);
  if (request.type === 'konuk/templates') {
    if (!fromPage && !isOwnContentScript(sender)) return { ok: false, error: 'not from Konuk' };
    return listTemplates(deps, request, fromPage && request.refresh === true);
  }
  // A page can steer a content script; only the options page may change the hotel's templates.
  if (!fromPage) return { ok: false, error: 'templates are edited from the options page only' };
  return changeTemplates(deps, request);
}

async function listTemplates(
  deps: TemplateRequestDeps,
  request: TemplatesRequest,
  refresh: boolean,
): Promise<TemplatesReply> {
  const settings = await loadSettings(deps.db);
  let cache = null;
  if (isConfigured(settings)) {
    cache = await readTemplateCache(deps.db, await connectionId(settings));
    if (refresh) cache = (await fetchQuietly(refreshDeps(deps, settings))) ?? cache;
  }
  return {
    ok: true,
    source: cache ? 'hotel' : 'starter',
    templates: cache ? offeredTemplates(cache) : [...STARTER_LIBRARY],
    canEditHotel: cache?.canEditHotel ?? false,
    hotelName: cache?.hotelName ?? null,
    agentName: cache?.agentName ?? null,
    ticket: await readReplyTicket(deps.db, request),
    classified: messageLabels(request.message),
    fallbackLanguage: hotelLanguage(cache?.templates),
    hotelTimeZone: cache?.hotelTimeZone ?? null,
  };
}

/** A message with no words (a photo) says nothing about its language or topic. */
export function messageLabels(message: TemplatesRequest['message']): MessageLabels | null {
  if (!message || message.text.trim() === '') return null;
  const { language, topic, stage } = classifyMessage(message);
  return { language, topic, stage };
}

async function changeTemplates(
  deps: TemplateRequestDeps,
  request: TemplateSaveRequest | TemplateDeleteRequest,
): Promise<TemplateChangeReply> {
  const settings = await loadSettings(deps.db);
  if (!isConfigured(settings)) return { ok: false, error: 'not_configured' };
  const refresh = refreshDeps(deps, settings);
  const library = request.personal === true ? 'personal' : 'hotel';
  try {
    const changed =
      request.type === 'konuk/template-save'
        ? await refresh.api.saveTemplate(request.template, request.isNew, library)
        : await refresh.api.deleteTemplate(request.id, library);
    if (!changed.ok) return { ok: false, error: changed.rejection.message };
  } catch (error) {
    if (error instanceof ApiUnavailable) return { ok: false, error: error.reason.code };
    throw error;
  }
  // The API's list is the truth; when it cannot be read right after, the change is applied here.
  const fresh = await fetchQuietly(refresh);
  return {
    ok: true,
    templates: fresh ? offeredTemplates(fresh) : await applyLocally(deps.db, settings, request),
  };
}

function refreshDeps(deps: TemplateRequestDeps, settings: TemplateRefreshDeps['settings']) {
  return { db: deps.db, api: new ApiClient(settings, deps.fetch), settings, now: deps.now() };
}

async function fetchQuietly(deps: TemplateRefreshDeps) {
  try {
    return await fetchTemplates(deps);
  } catch (error) {
    if (error instanceof ApiUnavailable) return null;
    throw error;
  }
}

async function applyLocally(
  db: KonukDb,
  settings: TemplateRefreshDeps['settings'],
  request: TemplateSaveRequest | TemplateDeleteRequest,
): Promise<OfferedTemplate[]> {
  const saved = request.type === 'konuk/template-save' ? request.template : null;
  const cache = await readTemplateCache(db, await connectionId(settings));
  if (!cache) return saved ? [{ ...saved, ...(request.personal === true ? { personal: true } : {}) }] : [];
  const list = request.personal === true ? 'personal' : 'templates';
  const id = request.type === 'konuk/template-save' ? request.template.id : request.id;
  const changed = cache[list].filter((t) => t.id !== id);
  if (saved) changed.push(saved);
  const updated = { ...cache, [list]: changed };
  await writeTemplateCache(db, updated);
  return offeredTemplates(updated);
}
