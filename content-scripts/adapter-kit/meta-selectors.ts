// What Meta's message pages (Instagram Direct, Messenger, the Business Suite inbox) look like
// to Konuk, as schemas: a selector pack served by the API is checked against these. Data only,
// so the background can check packs without loading page code; the readers are
// ./meta-message-grid.ts and ./meta-message-list.ts, the built-in values
// ./meta-default-selectors.ts.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';

/** Optional selector lists may be empty: the signal is then simply not read. */
const OptionalSelectorList = z.array(z.string().min(1));

export const MetaHeadingPatterns = z.object({
  /** The account's own messages ("You sent", "You replied to …"), matched whole, any case. */
  outboundHeadingPatterns: z.array(z.string().min(1)).min(1),
  /** Someone else's message; capture group 1 is their name ("(.+) replied to you"). */
  inboundHeadingPatterns: z.array(z.string().min(1)),
  /** Labels that open a heading but name no sender ("Edited", "Forwarded", "Pinned"). */
  neutralHeadingPatterns: z.array(z.string().min(1)),
  /**
   * Context lines inside a bubble ("Replied to @ana's story", "Original message:"): not the
   * message's text when the bubble has text besides them.
   */
  contextLabelPatterns: z.array(z.string().min(1)),
});
export type MetaHeadingPatterns = z.infer<typeof MetaHeadingPatterns>;

export const MetaLabelPatterns = z.object({
  /** Regular expressions with the named groups `time`, `sender` and `text`, newest first. */
  labelPatterns: z.array(z.string().min(1)).min(1),
  /** Sender words that mean this account ("You", "Sen", "Du", "Tú" …), matched whole, any case. */
  outboundSenders: z.array(z.string().min(1)),
});
export type MetaLabelPatterns = z.infer<typeof MetaLabelPatterns>;

export const MetaMediaSelectors = z.object({
  sticker: OptionalSelectorList,
  voice: OptionalSelectorList,
  video: OptionalSelectorList,
  file: OptionalSelectorList,
  photo: OptionalSelectorList,
});
export type MetaMediaSelectors = z.infer<typeof MetaMediaSelectors>;

export const MetaCommonSelectors = z.object({
  /**
   * The sidebar's conversation list (previews, "You: …"): nothing inside it is a message, so a
   * message element found there is never read or badged.
   */
  chatList: OptionalSelectorList,
  /** A link that opens another conversation: a cell holding one (outside its text) is a chat-list entry. */
  conversationLink: OptionalSelectorList,
  /** Hover chrome in a message row ("Details and actions"): never a message. */
  actionCell: OptionalSelectorList,
  media: MetaMediaSelectors,
});
export type MetaCommonSelectors = z.infer<typeof MetaCommonSelectors>;

export const MetaGridSelectors = z
  .object({
    /** The open conversation's message grid. */
    grid: SelectorList,
    /** Its title attribute, e.g. aria-label "Messages in conversation with Ana", minus these prefixes. */
    gridTitleAttribute: z.string().min(1),
    gridTitlePrefixes: z.array(z.string()),
    row: SelectorList,
    /** One message: the element the capture controller reads. */
    messageCell: SelectorList,
    /** Inside a cell: the element whose attribute holds the platform's message id. */
    messageId: OptionalSelectorList,
    messageIdAttributes: z.array(z.string().min(1)),
    /** The id must start with one of these (Instagram's "mid.$"), so a generated DOM id is never taken. */
    messageIdPrefixes: z.array(z.string()),
    senderHeading: SelectorList,
    /** Inside a cell: the message text blocks. */
    text: SelectorList,
    /** Inside a cell: a per-message time element and the attributes that hold its time. */
    messageTime: OptionalSelectorList,
    messageTimeAttributes: z.array(z.string().min(1)),
    /** A separator row printing a date/time ("Today 10:15"). Unmarked text rows are tried too. */
    dateBreak: OptionalSelectorList,
    /** A link to the other person's profile: present only next to their messages. */
    profileLink: OptionalSelectorList,
  })
  .extend(MetaHeadingPatterns.shape)
  .extend(MetaCommonSelectors.shape);
export type MetaGridSelectors = z.infer<typeof MetaGridSelectors>;

export const MetaListSelectors = z
  .object({
    /** The open conversation's message list. */
    container: SelectorList,
    /** One message, newest selector first. */
    message: SelectorList,
    messageIdAttributes: z.array(z.string().min(1)),
    /** Attributes holding the "At 16:15, Ana: text" label. */
    labelAttributes: z.array(z.string().min(1)),
    /** The conversation's name: the container's label minus these prefixes, else these elements. */
    titleAttributes: z.array(z.string().min(1)),
    titlePrefixes: z.array(z.string()),
    title: OptionalSelectorList,
    /** Inside a message: its text blocks. */
    text: OptionalSelectorList,
    /** Inside or just above a message: a sender heading ("You sent", a name). */
    senderHeading: OptionalSelectorList,
    /** Inside a message: a time element and its attributes (tooltip, datetime). */
    messageTime: OptionalSelectorList,
    messageTimeAttributes: z.array(z.string().min(1)),
    /** Between messages: a date separator ("Today", "Nov 21, 2026"). */
    dateBreak: OptionalSelectorList,
    /** Inside a message: the other person's avatar link. */
    profileLink: OptionalSelectorList,
  })
  .extend(MetaLabelPatterns.shape)
  .extend(MetaHeadingPatterns.shape)
  .extend(MetaCommonSelectors.shape);
export type MetaListSelectors = z.infer<typeof MetaListSelectors>;
