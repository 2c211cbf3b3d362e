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
export const DEMO_COORDINATOR_NAME = 'Demo Coordinator';

export interface DemoTenant {
  hotelId: string;
  /** The frontline agent: their own queue, capture, suggestions, phone calls. */
  agentId: string;
  token: string;
  /** A coordinator of the same hotel, so the dashboard can be seen on the first day too. */
  coordinator: { agentId: string; name: string; token: string };
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
    const coordinator =
      (await findAgentByName(tx, hotel.id, DEMO_COORDINATOR_NAME)) ??
      (await createAgent(tx, { hotelId: hotel.id, name: DEMO_COORDINATOR_NAME, role: 'coordinator' }));
    const token = demoToken(hotel.id, agent.id);
    const coordinatorToken = demoToken(hotel.id, coordinator.id);
    await saveToken(tx, agent.id, token, 'demo');
    await saveToken(tx, coordinator.id, coordinatorToken, 'demo');
    return {
      hotelId: hotel.id,
      agentId: agent.id,
      token,
      coordinator: { agentId: coordinator.id, name: coordinator.name, token: coordinatorToken },
    };
  });
}
