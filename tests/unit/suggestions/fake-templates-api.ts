// The API's template endpoints (shared/api-contract.ts) on top of the background tests' FakeApi:
// a hotel that starts with the starter library, and a count of what the extension asked for.
import { API_PREFIX } from '../../../shared/api-contract.ts';
import { STARTER_LIBRARY } from '../../../shared/templates/starter-library.ts';
import { ReplyTemplate } from '../../../shared/templates/template-schema.ts';
import { FakeApi, TOKEN } from '../background/fake-api.ts';

export class FakeTemplatesApi extends FakeApi {
  readonly templates = new Map<string, ReplyTemplate>(STARTER_LIBRARY.map((t) => [t.id, t]));
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
        const signedIn = new Headers(init?.headers).get('authorization') === `Bearer ${TOKEN}`;
        // Outages and bad tokens are answered by FakeApi, like every other request.
        if (this.mode !== 'up' || !signedIn || !path.startsWith(`${API_PREFIX}/templates`)) {
          return base(input, init);
        }
        const response = this.route(
          init?.method ?? 'GET',
          path.slice(`${API_PREFIX}/templates`.length),
          init,
        );
        this.templateCalls.push(`${init?.method ?? 'GET'} ${path}`);
        return response ?? base(input, init);
      },
    });
  }

  private route(method: string, rest: string, init?: RequestInit): Response | null {
    if (this.templatesMissing) return json(404, { error: 'not_found', message: 'no route' });
    const id = decodeURIComponent(rest.replace(/^\//, ''));
    if (method === 'GET' && id === '') return json(200, { templates: [...this.templates.values()] });
    if (method === 'DELETE' && id !== '') {
      if (!this.templates.delete(id)) return json(404, { error: 'not_found', message: 'no such template' });
      return new Response(null, { status: 204 });
    }
    if (method !== 'POST' && method !== 'PUT') return null;
    const body = ReplyTemplate.safeParse(JSON.parse(String(init?.body)));
    if (!body.success) {
      const issues = body.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return json(400, { error: 'invalid_request', message: 'the template is not valid', issues });
    }
    if (method === 'POST' && this.templates.has(body.data.id)) {
      return json(409, { error: 'conflict', message: `a template with id ${body.data.id} exists` });
    }
    if (method === 'PUT' && body.data.id !== id) {
      return json(400, { error: 'invalid_request', message: 'the id does not match the path' });
    }
    this.templates.set(body.data.id, body.data);
    return json(method === 'POST' ? 201 : 200, { template: body.data });
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
