import { render } from 'preact';
import { Dashboard } from '../../components/dashboard.tsx';

render(<Dashboard />, document.getElementById('app')!);
