// The shape of an OTA page's reservation panel as selector-pack data (guest name, reservation
// number, stay dates), apart from the code that reads it (reservation-panel.ts), so the
// background can check packs without loading page code.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';

const PanelField = z.object({
  /** Elements holding the value, newest first. */
  selectors: z.array(z.string().min(1)),
  /** Attributes read before the element's text (a <time>'s datetime). */
  attributes: z.array(z.string().min(1)).default([]),
  /** Printed labels ("Arrival"), for pages that give the value no attribute of its own. */
  labels: z.array(z.string().min(1)).default([]),
});

export const ReservationPanelSelectors = z.object({
  panel: SelectorList,
  guestName: PanelField,
  reservationNumber: PanelField.extend({
    /** The number's shape, matched with spaces removed (a regular expression source). */
    pattern: z.string().min(1).optional(),
    /** Whether a number of that shape anywhere in the panel counts (only for distinctive shapes). */
    scanPanel: z.boolean().default(false),
  }),
  checkIn: PanelField,
  checkOut: PanelField,
});
export type ReservationPanelSelectors = z.infer<typeof ReservationPanelSelectors>;
