// The hotel settings screen is for coordinators and supervisors only.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { HotelSettingsPage } from '../../../components/hotel-settings.tsx';
import type { HotelSettings, SettingsUpdateRequest } from '../../../shared/hotel-settings.ts';
import { DEFAULT_RELATIVE_TIERS } from '../../../shared/routing.ts';
import { DEFAULT_SLA_POLICY } from '../../../shared/sla-policy.ts';
import { click, englishMessage, renderPage, type, unmount, useEnglish } from '../components/page-kit.ts';
import { fakePageApi, type FakePageApi } from './fake-page-api.ts';

let db: KonukDb;
let api: FakePageApi;
let root: HTMLElement | null = null;
const saved: SettingsUpdateRequest[] = [];
const settings: HotelSettings = {
  sla: DEFAULT_SLA_POLICY,
  routing: { defaultTeam: 'front_office', rules: [] },
  escalation: { default: [...DEFAULT_RELATIVE_TIERS], channels: {} },
  compensation: {
    currency: 'EUR',
    limits: { frontline: 50, owner: 150, coordinator: 300, supervisor: null },
  },
  rootCauses: [],
};

beforeEach(() => {
  fakeBrowser.reset();
  useEnglish();
  db = openKonukDb(`konuk-settings-${crypto.randomUUID()}`);
  api = fakePageApi(db);
  saved.length = 0;
  api.settings = async () => ({ ok: true, value: { settings, updatedAt: null, updatedBy: null } });
  api.saveSettings = async (update) => {
    saved.push(update);
    return { ok: true, value: { settings: { ...settings, ...update }, updatedAt: null, updatedBy: 'Deniz' } };
  };
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
  db.close();
});

const $ = (testId: string) => root!.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

describe('hotel settings', () => {
  it('tells a frontline agent it is for coordinators and shows no form', async () => {
    root = await renderPage(<HotelSettingsPage api={api} />);
    await vi.waitFor(() => expect($('settings-forbidden')).not.toBeNull());
    expect($('settings-sla')).toBeNull();
  });
});
