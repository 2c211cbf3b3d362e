// The conversation's guest messages, newest last, each one markable "no reply needed" (a thank-you,
// an emoji): its clock stops and the report counts it. Guest text is shown as text, never markup.
import type { WorkspaceAction } from '../shared/runtime-messages.ts';
import type { StoredMessage } from '../shared/ticket.ts';
import { CollapsibleList } from './collapsible-list.tsx';
import { t } from './i18n.ts';
import { formatAt } from './workspace-format.ts';

export function WorkspaceMessages({
  messages,
  timeZone,
  busy,
  onAction,
}: {
  messages: StoredMessage[];
  timeZone?: string;
  busy: boolean;
  onAction(action: WorkspaceAction): void;
}) {
  if (messages.length === 0) return null;
  return (
    <section class="ws-messages">
      <h3>{t('ws_messages', String(messages.length))}</h3>
      <CollapsibleList
        items={messages}
        testId="ws-messages"
        newestFirst
        render={(message) => {
          const inbound = message.direction === 'inbound';
          const owesNoReply = inbound && message.replyOwed === false;
          return (
            <li
              key={message.id}
              class={inbound ? 'in' : 'out'}
              data-testid="ws-message"
              data-direction={message.direction}
            >
              <span class="meta">
                {message.senderName ?? t(inbound ? 'ws_guest' : 'ws_hotel')} ·{' '}
                {formatAt(message.sentAt, timeZone)}
              </span>
              <span class="text">{message.text}</span>
              {inbound ? (
                owesNoReply ? (
                  <span class="meta" data-testid="ws-no-reply-owed">
                    {message.noReplyNeededBy ? t('ws_marked_no_reply') : t('ws_owes_no_reply')}
                    {message.noReplyNeededBy ? (
                      <button
                        type="button"
                        class="link"
                        data-testid="ws-no-reply-undo"
                        disabled={busy}
                        onClick={() =>
                          onAction({ kind: 'no_reply_needed', messageId: message.id, undo: true })
                        }
                      >
                        {t('ws_undo')}
                      </button>
                    ) : null}
                  </span>
                ) : (
                  <button
                    type="button"
                    class="link"
                    data-testid="ws-no-reply-needed"
                    disabled={busy}
                    onClick={() => onAction({ kind: 'no_reply_needed', messageId: message.id })}
                  >
                    {t('ws_no_reply_needed')}
                  </button>
                )
              ) : null}
            </li>
          );
        }}
      />
    </section>
  );
}
