// Webhook secrets and signatures: `Konuk-Signature: sha256=<hex HMAC-SHA256 of the raw body>`.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { SIGNATURE_PREFIX } from '../../shared/webhook-contract.ts';

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signWebhookBody(secret: string, body: string): string {
  return `${SIGNATURE_PREFIX}${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** What a receiver does (and the tests): recompute the signature and compare in constant time. */
export function verifyWebhookSignature(secret: string, body: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
