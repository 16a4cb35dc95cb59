import { useState } from 'preact/hooks';
import { api, inWorld } from '../../shared/api';
import { ErrorSummary, FindingsContext, Notice } from '../../shared/form';
import { fmtTime } from '../../shared/format';
import { useAction, useLoad } from '../../shared/hooks';
import { LoadState } from '../../shared/layout';
import type { PanelProps } from '../panel';

interface StateOrder {
  id: string;
  type: string;
  province: string;
  status: string;
  updatedAt: string;
}

export function StatePanel({ tick, changed }: PanelProps) {
  const state = useLoad(() => api.get<Record<string, unknown> & { orders?: StateOrder[] }>('/__sim/state'), [tick]);
  const action = useAction();
  const [show, setShow] = useState(false);
  const [imported, setImported] = useState('');
  const download = () => {
    if (!state.data) return;
    const blob = new Blob([JSON.stringify(state.data, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `simulator-state-${String(state.data.scenario ?? 'state')}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setImported('');
    const r = await action.run(async () => {
      const text = await file.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new Error('文件不是有效的 JSON / the file is not valid JSON');
      }
      return api.put<{ scenario: string }>('/__sim/state', parsed);
    });
    input.value = '';
    if (r) {
      setImported(`已导入 ${file.name}`);
      changed();
    }
  };
  const orders = state.data?.orders ?? [];
  return (
    <section class="panel" aria-labelledby="h-state">
      <h2 id="h-state">状态</h2>
      <LoadState loading={state.loading && !state.data} error={state.error} />
      {imported ? <Notice kind="ok">{imported}</Notice> : null}
      <FindingsContext.Provider value={action.error?.fields ?? {}}>
        {action.error ? (
          <ErrorSummary title={action.error.text} findings={action.error.fields} linkFor={() => undefined} />
        ) : null}
      </FindingsContext.Provider>
      <h3>订单</h3>
      <table class="grid">
        <thead>
          <tr>
            <th>订单</th>
            <th>类型</th>
            <th>省份</th>
            <th>状态</th>
            <th>更新时间</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.id}>
              <td class="mono">
                <a href={inWorld(`/beian/#/order/${encodeURIComponent(o.id)}/status`)}>{o.id}</a>
              </td>
              <td>{o.type}</td>
              <td>{o.province}</td>
              <td>{o.status}</td>
              <td>{fmtTime(o.updatedAt)}</td>
            </tr>
          ))}
          {state.data && orders.length === 0 ? (
            <tr>
              <td colSpan={5} class="muted">
                无订单
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <div class="actions left">
        <button type="button" disabled={!state.data} onClick={download}>
          导出 JSON
        </button>
        <label for="f-import" class="button-like">
          导入 JSON
        </label>
        <input
          id="f-import"
          type="file"
          accept="application/json,.json"
          onChange={(e) => importFile(e.currentTarget as HTMLInputElement)}
        />
        <button type="button" aria-expanded={show ? 'true' : 'false'} onClick={() => setShow(!show)}>
          {show ? '收起完整状态' : '查看完整状态'}
        </button>
      </div>
      {show && state.data ? (
        // A scrolling box: focusable so that keyboard users can scroll it (axe scrollable-region-focusable).
        <section aria-label="完整状态（JSON）">
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus to be scrolled by keyboard */}
          <pre class="json" tabIndex={0}>
            {JSON.stringify(state.data, null, 2)}
          </pre>
        </section>
      ) : null}
    </section>
  );
}
