// Remembers the template an agent inserted into a conversation's reply box until the agent's
// message appears in the page, then tags that outbound message with the template's id and kind:
// the API then knows a closing message asked the 1-5 question and ties the guest's answer to it.
import type { CapturedMessage } from '../../shared/message.ts';
import { conversationKey, messageKey } from '../../shared/message.ts';
import type { CaptureRequest } from '../../shared/runtime-messages.ts';
import type { ReplyTemplate } from '../../shared/templates/template-schema.ts';

/** A draft left unsent this long is not what the agent's next message is about. */
export const INSERTED_TEMPLATE_TTL_MS = 60 * 60_000;
/** Most pages print send times to the minute: a message sent in the minute of the insertion counts. */
const PAGE_TIME_PRECISION_MS = 60_000;

type Tag = Pick<CapturedMessage, 'templateId' | 'templateKind'>;

interface Inserted {
  templateId: string;
  templateKind: ReplyTemplate['kind'];
  at: number;
}

export class InsertedTemplates {
  readonly #pending = new Map<string, Inserted>();
  /** Messages already tagged, so a resent batch carries the same tag. */
  readonly #tagged = new Map<string, Tag>();

  remember(conversation: string, template: ReplyTemplate, at: number): void {
    this.#pending.set(conversation, { templateId: template.id, templateKind: template.kind, at });
  }

  tag(request: CaptureRequest): CaptureRequest {
    if (this.#pending.size === 0 && this.#tagged.size === 0) return request;
    return { ...request, messages: request.messages.map((message) => this.#tagOne(message)) };
  }

  #tagOne(message: CapturedMessage): CapturedMessage {
    if (message.direction !== 'outbound') return message;
    const key = messageKey(message);
    const known = this.#tagged.get(key);
    if (known) return { ...message, ...known };
    const conversation = conversationKey(message);
    const inserted = this.#pending.get(conversation);
    if (!inserted) return message;
    const sentAt = Date.parse(message.sentAt);
    const insertedMinute = inserted.at - (inserted.at % PAGE_TIME_PRECISION_MS);
    if (sentAt - inserted.at > INSERTED_TEMPLATE_TTL_MS) {
      this.#pending.delete(conversation);
      return message;
    }
    // An older message of the conversation (read again after scrolling or switching chats).
    if (!(sentAt >= insertedMinute)) return message;
    this.#pending.delete(conversation);
    const tag: Tag = { templateId: inserted.templateId, templateKind: inserted.templateKind };
    this.#tagged.set(key, tag);
    return { ...message, ...tag };
  }
}
