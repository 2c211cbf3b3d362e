// Some endpoints are for the people who run the hotel's guest communication (coordinators and
// supervisors): a frontline agent asking gets a 403 that says who may and what they are.
import type { Role } from '../../shared/taxonomy.ts';
import { HttpError } from '../http-error.ts';
import type { AuthContext } from '../repositories/tenant-repository.ts';

const COORDINATION_ROLES: readonly Role[] = ['coordinator', 'supervisor'];

/** Throws a 403 unless the caller is a coordinator or a supervisor; `action` completes "can ...". */
export function requireCoordinator(caller: AuthContext, action: string): void {
  const { role } = caller.agent;
  if (COORDINATION_ROLES.includes(role)) return;
  throw new HttpError(
    403,
    'forbidden',
    `Only coordinators and supervisors can ${action}; you are signed in as ${role === 'owner' ? 'an' : 'a'} ${role} agent.`,
  );
}
