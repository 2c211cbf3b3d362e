// The reservation list a hotel uploads (issue 9): each row stored under its reservation number,
// so uploading the list again updates those reservations and adds the new ones, never a second
// copy.
import type { ParsedReservation } from '../../shared/reservation-csv.ts';
import type { Queryable } from '../db/database.ts';
import type { ReservationFacts } from '../services/thank-you-due.ts';

const UPSERT = `
  insert into reservations (hotel_id, reservation_number, guest_name, phone, email, arrival, departure,
                            created_at, updated_at)
  select $1, r.reservation_number, r.guest_name, r.phone, r.email, r.arrival, r.departure, $3, $3
    from jsonb_to_recordset($2::jsonb) as r (reservation_number text, guest_name text, phone text,
         email text, arrival date, departure date)
  on conflict (hotel_id, reservation_number) do update
     set guest_name = excluded.guest_name, phone = excluded.phone, email = excluded.email,
         arrival = excluded.arrival, departure = excluded.departure, updated_at = excluded.updated_at
  returning (xmax = 0) as created`;

export async function importReservations(
  tx: Queryable,
  hotelId: string,
  reservations: readonly ParsedReservation[],
  now: string,
): Promise<{ created: number; updated: number }> {
  if (reservations.length === 0) return { created: 0, updated: 0 };
  const rows = await tx.query<{ created: boolean }>(UPSERT, [
    hotelId,
    JSON.stringify(
      reservations.map((r) => ({
        reservation_number: r.reservationNumber,
        guest_name: r.guestName,
        phone: r.phone,
        email: r.email,
        arrival: r.arrival,
        departure: r.departure,
      })),
    ),
    now,
  ]);
  const created = rows.filter((row) => row.created).length;
  return { created, updated: rows.length - created };
}

export async function reservationsDeparting(
  db: Queryable,
  hotelId: string,
  dates: readonly string[],
): Promise<ReservationFacts[]> {
  const rows = await db.query<{
    reservation_number: string;
    guest_name: string | null;
    phone: string | null;
    email: string | null;
    arrival: string;
    departure: string;
  }>(
    `select reservation_number, guest_name, phone, email, arrival, departure
       from reservations where hotel_id = $1 and departure = any($2::date[])`,
    [hotelId, dates],
  );
  return rows.map((row) => ({
    reservationNumber: row.reservation_number,
    guestName: row.guest_name,
    phone: row.phone,
    email: row.email,
    arrival: row.arrival,
    departure: row.departure,
  }));
}
