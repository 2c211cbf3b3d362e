// The rest of the demo hotel's working morning, logged through the API as the extension would
// log it, dated relative to the demo's "now": a breached Instagram message, a due-soon Messenger
// one, a Booking.com question already answered, and yesterday's WhatsApp ticket closed with the
// guest's rating. The fixture pages in the browser add the live WhatsApp and Gmail conversations.
import type { CapturedMessage } from '../shared/message.ts';
import { renderTemplate } from '../shared/templates/render-template.ts';
import { STARTER_LIBRARY } from '../shared/templates/starter-library.ts';

const MINUTE = 60_000;

type Step = Omit<CapturedMessage, 'sentAt' | 'capturedAt'> & { minutesAgo: number };

function closingText(): string {
  const template = STARTER_LIBRARY.find((t) => t.id === 'en-closing')!;
  return renderTemplate(template, {
    guest_name: 'Dmitry Ivanov',
    record_number: 'your request',
    solution_summary: 'The baby cot is in your room',
    agent_name: 'Demo Agent',
    hotel_name: 'Demo Hotel Belek',
  }).text;
}

const INSTAGRAM = {
  channel: 'instagram',
  conversationId: 'ig-demo-elena',
  conversationTitle: 'elena.travels',
} as const;
const MESSENGER = {
  channel: 'messenger',
  conversationId: 'fb-demo-marco',
  conversationTitle: 'Marco Rossi',
} as const;
const BOOKING = {
  channel: 'booking',
  conversationId: 'bk-demo-4471',
  conversationTitle: 'Anna Schmidt',
} as const;
const WHATSAPP = {
  channel: 'whatsapp',
  conversationId: '79161234567@c.us',
  conversationTitle: 'Дмитрий Иванов',
} as const;

/** The messages before the demo's ticket changes; `rated` is sent after the close. */
export function demoMorning(now: Date): { before: CapturedMessage[]; rated: CapturedMessage[] } {
  const at = (step: Step): CapturedMessage => {
    const { minutesAgo, ...message } = step;
    const sentAt = new Date(now.getTime() - minutesAgo * MINUTE).toISOString();
    return { ...message, sentAt, capturedAt: sentAt };
  };
  const guest = (name: string) => ({ direction: 'inbound' as const, senderName: name, guestName: name });
  const staff = { direction: 'outbound' as const, senderName: 'Demo Agent' };
  const before: Step[] = [
    {
      ...INSTAGRAM,
      ...guest('elena.travels'),
      platformMessageId: 'ig-1',
      minutesAgo: 95,
      text: 'Hi! Is the spa open to guests on the day of departure? Our flight is at 22:00.',
    },
    {
      ...MESSENGER,
      ...guest('Marco Rossi'),
      platformMessageId: 'fb-1',
      minutesAgo: 50,
      text: 'Buongiorno, can we have a late checkout tomorrow, until 14:00? Room 2208.',
    },
    {
      ...BOOKING,
      ...guest('Anna Schmidt'),
      platformMessageId: 'bk-1',
      minutesAgo: 180,
      text: 'Hello, do you have parking for a camper van? We arrive on Friday.',
    },
    {
      ...BOOKING,
      ...staff,
      platformMessageId: 'bk-2',
      minutesAgo: 140,
      text: 'Dear Anna, yes: our outdoor car park has two spaces for camper vans, free of charge.',
    },
    {
      ...WHATSAPP,
      ...guest('Дмитрий Иванов'),
      platformMessageId: 'wa-d1',
      minutesAgo: 26 * 60,
      text: 'Добрый день! Можно детскую кроватку в номер 1412?',
    },
    {
      ...WHATSAPP,
      ...staff,
      platformMessageId: 'wa-d2',
      minutesAgo: 26 * 60 - 6,
      text: 'Good afternoon, of course: housekeeping brings the cot within the hour.',
    },
    { ...WHATSAPP, ...staff, platformMessageId: 'wa-d3', minutesAgo: 25 * 60, text: closingText() },
  ];
  const rated: Step[] = [
    { ...WHATSAPP, ...guest('Дмитрий Иванов'), platformMessageId: 'wa-d4', minutesAgo: 24 * 60, text: '5' },
  ];
  return { before: before.map(at), rated: rated.map(at) };
}

export const CLOSED_CONVERSATION = WHATSAPP.conversationId;

interface Seeding {
  apiUrl: string;
  token: string;
  coordinatorToken: string;
}

async function call(url: string, token: string, init: RequestInit): Promise<Response> {
  return fetch(url, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });
}

/**
 * Logs the morning as it happens at a hotel: the closing message resolves yesterday's WhatsApp
 * ticket, the agent records its root cause, and the guest's rating then closes it.
 */
export async function seedDemoMorning(
  { apiUrl, token, coordinatorToken }: Seeding,
  now: Date,
): Promise<void> {
  const { before, rated } = demoMorning(now);
  const ingest = async (messages: CapturedMessage[]) => {
    const response = await call(`${apiUrl}/v1/messages/batch`, token, {
      method: 'POST',
      body: JSON.stringify({ messages }),
    });
    if (!response.ok) throw new Error(`the demo messages were refused (${response.status})`);
    return (await response.json()) as { results: { recordNumber: string | null; key: string }[] };
  };
  const logged = await ingest(before);
  const closing = logged.results.find((r) => r.key.includes(CLOSED_CONVERSATION))?.recordNumber;
  const patch = (body: object) =>
    call(`${apiUrl}/v1/tickets/${closing}`, coordinatorToken, {
      method: 'PATCH',
      body: JSON.stringify(body),
    });
  // A request the hotel fulfilled (a baby cot): one of the starter root causes.
  if (closing) await patch({ rootCause: 'no-fault-request' });
  await ingest(rated);
}
