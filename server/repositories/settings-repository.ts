// A hotel's settings (shared/hotel-settings.ts), read with their defaults and changed by
// coordinators section by section, each change recorded with who made it, when, and the section
// before and after. The SLA policy and routing live in the columns the engine already reads.
import { randomUUID } from 'node:crypto';
import {
  CompensationSettings,
  HotelSettings,
  RootCauseList,
  type SettingsChange,
  type SettingsSection,
  type SettingsUpdateRequest,
} from '../../shared/hotel-settings.ts';
import { DEFAULT_RELATIVE_TIERS, type RoutingConfig } from '../../shared/routing.ts';
import type { RootCause } from '../../shared/ticket-workflow.ts';
import type { Queryable } from '../db/database.ts';
import { hotelRoutingConfig, hotelSlaPolicy } from './tenant-repository.ts';

/** Agents offer up to these without a supervisor (in the hotel's currency). */
export const DEFAULT_COMPENSATION: CompensationSettings = {
  currency: 'EUR',
  limits: { frontline: 0, owner: 50, coordinator: 150, supervisor: null },
};

/** A starter list a hotel edits: the department at fault and what went wrong. */
export const STARTER_ROOT_CAUSES: readonly RootCause[] = [
  {
    id: 'no-fault-information',
    department: 'front_office',
    cause: 'No fault: the guest needed information',
    active: true,
  },
  {
    id: 'no-fault-request',
    department: 'front_office',
    cause: 'No fault: a request the hotel fulfilled',
    active: true,
  },
  { id: 'fo-check-in-delay', department: 'front_office', cause: 'Check-in or check-out delay', active: true },
  {
    id: 'fo-wrong-information',
    department: 'front_office',
    cause: 'Wrong information given to the guest',
    active: true,
  },
  { id: 'res-booking-error', department: 'reservations', cause: 'Booking entered wrongly', active: true },
  {
    id: 'res-terms-unclear',
    department: 'reservations',
    cause: 'Rate or cancellation terms unclear',
    active: true,
  },
  {
    id: 'hk-room-not-clean',
    department: 'housekeeping',
    cause: 'Room not cleaned to standard',
    active: true,
  },
  {
    id: 'hk-missing-amenities',
    department: 'housekeeping',
    cause: 'Missing amenities or linen',
    active: true,
  },
  {
    id: 'ts-equipment-fault',
    department: 'technical_service',
    cause: 'Air conditioning, heating or equipment fault',
    active: true,
  },
  {
    id: 'ts-water-plumbing',
    department: 'technical_service',
    cause: 'Water or plumbing fault',
    active: true,
  },
  { id: 'fb-food-quality', department: 'food_beverage', cause: 'Food or drink quality', active: true },
  {
    id: 'fb-service-delay',
    department: 'food_beverage',
    cause: 'Slow restaurant or bar service',
    active: true,
  },
  { id: 'acc-billing-error', department: 'accounting', cause: 'Billing or refund error', active: true },
  {
    id: 'gr-expectation-gap',
    department: 'guest_relations',
    cause: 'Expectation set before arrival not met',
    active: true,
  },
];

interface SettingsRow {
  compensation_settings: unknown;
  root_causes: unknown;
}

async function settingsRow(db: Queryable, hotelId: string): Promise<SettingsRow> {
  const [row] = await db.query<SettingsRow>(
    'select compensation_settings, root_causes from hotels where id = $1',
    [hotelId],
  );
  if (!row) throw new Error(`hotel ${hotelId} does not exist`);
  return row;
}

export async function hotelRootCauses(db: Queryable, hotelId: string): Promise<RootCause[]> {
  const { root_causes } = await settingsRow(db, hotelId);
  return root_causes === null ? [...STARTER_ROOT_CAUSES] : RootCauseList.parse(root_causes);
}

export async function hotelCompensationSettings(
  db: Queryable,
  hotelId: string,
): Promise<CompensationSettings> {
  const { compensation_settings } = await settingsRow(db, hotelId);
  return compensation_settings === null
    ? DEFAULT_COMPENSATION
    : CompensationSettings.parse(compensation_settings);
}

export async function hotelSettings(db: Queryable, hotelId: string): Promise<HotelSettings> {
  const routing = await hotelRoutingConfig(db, hotelId);
  return {
    sla: await hotelSlaPolicy(db, hotelId),
    routing: { defaultTeam: routing.defaultTeam, rules: routing.rules },
    escalation: routing.ladders ?? { default: [...DEFAULT_RELATIVE_TIERS], channels: {} },
    compensation: await hotelCompensationSettings(db, hotelId),
    rootCauses: await hotelRootCauses(db, hotelId),
  };
}

/** Replaces the sections sent; returns the settings after. Call inside a transaction. */
export async function updateHotelSettings(
  tx: Queryable,
  hotelId: string,
  agentId: string,
  update: SettingsUpdateRequest,
  now: string,
): Promise<HotelSettings> {
  await tx.query('select id from hotels where id = $1 for update', [hotelId]);
  const before = await hotelSettings(tx, hotelId);
  const sections = (Object.keys(update) as SettingsSection[]).filter((key) => update[key] !== undefined);
  if (update.sla) {
    await tx.query('update hotels set sla_policy = $2 where id = $1', [hotelId, JSON.stringify(update.sla)]);
  }
  if (update.routing || update.escalation) {
    const current = await hotelRoutingConfig(tx, hotelId);
    const next: RoutingConfig = {
      ...current,
      ...(update.routing ?? {}),
      ...(update.escalation ? { ladders: update.escalation } : {}),
    };
    await tx.query('update hotels set routing_config = $2 where id = $1', [hotelId, JSON.stringify(next)]);
  }
  if (update.compensation) {
    await tx.query('update hotels set compensation_settings = $2 where id = $1', [
      hotelId,
      JSON.stringify(update.compensation),
    ]);
  }
  if (update.rootCauses) {
    await tx.query('update hotels set root_causes = $2 where id = $1', [
      hotelId,
      JSON.stringify(update.rootCauses),
    ]);
  }
  const after = await hotelSettings(tx, hotelId);
  const pick = (settings: HotelSettings) => Object.fromEntries(sections.map((key) => [key, settings[key]]));
  await tx.query(
    `insert into settings_changes (id, hotel_id, agent_id, sections, before, after, at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      randomUUID(),
      hotelId,
      agentId,
      JSON.stringify(sections),
      JSON.stringify(pick(before)),
      JSON.stringify(pick(after)),
      now,
    ],
  );
  return after;
}

export async function lastSettingsChange(
  db: Queryable,
  hotelId: string,
): Promise<{ at: string; agentName: string } | null> {
  const [row] = await db.query<{ at: string; name: string }>(
    `select c.at, a.name from settings_changes c join agents a on a.id = c.agent_id
      where c.hotel_id = $1 order by c.at desc, c.id limit 1`,
    [hotelId],
  );
  return row ? { at: row.at, agentName: row.name } : null;
}

export async function settingsChanges(
  db: Queryable,
  hotelId: string,
  limit = 100,
): Promise<SettingsChange[]> {
  const rows = await db.query<{
    id: string;
    at: string;
    agent_id: string;
    name: string;
    sections: SettingsSection[];
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  }>(
    `select c.id, c.at, c.agent_id, a.name, c.sections, c.before, c.after
       from settings_changes c join agents a on a.id = c.agent_id
      where c.hotel_id = $1 order by c.at desc, c.id limit $2`,
    [hotelId, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    agentId: row.agent_id,
    agentName: row.name,
    sections: row.sections,
    before: row.before,
    after: row.after,
  }));
}
