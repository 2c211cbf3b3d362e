// WhatsApp's message data-id, in both forms seen in 2026:
//   legacy  false_905321234567@c.us_3EB0C7A1B2      (true_ = sent by the user)
//           false_120363025246125486@g.us_3EB0C7A1B2_905321234567@c.us   (group + participant)
//   bare    3EB0C7A1B2                               (since 2026: no phone, no direction)
// The message id part is the same in both, so a chat that changes form keeps its keys.

export type WhatsappDataId =
  | { form: 'legacy'; fromMe: boolean; chatJid: string; messageId: string; participantJid?: string }
  | { form: 'bare'; messageId: string };

const LEGACY =
  /^(true|false)_([^_\s]+@(?:c\.us|g\.us|lid|s\.whatsapp\.net|broadcast|newsletter))_([^_\s]+)(?:_(\S+))?$/;

export function parseDataId(raw: string | null): WhatsappDataId | null {
  const value = raw?.trim();
  if (!value) return null;
  const legacy = LEGACY.exec(value);
  if (legacy) {
    const [, fromMe, chatJid, messageId, participantJid] = legacy;
    return {
      form: 'legacy',
      fromMe: fromMe === 'true',
      chatJid: chatJid!,
      messageId: messageId!,
      ...(participantJid ? { participantJid } : {}),
    };
  }
  return { form: 'bare', messageId: value };
}

/** The phone of a personal jid ("905321234567@c.us" -> "+905321234567"); groups have none. */
export function jidPhone(jid: string | undefined): string | undefined {
  const match = jid ? /^(\d{7,15})@(?:c\.us|s\.whatsapp\.net)$/.exec(jid) : null;
  return match ? `+${match[1]}` : undefined;
}
