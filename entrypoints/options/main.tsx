import { render } from 'preact';
import { App } from '../../components/options/App';
import '../../components/ui/styles.css';

render(<App />, document.getElementById('app')!);
