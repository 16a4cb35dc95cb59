import { useState } from 'preact/hooks';
import { api } from '../../shared/api';
import { ConfirmButton } from '../../shared/confirm';
import { Notice } from '../../shared/form';
import { fmtTime } from '../../shared/format';
import { useAction, useLoad } from '../../shared/hooks';
import { LoadState } from '../../shared/layout';
import type { Scenario } from '../../shared/types';
import { ActionError, type PanelProps } from '../panel';

export function ScenariosPanel({ tick, changed }: PanelProps) {
  const list = useLoad(() => api.get<{ items: Scenario[] }>('/__sim/scenarios'), []);
  const state = useLoad(() => api.get<{ scenario: string }>('/__sim/state'), [tick]);
  const action = useAction();
  const [done, setDone] = useState('');
  const load = async (scenario: string) => {
    const r = await action.run(() => api.post<{ scenario: string; now: string }>('/__sim/reset', { scenario }));
    if (r) {
      setDone(`已载入场景 ${r.scenario}（模拟时间 ${fmtTime(r.now)}）`);
      changed();
    }
  };
  return (
    <section class="panel" aria-labelledby="h-scenarios">
      <h2 id="h-scenarios">场景</h2>
      <p>
        当前场景：<strong class="mono">{state.data?.scenario ?? '—'}</strong>
      </p>
      {done ? <Notice kind="ok">{done}</Notice> : null}
      <ActionError error={action.error} />
      <LoadState loading={list.loading && !list.data} error={list.error} />
      <table class="grid">
        <thead>
          <tr>
            <th>场景</th>
            <th>说明</th>
            <th>操作</th>
          </tr>
        </thead>
        <tbody>
          {list.data?.items.map((s) => (
            <tr key={s.name}>
              <td class="mono">{s.name}</td>
              <td>{s.description}</td>
              <td>
                <button
                  type="button"
                  class="small"
                  disabled={action.busy}
                  aria-label={`载入场景 ${s.name}`}
                  onClick={() => load(s.name)}
                >
                  载入
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions left">
        <ConfirmButton
          label="重置"
          question="重置为默认场景（empty），当前状态将丢失？"
          confirmLabel="确定重置"
          disabled={action.busy}
          onConfirm={() => load('empty')}
        />
      </div>
    </section>
  );
}
