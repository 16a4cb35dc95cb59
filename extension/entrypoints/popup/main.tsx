import '../../zod-setup';
import { render } from 'preact';
import { Panel } from '../../ui/Panel';
import '../../ui/styles.css';

render(<Panel />, document.getElementById('app') as HTMLElement);
