// A hotel's settings (shared/hotel-settings.ts): read by every agent, changed by coordinators and
// supervisors, every change recorded with who and when.
import type { FastifyInstance } from 'fastify';
import {
  SettingsUpdateRequest,
  type RootCauseListResponse,
  type SettingsChangesResponse,
  type SettingsResponse,
} from '../../../shared/hotel-settings.ts';
import type { Database } from '../../db/database.ts';
import { parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import {
  hotelRootCauses,
  hotelSettings,
  lastSettingsChange,
  settingsChanges,
  updateHotelSettings,
} from '../../repositories/settings-repository.ts';

export function settingsRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    const answer = async (hotelId: string): Promise<SettingsResponse> => {
      const last = await lastSettingsChange(db, hotelId);
      return {
        settings: await hotelSettings(db, hotelId),
        updatedAt: last?.at ?? null,
        updatedBy: last?.agentName ?? null,
      };
    };

    app.get('/settings', async (request) => answer(callerOf(request).hotel.id));

    app.patch('/settings', async (request): Promise<SettingsResponse> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'change the hotel settings');
      const update = parseRequest(SettingsUpdateRequest, request.body, 'request body');
      await db.transaction((tx) =>
        updateHotelSettings(tx, caller.hotel.id, caller.agent.id, update, new Date().toISOString()),
      );
      return answer(caller.hotel.id);
    });

    app.get('/settings/changes', async (request): Promise<SettingsChangesResponse> => {
      const caller = callerOf(request);
      requireCoordinator(caller, 'see who changed the settings');
      return { changes: await settingsChanges(db, caller.hotel.id) };
    });

    app.get('/root-causes', async (request): Promise<RootCauseListResponse> => {
      const causes = await hotelRootCauses(db, callerOf(request).hotel.id);
      return { rootCauses: causes.filter((cause) => cause.active) };
    });
  };
}
