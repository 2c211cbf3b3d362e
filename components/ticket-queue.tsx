export function TicketQueue() {
  return <p>Konuk</p>;
}
