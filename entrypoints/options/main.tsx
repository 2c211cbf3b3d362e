import { render } from 'preact';
import { OptionsForm } from '../../components/options-form.tsx';
import { setPageLanguage } from '../../components/page-language.ts';

setPageLanguage();

render(<OptionsForm />, document.getElementById('app')!);
