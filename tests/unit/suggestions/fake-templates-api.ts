// The API's template endpoints (shared/api-contract.ts) on top of the background tests' FakeApi:
// a hotel that starts with the starter library, which only coordinators and supervisors change
// (403 otherwise, as the API answers), the agent's own templates under /v1/my-templates, and a
// count of what the extension asked for.
import { API_PREFIX } from '../../../shared/api-contract.ts';
import { STARTER_LIBRARY } from '../../../shared/templates/starter-library.ts';
import { ReplyTemplate } from '../../../shared/templates/template-schema.ts';
import { FakeApi } from '../background/fake-api.ts';

const LIBRARIES = [`${API_PREFIX}/my-templates`, `${API_PREFIX}/templates`] as const;

export class FakeTemplatesApi extends FakeApi {
  readonly templates = new Map<string, ReplyTemplate>(STARTER_LIBRARY.map((t) => [t.id, t]));
  /** The signed-in agent's own templates. */
  readonly personal = new Map<string, ReplyTemplate>();
  /** Method and path of every template request that reached the API. */
  readonly templateCalls: string[] = [];
  /** Play an API that has no template endpoints yet (an older server). */
  templatesMissing = false;

  constructor() {
    super();
    const base = this.fetch;
    Object.assign(this, {
      fetch: async (input: string, init?: RequestInit) => {
        const path = new URL(input).pathname;
        const signedIn = new Headers(init?.headers).get('authorization') === `Bearer ${this.token}`;
        const library = LIBRARIES.find((prefix) => path.startsWith(prefix));
        // Outages and bad tokens are answered by FakeApi, like every other request.
        if (this.mode !== 'up' || !signedIn || !library) return base(input, init);
        const method = init?.method ?? 'GET';
        this.templateCalls.push(`${method} ${path}`);
        const personal = library.endsWith('/my-templates');
        if (this.templatesMissing) return json(404, { error: 'not_found', message: 'no route' });
        if (!personal && method !== 'GET' && this.role !== 'coordinator' && this.role !== 'supervisor') {
          return json(403, {
            error: 'forbidden',
            message: `Only coordinators and supervisors can change the hotel's reply templates; you are signed in as a ${this.role} agent.`,
          });
        }
        const templates = personal ? this.personal : this.templates;
        return route(templates, method, path.slice(library.length), init) ?? base(input, init);
      },
    });
  }
}

function route(
  templates: Map<string, ReplyTemplate>,
  method: string,
  rest: string,
  init?: RequestInit,
): Response | null {
  const id = decodeURIComponent(rest.replace(/^\//, ''));
  if (method === 'GET' && id === '') return json(200, { templates: [...templates.values()] });
  if (method === 'DELETE' && id !== '') {
    if (!templates.delete(id)) return json(404, { error: 'not_found', message: 'no such template' });
    return new Response(null, { status: 204 });
  }
  if (method !== 'POST' && method !== 'PUT') return null;
  const body = ReplyTemplate.safeParse(JSON.parse(String(init?.body)));
  if (!body.success) {
    const issues = body.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return json(400, { error: 'invalid_request', message: 'the template is not valid', issues });
  }
  if (method === 'POST' && templates.has(body.data.id)) {
    return json(409, { error: 'conflict', message: `a template with id ${body.data.id} exists` });
  }
  if (method === 'PUT' && body.data.id !== id) {
    return json(400, { error: 'invalid_request', message: 'the id does not match the path' });
  }
  templates.set(body.data.id, body.data);
  return json(method === 'POST' ? 201 : 200, { template: body.data });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
