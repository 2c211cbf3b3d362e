// A number written the national way is read in the hotel's own country: "0171 2345678" is a
// German mobile for a hotel in Germany, and no guest key at all for a hotel in Türkiye (where it
// would become a false +90 number and join the wrong guest's channels).
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './support/databases.ts';
import { at } from './support/messages.ts';

describeOnEachDatabase("the hotel's country", (server) => {
  it('reads a logged call’s national number in the hotel’s country', async () => {
    const berlin = await server.tenant({ country: 'DE', timeZone: 'Europe/Berlin' });
    const { ticket } = await berlin.api.logCall({
      guestName: 'Jonas Schneider',
      guestPhone: '0171 2345678',
      text: 'Asked about parking.',
      calledAt: at(0),
    });
    const { links } = await berlin.api.guest(ticket.guestId!);
    expect(links.map((l) => l.phone)).toEqual(['+491712345678']);
  });

  it('refuses the same national number in a Turkish hotel rather than invent a +90 number', async () => {
    const belek = await server.tenant();
    const refused = await belek.api.error(
      belek.api.raw('POST', '/v1/tickets', {
        body: { guestName: 'Jonas Schneider', guestPhone: '0171 2345678', text: 'Parking.', calledAt: at(0) },
      }),
    );
    expect(refused.status).toBe(400);
    // A German number written in full is the same guest key in any hotel.
    const { ticket } = await belek.api.logCall({
      guestName: 'Jonas Schneider',
      guestPhone: '+49 171 2345678',
      text: 'Asked about parking.',
      calledAt: at(1),
    });
    const { links } = await belek.api.guest(ticket.guestId!);
    expect(links.map((l) => l.phone)).toEqual(['+491712345678']);
  });
});
