// Every failure leaves the API as an ApiError: clear for the caller, and free of guest text in
// the logs (bodies are never logged; only the error's code and message are).
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError } from '../../shared/api-contract.ts';
import { MAX_BODY_BYTES } from '../../shared/limits.ts';
import { HttpError } from '../http-error.ts';

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
    if (error instanceof HttpError) return reply.code(error.statusCode).send(error.toBody());
    const client = frameworkError(error);
    if (client) return reply.code(client.status).send(client.body);
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
