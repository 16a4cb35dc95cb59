/**
 * The testers' and trainers' console (`/console/`, issue 5 item 5): scenarios, clock, pending
 * reviews, SMS outbox, faults, captcha and other settings, state inspector with JSON export/import,
 * reset. Everything here goes through the control API (`/__sim/…`), so scripts can do the same.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import '../shared/style.css';
import { Layout } from '../shared/layout';
import type { PanelProps } from './panel';
import { ClockPanel } from './panels/clock';
import { FaultsPanel } from './panels/faults';
import { RequestsPanel } from './panels/requests';
import { ReviewsPanel } from './panels/reviews';
import { ScenariosPanel } from './panels/scenarios';
import { SettingsPanel } from './panels/settings';
import { SmsPanel } from './panels/sms';
import { StatePanel } from './panels/state';
import { WorldsPanel } from './panels/worlds';

function App() {
  const [tick, setTick] = useState(0);
  const props: PanelProps = { tick, changed: () => setTick((t) => t + 1) };
  return (
    <Layout site="console" title="模拟器控制台" showSession>
      <h1>控制台</h1>
      <p class="muted">
        这里的每个操作都可以通过控制接口 <span class="mono">/__sim/…</span> 由脚本完成（见 simulator/API.md）。
      </p>
      <div style={{ marginBottom: '16px' }}>
        <WorldsPanel {...props} />
      </div>
      <div class="console-grid">
        <ScenariosPanel {...props} />
        <ClockPanel {...props} />
        <ReviewsPanel {...props} />
        <SmsPanel {...props} />
        <FaultsPanel {...props} />
        <SettingsPanel {...props} />
      </div>
      <div style={{ marginTop: '16px' }}>
        <StatePanel {...props} />
      </div>
      <div style={{ marginTop: '16px' }}>
        <RequestsPanel {...props} />
      </div>
    </Layout>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
