// Logging a phone call by hand (DOMAIN.md: a phone call needs a record number at once, to read
// to the guest). The background stores the call before it answers; offline, the form says so
// and the record number appears here as soon as the API has taken the call.
import { useState } from 'preact/hooks';
import { normalisePhoneNumber } from '../shared/phone-number.ts';
import { TOPICS, type Topic } from '../shared/taxonomy.ts';
import type { PhoneCallRequest } from '../shared/api-contract.ts';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';
import type { PhoneCallRow } from './page-store.ts';
import { useWatched } from './use-watched.ts';

interface Fields {
  guestName: string;
  guestPhone: string;
  reservationNumber: string;
  text: string;
  reply: string;
  topic: Topic | '';
}

const EMPTY: Fields = {
  guestName: '',
  guestPhone: '',
  reservationNumber: '',
  text: '',
  reply: '',
  topic: '',
};

export interface PhoneCallFormProps {
  api: PageApi;
  /** The call's ticket, once it has one, so the panel can show its guest record. */
  onLogged?(ticketId: string): void;
}

export function PhoneCallForm({ api, onLogged }: PhoneCallFormProps) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [callId, setCallId] = useState<string | null>(null);
  const call = useWatched(callId ? api.watchPhoneCall(callId) : null, [api, callId]);

  const phone = fields.guestPhone.trim();
  const e164 = phone ? normalisePhoneNumber(phone) : null;

  function set(name: keyof Fields) {
    return (event: Event) =>
      setFields({ ...fields, [name]: (event.currentTarget as HTMLInputElement).value });
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (!fields.guestName.trim() || !fields.text.trim()) return setError(t('call_missing_fields'));
    if (phone && !e164) return setError(t('call_bad_phone'));
    setError(null);
    setSending(true);
    const id = crypto.randomUUID();
    const reply = await api.logCall({
      call: requestOf(fields, id),
      ...(fields.topic ? { topic: fields.topic } : {}),
    });
    setSending(false);
    if (!reply.ok) return setError(t('call_not_saved', reply.error));
    setCallId(reply.callId);
    if (reply.state !== 'refused') setFields(EMPTY);
  }

  return (
    <form class="call-form" data-testid="call-form" onSubmit={submit}>
      <h2>{t('call_title')}</h2>
      <label>
        {t('call_guest_name')}
        <input data-testid="call-guest-name" value={fields.guestName} onInput={set('guestName')} required />
      </label>
      <label>
        {t('call_phone')}
        <input data-testid="call-phone" type="tel" value={fields.guestPhone} onInput={set('guestPhone')} />
        {e164 ? <span class="hint">{e164}</span> : null}
      </label>
      <label>
        {t('call_reservation')}
        <input
          data-testid="call-reservation"
          value={fields.reservationNumber}
          onInput={set('reservationNumber')}
        />
      </label>
      <label>
        {t('call_text')}
        <textarea data-testid="call-text" value={fields.text} onInput={set('text')} required rows={3} />
      </label>
      <label>
        {t('call_reply')}
        <textarea data-testid="call-reply" value={fields.reply} onInput={set('reply')} rows={2} />
      </label>
      <label>
        {t('call_topic')}
        <select data-testid="call-topic" value={fields.topic} onChange={set('topic')}>
          <option value="">{t('call_topic_none')}</option>
          {TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {t(`topic_${topic}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" data-testid="call-submit" disabled={sending}>
        {sending ? t('call_saving') : t('call_submit')}
      </button>
      {error ? (
        <p class="error" role="alert" data-testid="call-error">
          {error}
        </p>
      ) : null}
      {call ? <CallOutcome call={call} onLogged={onLogged} /> : null}
    </form>
  );
}

function CallOutcome({ call, onLogged }: { call: PhoneCallRow; onLogged?: (ticketId: string) => void }) {
  if (call.state === 'refused') {
    return (
      <p class="error" role="alert" data-testid="call-refused">
        {t('call_refused', call.error ?? '')}
      </p>
    );
  }
  if (call.state === 'queued') {
    return (
      <p class="pending" role="status" data-testid="call-queued">
        {t('call_queued')}
      </p>
    );
  }
  const ticketId = call.ticketId;
  return (
    <p class="ok" role="status" data-testid="call-record-number" data-record-number={call.recordNumber ?? ''}>
      <span class="record">{call.recordNumber}</span> {t('call_logged')}
      {ticketId && onLogged ? (
        <button type="button" class="link" data-testid="call-show-guest" onClick={() => onLogged(ticketId)}>
          {t('call_show_guest')}
        </button>
      ) : null}
    </p>
  );
}

function requestOf(fields: Fields, callId: string): PhoneCallRequest & { callId: string } {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    channel: 'phone',
    direction: 'inbound',
    callId,
    guestName: fields.guestName.trim(),
    text: fields.text.trim(),
    guestPhone: optional(fields.guestPhone),
    reservationNumber: optional(fields.reservationNumber),
    reply: optional(fields.reply),
    calledAt: new Date().toISOString(),
  };
}
