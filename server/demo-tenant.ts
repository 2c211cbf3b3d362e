// The demo hotel `npm start` and `npm run konuk -- demo` set up, with a token that stays the
// same for the life of the database, so an extension built with it keeps working after restarts.
import { createHash } from 'node:crypto';
import type { Database } from './db/database.ts';
import {
  createAgent,
  createHotel,
  findAgentByName,
  findDemoHotel,
  saveToken,
} from './repositories/tenant-repository.ts';

export const DEMO_HOTEL_NAME = 'Demo Hotel Belek';
export const DEMO_AGENT_NAME = 'Demo Agent';

export interface DemoTenant {
  hotelId: string;
  agentId: string;
  token: string;
}

// Derived from the two random ids, so it is stable without keeping the token itself (only its
// hash is stored) and unknown to anyone who cannot read this database.
function demoToken(hotelId: string, agentId: string): string {
  const digest = createHash('sha256').update(`konuk-demo-token|${hotelId}|${agentId}`).digest('base64url');
  return `konuk_demo_${digest}`;
}

export async function ensureDemoTenant(db: Database): Promise<DemoTenant> {
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtextextended('konuk.demo-tenant', 0))`);
    const hotel =
      (await findDemoHotel(tx)) ?? (await createHotel(tx, { name: DEMO_HOTEL_NAME, isDemo: true }));
    const agent =
      (await findAgentByName(tx, hotel.id, DEMO_AGENT_NAME)) ??
      (await createAgent(tx, { hotelId: hotel.id, name: DEMO_AGENT_NAME, role: 'frontline' }));
    const token = demoToken(hotel.id, agent.id);
    await saveToken(tx, agent.id, token, 'demo');
    return { hotelId: hotel.id, agentId: agent.id, token };
  });
}
