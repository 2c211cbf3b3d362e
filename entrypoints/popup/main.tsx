import { render } from 'preact';
import { TicketQueue } from '../../components/ticket-queue.tsx';
import { setPageLanguage } from '../../components/page-language.ts';

setPageLanguage();

render(<TicketQueue />, document.getElementById('app')!);
