import { render } from 'preact';
import { SidePanel } from '../../components/side-panel.tsx';
import { setPageLanguage } from '../../components/page-language.ts';

setPageLanguage();

render(<SidePanel />, document.getElementById('app')!);
