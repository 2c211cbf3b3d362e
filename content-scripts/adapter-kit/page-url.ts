// Platform URLs carry session tokens (Booking's `ses`) and tracking parameters. A conversation
// URL keeps only what reopens the conversation, so no secret reaches the ticket.
import { MAX_URL_CHARS } from '../../shared/limits.ts';

export function conversationUrl(href: string, keepParams: readonly string[]): string | undefined {
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    const kept = new URLSearchParams();
    for (const name of keepParams) {
      const value = url.searchParams.get(name);
      if (value !== null) kept.set(name, value);
    }
    const query = kept.toString();
    const result = `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
    return result.length <= MAX_URL_CHARS ? result : undefined;
  } catch {
    return undefined;
  }
}

/** The first capture group of the first pattern that matches the path. */
export function idFromPath(pathname: string, patterns: readonly string[]): string | undefined {
  for (const pattern of patterns) {
    try {
      const match = new RegExp(pattern).exec(pathname);
      if (match?.[1]) return decodeURIComponent(match[1]);
    } catch {
      // a malformed pattern from a pack: try the next one
    }
  }
  return undefined;
}

/** The first present query parameter among `names`. */
export function idFromQuery(search: string, names: readonly string[]): string | undefined {
  const params = new URLSearchParams(search);
  for (const name of names) {
    const value = params.get(name)?.trim();
    if (value) return value;
  }
  return undefined;
}
