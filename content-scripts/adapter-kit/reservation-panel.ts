// The extranets show the reservation next to the conversation: guest name, reservation number,
// arrival and departure. Each field is found by its own attribute first, then by its printed
// label, and a reservation number also by its shape anywhere in the panel. These facts feed the
// ticket's stage and the linking of one guest's contacts.
import type { StayDates } from '../../shared/message.ts';
import { MAX_NAME_CHARS } from '../../shared/limits.ts';
import { queryChain } from '../selector-chain.ts';
import { plainText } from '../plain-text.ts';
import { firstAttribute } from './selector-lists.ts';
import { valueByLabel } from './labelled-value.ts';
import { parseStayDay } from './printed-date.ts';
import type { ReservationPanelSelectors } from './reservation-panel-selectors.ts';

export interface ReservationFacts {
  guestName?: string;
  reservationNumber?: string;
  stay?: StayDates;
}

type Field = ReservationPanelSelectors['guestName'];

function fieldValue(panel: Element, field: Field, name: string): string | undefined {
  const element = field.selectors.length > 0 ? queryChain(panel, field.selectors, name) : null;
  if (element) {
    const value = firstAttribute(element, field.attributes) ?? plainText(element);
    if (value) return value;
  }
  return valueByLabel(panel, field.labels);
}

function firstMatch(text: string, pattern: string): string | undefined {
  try {
    return new RegExp(pattern).exec(text)?.[0];
  } catch {
    return undefined;
  }
}

/** "4829 103 556" -> "4829103556", then cut to the number's shape. */
function shaped(value: string | undefined, pattern: string | undefined): string | undefined {
  const compact = value?.replace(/\s+/g, '');
  if (!compact) return undefined;
  return pattern ? firstMatch(compact, pattern) : compact;
}

/** The panel is looked for under `root`: the page, or one card when each card has its own. */
export function readReservationPanel(
  root: ParentNode,
  pack: ReservationPanelSelectors,
  now: Date,
): ReservationFacts {
  const panel = queryChain(root, pack.panel, 'reservationPanel');
  if (!panel) return {};
  const facts: ReservationFacts = {};

  const guestName = fieldValue(panel, pack.guestName, 'guestName');
  if (guestName) facts.guestName = guestName.slice(0, MAX_NAME_CHARS);

  const number = pack.reservationNumber;
  const reservationNumber =
    shaped(fieldValue(panel, number, 'reservationNumber'), number.pattern) ??
    (number.pattern && number.scanPanel ? firstMatch(plainText(panel), number.pattern) : undefined);
  if (reservationNumber) facts.reservationNumber = reservationNumber.slice(0, MAX_NAME_CHARS);

  const checkIn = parseStayDay(fieldValue(panel, pack.checkIn, 'checkIn'), now);
  const checkOut = parseStayDay(fieldValue(panel, pack.checkOut, 'checkOut'), now);
  // A stay is only reported whole and in order; half a stay would mislead the stage.
  if (checkIn && checkOut && checkIn <= checkOut) facts.stay = { checkIn, checkOut };
  return facts;
}
