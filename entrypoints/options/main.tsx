import { render } from 'preact';
import { OptionsForm } from '../../components/options-form.tsx';

render(<OptionsForm />, document.getElementById('app')!);
