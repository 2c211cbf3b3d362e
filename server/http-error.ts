// The one way a route rejects a request: an ApiError body (shared/api-contract.ts) and a status.
import type { z } from 'zod';
import type { ApiError } from '../shared/api-contract.ts';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues?: ApiError['issues'],
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toBody(): ApiError {
    return { error: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

/** Parses a request part with its contract schema; a mismatch is a 400 listing every issue. */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new HttpError(
    400,
    'invalid_request',
    `Invalid ${part}: ${first.path}: ${first.message}${more}`,
    issues,
  );
}
