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
import { deleteTemplate, listTemplates, saveTemplate } from '../../repositories/template-repository.ts';

function templateIdOf(params: unknown): string {
  return parseRequest(ReplyTemplate.shape.id, (params as { id?: unknown }).id, 'template id');
}

export function templateRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/templates', async (request): Promise<TemplateListResponse> => {
      const { hotel } = callerOf(request);
      return { templates: await listTemplates(db, hotel.id) };
    });

    app.post('/templates', async (request, reply): Promise<TemplateResponse> => {
      const { hotel } = callerOf(request);
      const template = parseRequest(TemplateRequest, request.body, 'request body');
      if ((await saveTemplate(db, hotel.id, template, { replace: false })) === 'exists') {
        throw new HttpError(
          409,
          'conflict',
          `The hotel already has a template "${template.id}": change it with PUT /v1/templates/${template.id}.`,
        );
      }
      reply.code(201);
      return { template };
    });

    app.put('/templates/:id', async (request, reply): Promise<TemplateResponse> => {
      const { hotel } = callerOf(request);
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
      const outcome = await saveTemplate(db, hotel.id, template, { replace: true });
      reply.code(outcome === 'created' ? 201 : 200);
      return { template };
    });

    app.delete('/templates/:id', async (request, reply) => {
      const { hotel } = callerOf(request);
      const id = templateIdOf(request.params);
      if (!(await deleteTemplate(db, hotel.id, id))) {
        throw new HttpError(404, 'not_found', `No template "${id}" in this hotel.`);
      }
      return reply.code(204).send();
    });
  };
}
