import { render } from 'preact';
import { Dashboard } from '../../components/dashboard.tsx';
import { setPageLanguage } from '../../components/page-language.ts';

setPageLanguage();

render(<Dashboard />, document.getElementById('app')!);
