import { api } from '../../shared/api';
import { useLoad } from '../../shared/hooks';
import { LoadState } from '../../shared/layout';
import type { PanelProps } from '../panel';

interface JournalEntry {
  method: string;
  path: string;
  status: number;
  at: string;
  ms: number;
  bodySize: number;
}

/** `GET /__sim/requests`: what this world was asked, newest first (a tester sees what the test did). */
export function RequestsPanel({ tick }: PanelProps) {
  const journal = useLoad(
    () => api.get<{ world: string; items: JournalEntry[]; dropped: number }>('/__sim/requests'),
    [tick],
    5_000,
  );
  const items = [...(journal.data?.items ?? [])].reverse().slice(0, 50);
  return (
    <section class="panel" aria-labelledby="h-requests">
      <h2 id="h-requests">请求记录</h2>
      <LoadState loading={journal.loading && !journal.data} error={journal.error} />
      <p class="muted">
        世界 {journal.data?.world ?? '—'} 最近的请求（最多 500 条
        {journal.data?.dropped ? `，已丢弃 ${journal.data.dropped} 条` : ''}）
      </p>
      <table class="grid" aria-label="请求记录">
        <thead>
          <tr>
            <th>时间</th>
            <th>方法</th>
            <th>路径</th>
            <th>状态</th>
            <th>耗时 ms</th>
            <th>请求体字节</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e, i) => (
            <tr key={`${e.at}-${i}`}>
              <td class="mono">{e.at.slice(11, 19)}</td>
              <td class="mono">{e.method}</td>
              <td class="mono">{e.path}</td>
              <td>{e.status === 0 ? '断开' : e.status}</td>
              <td>{e.ms}</td>
              <td>{e.bodySize}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
