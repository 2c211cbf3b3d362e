// The fake page API's webhooks (issue 9): kept in memory like the API keeps them. Lists are
// changed in place, so the fake that spreads these in sees the same arrays.
import type { PageApi, ApiResult } from '../../../components/page-api.ts';
import type { ReservationImportResponse, ThankYouDueItem } from '../../../shared/reservation-contract.ts';
import type { WebhookDelivery, WebhookInfo } from '../../../shared/webhook-contract.ts';

export interface FakeIntegration {
  hooks: WebhookInfo[];
  deliveryLog: Map<string, WebhookDelivery[]>;
  /** The thank-you-due queue; "mark sent" takes a stay off it. */
  thankYouItems: ThankYouDueItem[];
  /** Every reservation list uploaded, as sent, and what the API answers to one. */
  uploads: string[];
  importAnswer: ReservationImportResponse;
}

type IntegrationApi = Pick<
  PageApi,
  | 'webhooks'
  | 'createWebhook'
  | 'updateWebhook'
  | 'deleteWebhook'
  | 'webhookDeliveries'
  | 'importReservations'
  | 'thankYouDue'
  | 'markThankYouSent'
>;

export function fakeIntegrationApi(editor: () => boolean): FakeIntegration & IntegrationApi {
  const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
  const forbidden: ApiResult<never> = { ok: false, error: 'forbidden' };
  const notFound: ApiResult<never> = { ok: false, error: 'not_found' };
  const at = '2026-11-20T10:00:00.000Z';
  const state: FakeIntegration & IntegrationApi = {
    hooks: [],
    deliveryLog: new Map(),
    thankYouItems: [],
    uploads: [],
    importAnswer: { created: 0, updated: 0, problems: [] },
    async webhooks() {
      return editor() ? ok({ webhooks: state.hooks }) : forbidden;
    },
    async createWebhook(request) {
      if (!editor()) return forbidden;
      if (!/^https?:\/\//.test(request.url)) {
        return { ok: false, error: 'refused', message: 'url: only http and https URLs can receive webhooks' };
      }
      const webhook: WebhookInfo = {
        id: crypto.randomUUID(),
        url: request.url,
        events: request.events,
        description: null,
        active: true,
        createdAt: at,
        updatedAt: at,
        pending: 0,
        failed: 0,
      };
      state.hooks.push(webhook);
      return ok({ webhook, secret: 'whsec_shown_once' });
    },
    async updateWebhook(id, update) {
      const hook = state.hooks.find((h) => h.id === id);
      if (!hook) return notFound;
      const changed = { ...hook, ...(update.active === undefined ? {} : { active: update.active }) };
      state.hooks[state.hooks.indexOf(hook)] = changed;
      return ok(changed);
    },
    async deleteWebhook(id) {
      state.hooks.splice(
        state.hooks.findIndex((h) => h.id === id),
        1,
      );
      return ok(undefined);
    },
    async webhookDeliveries(id) {
      return ok({ deliveries: state.deliveryLog.get(id) ?? [] });
    },
    async importReservations(csv) {
      if (!editor()) return forbidden;
      state.uploads.push(csv);
      return ok(state.importAnswer);
    },
    async thankYouDue() {
      return ok({ items: [...state.thankYouItems] });
    },
    async markThankYouSent(stayKey) {
      const index = state.thankYouItems.findIndex((item) => item.stayKey === stayKey);
      if (index === -1) return notFound;
      const [item] = state.thankYouItems.splice(index, 1);
      return ok({ stayKey, sentAt: at, recordNumber: item!.recordNumber });
    },
  };
  return state;
}
