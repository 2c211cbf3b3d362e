// Every failure leaves the API as an ApiError: clear for the caller, and free of guest text in
// the logs (bodies are never logged; only the error's code and message are).
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError } from '../../shared/api-contract.ts';
import { MAX_BODY_BYTES } from '../../shared/limits.ts';
import { HttpError } from '../http-error.ts';
import { TooManyRequests } from './rate-limit.ts';

const FRAMEWORK_ERRORS: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid_json',
    message: 'The request body is empty; send a JSON document.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'payload_too_large',
    message: `The request body is larger than ${MAX_BODY_BYTES} bytes; send fewer messages per batch.`,
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'Send the request body as application/json.',
  },
};

/**
 * Database errors that are about the request or the moment, not a bug: a value PostgreSQL cannot
 * store (class 22, data exception) is the request's fault, so the client isolates it instead of
 * retrying it for ever; a deadlock, a lock or statement timeout or an exhausted pool is the
 * moment's, so the client retries soon. Either way the transaction rolled back.
 */
function databaseError(error: FastifyError): { status: number; body: ApiError } | undefined {
  const code = typeof error.code === 'string' ? error.code : '';
  if (/^22[0-9A-Z]{3}$/.test(code)) {
    return {
      status: 422,
      body: {
        error: 'unstorable',
        message: 'The database cannot store a value in this request; nothing was changed.',
      },
    };
  }
  const busy =
    ['40P01', '40001', '55P03', '57014'].includes(code) ||
    /timeout exceeded when trying to connect/i.test(error.message);
  if (!busy) return undefined;
  return {
    status: 503,
    body: { error: 'busy', message: 'The server is busy; nothing was changed. Try again in a moment.' },
  };
}

function frameworkError(error: FastifyError): { status: number; body: ApiError } | undefined {
  const status = error.statusCode ?? 500;
  if (status >= 500) return undefined;
  const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
  return {
    status,
    body: known
      ? { error: known.code, message: known.message }
      : { error: 'bad_request', message: error.message },
  };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof TooManyRequests)
      reply.header('retry-after', String(Math.ceil(error.retryAfterMs / 1000)));
    if (error instanceof HttpError) return reply.code(error.statusCode).send(error.toBody());
    const client = frameworkError(error);
    if (client) return reply.code(client.status).send(client.body);
    const database = databaseError(error);
    if (database) {
      request.log.warn({ err: { code: error.code } }, 'request refused by the database');
      if (database.status === 503) reply.header('retry-after', '1');
      return reply.code(database.status).send(database.body);
    }
    request.log.error(
      { err: { code: error.code, message: error.message, stack: error.stack } },
      'request failed',
    );
    return reply
      .code(500)
      .send({ error: 'internal', message: 'The server failed to handle this request; nothing was changed.' });
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .send({ error: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}.` });
  });
}
