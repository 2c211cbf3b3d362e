// The options page's "Test connection": asks GET /v1/me with the address and token typed in
// (not yet saved) and answers with the agent and hotel, or one of a few clear error codes the
// page turns into words (error_unauthorized, error_unreachable, ...).
import type { TestConnectionReply, TestConnectionRequest } from '../shared/runtime-messages.ts';
import { ApiClient, ApiUnavailable, type FetchLike } from './api-client.ts';

export async function testConnection(
  request: TestConnectionRequest,
  fetchFn: FetchLike,
): Promise<TestConnectionReply> {
  const api = new ApiClient({ apiUrl: request.apiUrl, token: request.token.trim() }, fetchFn);
  try {
    const me = await api.me();
    return { ok: true, agentName: me.agent.name, hotelName: me.hotel.name };
  } catch (error) {
    if (error instanceof ApiUnavailable) {
      // A server error is still "the server does not answer" for the person at the keyboard.
      return { ok: false, error: error.reason.code === 'server_error' ? 'unreachable' : error.reason.code };
    }
    throw error;
  }
}
