import { render } from 'preact';
import { SidePanel } from '../../components/side-panel.tsx';

render(<SidePanel />, document.getElementById('app')!);
