// Reply suggestions on a platform page: a reply button beside every guest message's badge and
// Alt+Shift+K for the newest guest message in view open the panel; choosing a template puts it
// into the page's own reply box as if typed. Konuk never sends: the agent does, and the message
// that goes out is tagged with the template (see inserted-templates.ts).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { conversationKey } from '../../shared/message.ts';
import { MAX_TEXT_CHARS } from '../../shared/limits.ts';
import { TemplatesReply, type CaptureRequest, type TemplatesRequest } from '../../shared/runtime-messages.ts';
import type { ReplyTemplate } from '../../shared/templates/template-schema.ts';
import { SuggestionPanel, type PanelSuggestion } from '../../components/suggestion-panel.tsx';
import { t } from '../../components/i18n.ts';
import { insertIntoComposer } from '../composer-insert.ts';
import type { BadgeFacts } from '../logged-state-store.ts';
import type { ExtractedMessage, PlatformAdapter } from '../platform-adapter.ts';
import { InsertedTemplates } from './inserted-templates.ts';
import { createPanelHost } from './panel-host.tsx';
import { rankSuggestions } from './rank-suggestions.ts';
import { createReplyButtonLayer } from './reply-button-layer.tsx';
import { replyContext, replyValues } from './reply-context.ts';

export interface ReplySuggestions {
  /** Puts the reply button beside the badge of the inbound message `key` in `anchor`. */
  mount(anchor: Element, key: string): void;
  /** Tags the agent's outbound messages with the template inserted for them. */
  tagTemplates(request: CaptureRequest): CaptureRequest;
}

export interface ReplySuggestionDeps {
  facts(key: string): BadgeFacts;
  /** Reports a failure by name only; guest text never goes anywhere. */
  guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
}

/** `adapter` is asked each time: a newer selector pack can replace it while the page is open. */
export function startReplySuggestions(
  adapter: () => PlatformAdapter,
  ctx: ContentScriptContext,
  deps: ReplySuggestionDeps,
): ReplySuggestions {
  const inserted = new InsertedTemplates();
  const panel = createPanelHost(document);
  const buttons = createReplyButtonLayer(document, t, deps.guard(openFor));
  // Which opening is current: an answer for a panel the agent already moved on from is dropped.
  let opening = 0;

  function openFor(key: string, button: HTMLElement): void {
    const element = button.closest(adapter().messageSelector);
    const message = element
      ? adapter().readMessage(element, { document, location: window.location, now: new Date() })
      : null;
    if (!message) return;
    const current = ++opening;
    void askForTemplates(message, key).then(
      deps.guard((reply: TemplatesReply | null) => {
        if (current !== opening || !button.isConnected) return;
        show(button, message, key, reply);
      }),
    );
  }

  async function askForTemplates(message: ExtractedMessage, key: string): Promise<TemplatesReply | null> {
    const ticketId = deps.facts(key).ticket?.id;
    const request: TemplatesRequest = {
      type: 'konuk/templates',
      conversationKey: conversationKey(message),
      ...(ticketId ? { ticketId } : {}),
      message: {
        text: message.text.slice(0, MAX_TEXT_CHARS),
        channel: message.channel,
        sentAt: message.sentAt,
        ...(message.stay ? { stay: message.stay } : {}),
      },
    };
    const reply = TemplatesReply.safeParse(await browser.runtime.sendMessage(request).catch(() => null));
    return reply.success ? reply.data : null;
  }

  function show(button: HTMLElement, message: ExtractedMessage, key: string, reply: TemplatesReply | null) {
    if (!reply?.ok) {
      panel.open(
        button,
        <SuggestionPanel suggestions={[]} source="starter" unavailable t={t} {...handlers(message)} />,
      );
      return;
    }
    const context = replyContext(message, reply.ticket, reply.classified, {
      now: Date.now(),
      fallbackLanguage: reply.fallbackLanguage,
      timeZone: reply.hotelTimeZone,
    });
    const recordNumber = deps.facts(key).ticket?.recordNumber ?? null;
    const suggestions: PanelSuggestion[] = rankSuggestions(context, reply.templates).map((template) => ({
      template,
      values: replyValues(message, reply.ticket, reply, recordNumber, template.language),
    }));
    panel.open(
      button,
      <SuggestionPanel suggestions={suggestions} source={reply.source} t={t} {...handlers(message)} />,
    );
  }

  function handlers(message: ExtractedMessage) {
    return {
      onClose: () => panel.close(),
      onInsert: (template: ReplyTemplate, text: string): boolean => {
        const composer = adapter().findComposer(document);
        if (!composer || !insertIntoComposer(composer, text)) return false;
        inserted.remember(conversationKey(message), template, Date.now());
        panel.close();
        // The caret stays in the reply box, where the agent goes on writing.
        composer.focus();
        return true;
      },
    };
  }

  ctx.addEventListener(
    window,
    'keydown',
    deps.guard((event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      const newest = newestInView(buttons.live(), window.innerHeight);
      if (!newest) return;
      event.preventDefault();
      event.stopPropagation();
      openFor(newest.key, newest.host);
    }),
    { capture: true },
  );
  ctx.addEventListener(window, 'wxt:locationchange', () => panel.close());
  ctx.onInvalidated(() => {
    panel.close();
    buttons.removeAll();
  });

  return {
    mount: (anchor, key) => buttons.mount(anchor, key),
    tagTemplates: (request) => inserted.tag(request),
  };
}

/** Alt+Shift+K, by physical key: on a Mac, Alt changes the character the key types. */
function isShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyK';
}

/** The last guest message whose button is on screen; the last one at all when none is. */
function newestInView<T extends { host: HTMLElement }>(buttons: T[], viewportHeight: number): T | null {
  const visible = buttons.filter(({ host }) => {
    const rect = host.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < viewportHeight;
  });
  return visible.at(-1) ?? buttons.at(-1) ?? null;
}
