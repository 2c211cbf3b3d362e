// Whether a guest wrote in public: a comment under a post, a review. The capture marks a contact
// public when it knows; otherwise the page address tells (an Instagram post or reel, a Facebook
// post or comment, a review page). A direct message on the same platform is private, so the
// short public reply is never offered to it.

/** Pages whose messages everyone can read. */
const PUBLIC_PAGES: readonly RegExp[] = [
  /^https:\/\/(www\.)?instagram\.com\/(p|reel|reels|tv)\//i,
  /^https:\/\/([a-z]+\.)?facebook\.com\/.*(\/posts\/|\/permalink|[?&]comment_id=|\/reviews)/i,
  /^https:\/\/(www\.)?google\.[a-z.]+\/maps\/.*reviews/i,
  /^https:\/\/business\.google\.com\/.*reviews/i,
  /^https:\/\/([a-z]+\.)?tripadvisor\.[a-z.]+\//i,
  /^https:\/\/([a-z]+\.)?holidaycheck\.[a-z.]+\//i,
  /^https:\/\/admin\.booking\.com\/.*\/reviews/i,
];

export function isPublicContact(contact: {
  public?: boolean | undefined;
  /** The captured message's own mark (shared/message.ts, issue 11). */
  visibility?: 'public' | 'private' | undefined;
  conversationUrl?: string | null | undefined;
}): boolean {
  if (contact.public !== undefined) return contact.public;
  if (contact.visibility !== undefined) return contact.visibility === 'public';
  const url = contact.conversationUrl ?? '';
  return PUBLIC_PAGES.some((page) => page.test(url));
}
