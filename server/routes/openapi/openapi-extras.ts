// What the document carries besides the routes: named schemas and the webhooks Konuk sends.
import { Ticket, StoredMessage } from '../../../shared/ticket.ts';
import type { DocumentExtras } from './openapi-document.ts';

export function openApiExtras(): DocumentExtras {
  return { schemas: { Ticket, StoredMessage } };
}
