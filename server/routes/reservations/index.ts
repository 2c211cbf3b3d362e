// Post-stay follow-up (issue 9): the reservation list upload (coordinators and supervisors), and
// the thank-you-due queue every agent works from.
import type { FastifyInstance } from 'fastify';
import { DEFAULT_PHONE_REGION, phoneRegion } from '../../../shared/phone-number.ts';
import {
  ReservationImportRequest,
  ThankYouSentRequest,
  type ReservationImportResponse,
  type ThankYouDueResponse,
  type ThankYouSentResponse,
} from '../../../shared/reservation-contract.ts';
import { parseReservationCsv } from '../../../shared/reservation-csv.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import { importReservations } from '../../repositories/reservation-repository.ts';
import { markThankYouSent } from '../../repositories/reservation-thank-you-mark.ts';
import { thankYouDue } from '../../repositories/reservation-thank-you.ts';

/** `now`: the queue's clock (tests pin it). */
export function reservationRoutes(db: Database, now: () => Date = () => new Date()) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post('/reservations/import', async (request): Promise<ReservationImportResponse> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'upload the reservation list');
      const { csv } = parseRequest(ReservationImportRequest, request.body, 'request body');
      const parsed = parseReservationCsv(csv, phoneRegion(caller.hotel.country) ?? DEFAULT_PHONE_REGION);
      if (!parsed.ok) {
        throw new HttpError(400, 'invalid_request', `Invalid request body: csv: ${parsed.error}`, [
          { path: 'csv', message: parsed.error },
        ]);
      }
      const counts = await db.transaction((tx) =>
        importReservations(tx, caller.hotel.id, parsed.reservations, now().toISOString()),
      );
      return { ...counts, problems: parsed.problems };
    });

    app.get('/queues/thank-you-due', async (request): Promise<ThankYouDueResponse> => {
      return { items: await thankYouDue(db, callerOf(request), now()) };
    });

    app.post('/queues/thank-you-due/sent', async (request, reply): Promise<ThankYouSentResponse> => {
      const caller = callerOf(request);
      const { stayKey } = parseRequest(ThankYouSentRequest, request.body, 'request body');
      const sent = await markThankYouSent(db, caller, stayKey, now());
      if (!sent)
        throw new HttpError(404, 'not_found', `No stay ${stayKey} is due a thank-you in this hotel.`);
      reply.code(sent.created ? 201 : 200);
      return sent.mark;
    });
  };
}
