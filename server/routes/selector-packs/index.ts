import type { FastifyInstance } from 'fastify';
import {
  PlatformId,
  SelectorPackUpdateRequest,
  type SelectorPack,
  type SelectorPackListResponse,
} from '../../../shared/api-contract.ts';
import type { Database } from '../../db/database.ts';
import { parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import { listSelectorPacks, saveSelectorPack } from '../../repositories/selector-pack-repository.ts';

export function selectorPackRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/selector-packs', async (request): Promise<SelectorPackListResponse> => {
      const { hotel } = callerOf(request);
      return { packs: await listSelectorPacks(db, hotel.id) };
    });

    app.put('/selector-packs/:platform', async (request): Promise<SelectorPack> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'publish selector packs');
      const platform = parseRequest(
        PlatformId,
        (request.params as { platform?: unknown }).platform,
        'platform',
      );
      const pack = parseRequest(SelectorPackUpdateRequest, request.body, 'request body');
      return saveSelectorPack(db, caller.hotel.id, caller.agent.id, platform, pack);
    });
  };
}
