import { render } from 'preact';
import { TicketQueue } from '../../components/ticket-queue.tsx';

render(<TicketQueue />, document.getElementById('app')!);
