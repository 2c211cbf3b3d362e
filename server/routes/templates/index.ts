// Reply templates, two libraries with the same routes: the hotel's (/v1/templates), which every
// agent reads and only coordinators and supervisors change, and each agent's own drafts
// (/v1/my-templates), which only that agent sees and changes.
import type { FastifyInstance } from 'fastify';
import {
  TemplateRequest,
  type TemplateListResponse,
  type TemplateResponse,
} from '../../../shared/api-contract.ts';
import { ReplyTemplate } from '../../../shared/templates/template-schema.ts';
import type { Database } from '../../db/database.ts';
import { HttpError, parseRequest } from '../../http-error.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireCoordinator } from '../../plugins/roles.ts';
import {
  deletePersonalTemplate,
  listPersonalTemplates,
  MAX_PERSONAL_TEMPLATES,
  savePersonalTemplate,
  type PersonalSaveOutcome,
} from '../../repositories/personal-template-repository.ts';
import { deleteTemplate, listTemplates, saveTemplate } from '../../repositories/template-repository.ts';
import type { AuthContext } from '../../repositories/tenant-repository.ts';

interface TemplateLibrary {
  path: string;
  /** Whose library, in messages: "The hotel has", "You have". */
  owner: string;
  /** Where a missing template was looked for, in messages. */
  where: string;
  /** Throws a 403 when the caller may read but not change it. */
  mayChange(caller: AuthContext): void;
  list(caller: AuthContext): Promise<ReplyTemplate[]>;
  save(caller: AuthContext, template: ReplyTemplate, replace: boolean): Promise<PersonalSaveOutcome>;
  remove(caller: AuthContext, id: string): Promise<boolean>;
}

function hotelLibrary(db: Database): TemplateLibrary {
  return {
    path: '/templates',
    owner: 'The hotel has',
    where: 'in this hotel',
    // A frontline agent keeps their own version under /v1/my-templates instead.
    mayChange: (caller) => requireCoordinator(caller, "change the hotel's reply templates"),
    list: (caller) => listTemplates(db, caller.hotel.id),
    save: (caller, template, replace) => saveTemplate(db, caller.hotel.id, template, { replace }),
    remove: (caller, id) => deleteTemplate(db, caller.hotel.id, id),
  };
}

function personalLibrary(db: Database): TemplateLibrary {
  return {
    path: '/my-templates',
    owner: 'You have',
    where: 'among your own templates',
    mayChange: () => undefined,
    list: (caller) => listPersonalTemplates(db, caller.agent.id),
    save: (caller, template, replace) => savePersonalTemplate(db, caller.agent, template, { replace }),
    remove: (caller, id) => deletePersonalTemplate(db, caller.agent.id, id),
  };
}

function templateIdOf(params: unknown): string {
  return parseRequest(ReplyTemplate.shape.id, (params as { id?: unknown }).id, 'template id');
}

function refuseOutcome(library: TemplateLibrary, outcome: PersonalSaveOutcome, id: string): void {
  if (outcome === 'exists') {
    throw new HttpError(
      409,
      'conflict',
      `${library.owner} a template "${id}" already: change it with PUT /v1${library.path}/${id}.`,
    );
  }
  if (outcome === 'full') {
    throw new HttpError(
      409,
      'too_many_templates',
      `You keep at most ${MAX_PERSONAL_TEMPLATES} templates of your own: delete one first.`,
    );
  }
}

function libraryRoutes(app: FastifyInstance, library: TemplateLibrary): void {
  app.get(library.path, async (request): Promise<TemplateListResponse> => {
    return { templates: await library.list(callerOf(request)) };
  });

  app.post(library.path, async (request, reply): Promise<TemplateResponse> => {
    const caller = callerOf(request);
    library.mayChange(caller);
    const template = parseRequest(TemplateRequest, request.body, 'request body');
    refuseOutcome(library, await library.save(caller, template, false), template.id);
    reply.code(201);
    return { template };
  });

  app.put(`${library.path}/:id`, async (request, reply): Promise<TemplateResponse> => {
    const caller = callerOf(request);
    library.mayChange(caller);
    const id = templateIdOf(request.params);
    const template = parseRequest(TemplateRequest, request.body, 'request body');
    if (template.id !== id) {
      throw new HttpError(
        400,
        'invalid_request',
        `Invalid request body: id: "${template.id}" does not match the URL's "${id}".`,
        [{ path: 'id', message: 'must equal the id in the URL' }],
      );
    }
    const outcome = await library.save(caller, template, true);
    refuseOutcome(library, outcome, id);
    reply.code(outcome === 'created' ? 201 : 200);
    return { template };
  });

  app.delete(`${library.path}/:id`, async (request, reply) => {
    const caller = callerOf(request);
    library.mayChange(caller);
    const id = templateIdOf(request.params);
    if (!(await library.remove(caller, id))) {
      throw new HttpError(404, 'not_found', `No template "${id}" ${library.where}.`);
    }
    return reply.code(204).send();
  });
}

export function templateRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    libraryRoutes(app, hotelLibrary(db));
    libraryRoutes(app, personalLibrary(db));
  };
}
