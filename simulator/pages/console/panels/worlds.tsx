import { useState } from 'preact/hooks';
import { api, WORLD_ID, worldSite } from '../../shared/api';
import { ConfirmButton } from '../../shared/confirm';
import { Notice } from '../../shared/form';
import { fmtTime } from '../../shared/format';
import { useAction, useLoad } from '../../shared/hooks';
import { LoadState } from '../../shared/layout';
import type { Scenario } from '../../shared/types';
import { ActionError, type PanelProps } from '../panel';

/** `GET /__sim/worlds`: one row per world (simulator/handlers/worlds.ts `worldSummary`). */
interface WorldRow {
  id: string;
  scenario: string;
  now: string;
  counts: { orders: number; subjects: number; sms: number; requests: number };
  statuses: Record<string, number>;
  lastOrder: { id: string; type: string; status: string; updatedAt: string; steps: number } | null;
}

/**
 * Worlds (design §6): which world this console drives, switching to another, creating one per
 * trainee or test worker, and one table of every world's progress (refreshed every 5 s).
 */
export function WorldsPanel({ tick }: PanelProps) {
  const worlds = useLoad(() => api.get<{ items: WorldRow[] }>('/__sim/worlds'), [tick], 5_000);
  const scenarios = useLoad(() => api.get<{ items: Scenario[] }>('/__sim/scenarios'), []);
  const action = useAction();
  const [id, setId] = useState('');
  const [scenario, setScenario] = useState('empty');
  const [done, setDone] = useState('');
  const create = async () => {
    const r = await action.run(() => api.post<WorldRow>('/__sim/worlds', { id: id.trim(), scenario }));
    if (r) {
      setDone(`已创建世界 ${r.id}`);
      setId('');
      worlds.reload();
    }
  };
  const remove = async (world: string) => {
    const r = await action.run(() => api.del<{ removed: string }>(`/__sim/worlds/${encodeURIComponent(world)}`));
    if (r) {
      setDone(`已删除世界 ${r.removed}`);
      worlds.reload();
    }
  };
  const rows = worlds.data?.items ?? [];
  return (
    <section class="panel" aria-labelledby="h-worlds">
      <h2 id="h-worlds">世界 Worlds</h2>
      <p>
        当前世界：<strong class="mono">{WORLD_ID}</strong>
        <span class="muted">（每个世界有自己的订单、时钟、短信、故障和设置；地址前缀 /w/&lt;id&gt;/）</span>
      </p>
      <label for="f-world-switch">切换到世界</label>{' '}
      <select
        id="f-world-switch"
        value={WORLD_ID}
        onChange={(e) => {
          location.assign(worldSite((e.currentTarget as HTMLSelectElement).value, 'console'));
        }}
      >
        {rows.map((w) => (
          <option key={w.id} value={w.id}>
            {w.id}
          </option>
        ))}
      </select>
      {done ? <Notice kind="ok">{done}</Notice> : null}
      <ActionError error={action.error} />
      <form
        class="actions left"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label for="f-world-id">新世界 id（a-z 0-9 -）</label>
        <input
          id="f-world-id"
          value={id}
          maxLength={40}
          pattern="[a-z0-9-]{1,40}"
          onInput={(e) => setId((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="f-world-scenario">场景</label>
        <select
          id="f-world-scenario"
          value={scenario}
          onChange={(e) => setScenario((e.currentTarget as HTMLSelectElement).value)}
        >
          {(scenarios.data?.items ?? []).map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={action.busy || id.trim() === ''}>
          创建世界
        </button>
      </form>
      <LoadState loading={worlds.loading && !worlds.data} error={worlds.error} />
      <table class="grid" aria-label="各世界进度">
        <thead>
          <tr>
            <th>世界</th>
            <th>场景</th>
            <th>最新订单</th>
            <th>状态</th>
            <th>订单数</th>
            <th>短信</th>
            <th>请求</th>
            <th>更新时间</th>
            <th>操作</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((w) => (
            <tr key={w.id} aria-current={w.id === WORLD_ID ? 'true' : undefined}>
              <td class="mono">
                <a href={worldSite(w.id, 'console')}>{w.id}</a>
              </td>
              <td class="mono">{w.scenario}</td>
              <td class="mono">
                {w.lastOrder ? (
                  <a href={`${worldSite(w.id, 'beian')}#/order/${encodeURIComponent(w.lastOrder.id)}/status`}>
                    {w.lastOrder.id}
                  </a>
                ) : (
                  '—'
                )}
              </td>
              <td>{w.lastOrder ? `${w.lastOrder.status}（${w.lastOrder.type}）` : '—'}</td>
              <td>{w.counts.orders}</td>
              <td>{w.counts.sms}</td>
              <td>{w.counts.requests}</td>
              <td>{w.lastOrder ? fmtTime(w.lastOrder.updatedAt) : '—'}</td>
              <td>
                {w.id === 'default' ? null : (
                  <ConfirmButton
                    label={`删除（${w.id}）`}
                    question={`删除世界 ${w.id} 及其全部数据？`}
                    confirmLabel="确认删除"
                    onConfirm={() => void remove(w.id)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
