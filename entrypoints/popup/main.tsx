import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import '../../components/ui/styles.css';

render(<Popup />, document.getElementById('app')!);
