// One guest's record for the selected ticket: every contact linked to the guest and why each link
// was made, and the guest's tickets. Coordinators can merge another guest into this one (found
// by a record number of theirs) and separate a contact again.
import { useEffect, useState } from 'preact/hooks';
import type { GuestDetailResponse, GuestLink } from '../shared/api-contract.ts';
import type { Ticket } from '../shared/ticket.ts';
import { t } from './i18n.ts';
import type { ApiResult, PageApi } from './page-api.ts';

export interface GuestRecordProps {
  api: PageApi;
  ticket: Pick<Ticket, 'recordNumber'> & Partial<Pick<Ticket, 'guestId'>>;
  /** Coordinators and supervisors may merge and unmerge. */
  canEdit: boolean;
}

type Line = { tone: 'ok' | 'error'; text: string };

export function GuestRecord({ api, ticket, canEdit }: GuestRecordProps) {
  const [detail, setDetail] = useState<GuestDetailResponse | null>(null);
  const [line, setLine] = useState<Line | null>(null);
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState('');

  useEffect(() => {
    let current = true;
    setDetail(null);
    setLine(null);
    void loadGuest(api, ticket).then((result) => {
      if (!current) return;
      if (result.ok) setDetail(result.value);
      else setLine({ tone: 'error', text: errorText(result) });
    });
    return () => {
      current = false;
    };
  }, [api, ticket.recordNumber, ticket.guestId]);

  async function act<T>(work: () => Promise<ApiResult<T>>, done: (value: T) => Line) {
    setBusy(true);
    const result = await work();
    setBusy(false);
    setLine(result.ok ? done(result.value) : { tone: 'error', text: errorText(result) });
  }

  async function merge(event: Event) {
    event.preventDefault();
    if (!detail) return;
    const recordNumber = other.trim().toUpperCase();
    await act(
      async () => {
        const found = await loadGuest(api, { recordNumber });
        if (!found.ok) return found;
        if (found.value.guest.id === detail.guest.id) {
          return { ok: false, error: 'refused', message: t('guest_same') } as const;
        }
        return api.merge(detail.guest.id, found.value.guest.id);
      },
      (merged) => {
        setDetail(merged);
        setOther('');
        return { tone: 'ok', text: t('guest_merged', recordNumber) };
      },
    );
  }

  async function separate(link: GuestLink) {
    if (!detail) return;
    await act(
      () => api.unmerge(detail.guest.id, link.id),
      (result) => {
        setDetail(result.guest);
        return { tone: 'ok', text: t('guest_separated', t(`channel_${link.channel}`)) };
      },
    );
  }

  return (
    <section class="guest" data-testid="guest-record" data-guest-id={detail?.guest.id ?? ''}>
      <h2>{t('guest_title', ticket.recordNumber)}</h2>
      {detail === null && line === null ? <p class="muted">{t('panel_loading')}</p> : null}
      {detail ? (
        <>
          <p class="name" data-testid="guest-name">
            {detail.guest.name ?? t('queue_unknown_guest')}
          </p>
          <h3>{t('guest_links')}</h3>
          <ul class="links">
            {detail.links.map((link) => (
              <li key={link.id} data-testid="guest-link" data-reason={link.reason}>
                <span class="channel">{t(`channel_${link.channel}`)}</span>{' '}
                <span class="conversation">{link.conversationId}</span>
                <span class="why" data-testid="guest-link-why">
                  {t(`guest_link_${link.reason}`, link.matchedOn ?? '')}
                </span>
                {canEdit && detail.links.length > 1 ? (
                  <button
                    type="button"
                    data-testid="guest-unmerge"
                    disabled={busy}
                    onClick={() => void separate(link)}
                  >
                    {t('guest_unmerge')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          <h3>{t('guest_tickets')}</h3>
          <ul class="guest-tickets">
            {detail.tickets.map((item) => (
              <li key={item.id} data-testid="guest-ticket" data-record-number={item.recordNumber}>
                <span class="record">{item.recordNumber}</span> {t(`channel_${item.channel}`)} ·{' '}
                {t(`status_${item.status}`)}
              </li>
            ))}
          </ul>
          {canEdit ? (
            <form class="merge" onSubmit={merge}>
              <label>
                {t('guest_merge_with')}
                <input
                  data-testid="guest-merge-record"
                  value={other}
                  placeholder="K-1042"
                  onInput={(event) => setOther((event.currentTarget as HTMLInputElement).value)}
                />
              </label>
              <button type="submit" data-testid="guest-merge" disabled={busy || !other.trim()}>
                {t('guest_merge')}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
      {line ? (
        <p class={line.tone} role="status" data-testid="guest-line">
          {line.text}
        </p>
      ) : null}
    </section>
  );
}

/** The guest of a ticket; tickets cached before guests existed are asked for by record number. */
async function loadGuest(
  api: PageApi,
  ticket: GuestRecordProps['ticket'],
): Promise<ApiResult<GuestDetailResponse>> {
  let guestId = ticket.guestId ?? null;
  if (!guestId) {
    const found = await api.ticket(ticket.recordNumber);
    if (!found.ok) return found;
    guestId = found.value.ticket.guestId ?? null;
  }
  if (!guestId) return { ok: false, error: 'not_found', message: t('guest_none') };
  return api.guest(guestId);
}

export function errorText(result: { error: string; message?: string }): string {
  return result.message ?? t(`error_${result.error}`);
}
