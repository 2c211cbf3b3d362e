import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  GuestMergeRequest,
  GuestUnmergeRequest,
  type GuestDetailResponse,
  type GuestUnmergeResponse,
} from '../../../shared/api-contract.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import { guestDetail, mergeGuests, unmergeGuestLink } from '../../repositories/guest-repository.ts';

const GuestId = z.uuid('a guest id is a UUID');

function guestIdOf(params: unknown): string {
  return parseRequest(GuestId, (params as { id?: unknown }).id, 'guest id');
}

// Another hotel's guest gets the same answer as one that does not exist.
function notFound(guestId: string): HttpError {
  return new HttpError(404, 'not_found', `No guest ${guestId} in this hotel.`);
}

export function guestRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/guests/:id', async (request): Promise<GuestDetailResponse> => {
      const { hotel } = callerOf(request);
      const guestId = guestIdOf(request.params);
      const detail = await guestDetail(db, hotel.id, guestId);
      if (!detail) throw notFound(guestId);
      return detail;
    });

    app.post('/guests/:id/merge', async (request): Promise<GuestDetailResponse> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'merge guests');
      const guestId = guestIdOf(request.params);
      const { otherGuestId } = parseRequest(GuestMergeRequest, request.body, 'request body');
      const merge = await mergeGuests(db, caller.hotel.id, guestId, otherGuestId);
      if (merge.outcome === 'same_guest') {
        throw new HttpError(400, 'invalid_request', 'A guest cannot be merged with itself.', [
          { path: 'otherGuestId', message: 'must be another guest' },
        ]);
      }
      if (merge.outcome === 'not_found') throw notFound(merge.guestId);
      return merge.guest;
    });

    app.post('/guests/:id/unmerge', async (request): Promise<GuestUnmergeResponse> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'unmerge guests');
      const guestId = guestIdOf(request.params);
      const { linkId } = parseRequest(GuestUnmergeRequest, request.body, 'request body');
      const unmerge = await unmergeGuestLink(db, caller.hotel.id, guestId, linkId);
      if (unmerge.outcome === 'not_found') {
        throw new HttpError(404, 'not_found', `Guest ${guestId} has no link ${linkId} in this hotel.`);
      }
      if (unmerge.outcome === 'only_contact') {
        throw new HttpError(
          409,
          'conflict',
          'This is the guest’s only contact: there is nothing to separate it from.',
        );
      }
      return { guest: unmerge.guest, separated: unmerge.separated };
    });
  };
}
