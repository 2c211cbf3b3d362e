// Why a contact (one platform conversation) is linked to its guest record. Its own file, so the
// ticket schema can say why a private conversation joined a public contact's ticket without
// importing the whole API contract.
import { z } from 'zod';

export const GuestLinkReason = z.enum([
  'first_contact',
  'reservation',
  'phone',
  'email',
  // A coordinator's merge or unmerge.
  'manual',
  // Issue 11: a private contact that found a public one. The same platform account as a comment's
  // author; the author's full name together with the stay; a coordinator's link.
  'same_account',
  'name_and_stay',
  'public_link',
]);
export type GuestLinkReason = z.infer<typeof GuestLinkReason>;
