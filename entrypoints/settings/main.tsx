import { render } from 'preact';
import { HotelSettingsPage } from '../../components/hotel-settings.tsx';
import { setPageLanguage } from '../../components/page-language.ts';

setPageLanguage();

render(<HotelSettingsPage />, document.getElementById('app')!);
