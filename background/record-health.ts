// Content scripts report whether they can read their platform's page (issue 4 builds on this).
import type { HealthReport } from '../shared/runtime-messages.ts';
import type { KonukDb } from './db.ts';

export async function recordHealth(db: KonukDb, report: HealthReport, now: number): Promise<void> {
  await db.meta.put({
    key: `health|${report.platform}`,
    value: { ok: report.ok, problem: report.problem ?? null, at: new Date(now).toISOString() },
  });
}
