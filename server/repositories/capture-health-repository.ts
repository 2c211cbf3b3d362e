// Capture health: each agent's extension reports whether it can read each platform's pages; the
// latest report is kept with counts, so a coordinator sees who cannot capture, where, since when.
import type { CaptureHealthEntry, CaptureHealthReport } from '../../shared/api-contract.ts';
import type { Queryable } from '../db/database.ts';

interface HealthRow {
  agent_id: string;
  agent_name: string;
  platform: string;
  ok: boolean;
  problem: string | null;
  page_url_host: string | null;
  reported_at: string;
  reports: number;
  problem_reports: number;
  last_problem_at: string | null;
}

const COLUMNS = `h.agent_id, a.name as agent_name, h.platform, h.ok, h.problem, h.page_url_host,
  h.reported_at, h.reports, h.problem_reports, h.last_problem_at`;

const toEntry = (row: HealthRow): CaptureHealthEntry => ({
  agentId: row.agent_id,
  agentName: row.agent_name,
  platform: row.platform,
  ok: row.ok,
  problem: row.problem,
  pageUrlHost: row.page_url_host,
  reportedAt: row.reported_at,
  reports: row.reports,
  problemReports: row.problem_reports,
  lastProblemAt: row.last_problem_at,
});

export async function recordCaptureHealth(
  db: Queryable,
  hotelId: string,
  agentId: string,
  report: CaptureHealthReport,
): Promise<CaptureHealthEntry> {
  const [row] = await db.query<HealthRow>(
    `with h as (
       insert into capture_health (hotel_id, agent_id, platform, ok, problem, page_url_host, reported_at,
                                   reports, problem_reports, last_problem_at)
       values ($1, $2, $3, $4, $5, $6, now(), 1, case when $4 then 0 else 1 end,
               case when $4 then null else now() end)
       on conflict (agent_id, platform) do update set
         ok = excluded.ok, problem = excluded.problem, page_url_host = excluded.page_url_host,
         reported_at = excluded.reported_at, reports = capture_health.reports + 1,
         problem_reports = capture_health.problem_reports + excluded.problem_reports,
         last_problem_at = coalesce(excluded.last_problem_at, capture_health.last_problem_at)
       returning *
     )
     select ${COLUMNS} from h join agents a on a.id = h.agent_id`,
    [
      hotelId,
      agentId,
      report.platform,
      report.ok,
      report.problem ?? null,
      report.pageUrlHost?.toLowerCase() ?? null,
    ],
  );
  return toEntry(row!);
}

/** Problems first, then the most recent reports. */
export async function listCaptureHealth(db: Queryable, hotelId: string): Promise<CaptureHealthEntry[]> {
  const rows = await db.query<HealthRow>(
    `select ${COLUMNS} from capture_health h join agents a on a.id = h.agent_id
      where h.hotel_id = $1
      order by h.ok, h.reported_at desc, a.name, h.platform`,
    [hotelId],
  );
  return rows.map(toEntry);
}
