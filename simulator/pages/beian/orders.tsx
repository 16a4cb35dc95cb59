import { api } from '../shared/api';
import { fmtTime } from '../shared/format';
import { useLoad } from '../shared/hooks';
import { LoadState } from '../shared/layout';
import { href } from '../shared/router';
import type { OrderSummary } from '../shared/types';
import { statusTag } from './order-kit';
import { pagePath } from './steps';

/** The account's orders, newest first. */
export function OrdersPage() {
  const orders = useLoad(() => api.get<{ items: OrderSummary[] }>('/api/beian/orders'), []);
  return (
    <section>
      <h1>备案订单</h1>
      <LoadState loading={orders.loading && !orders.data} error={orders.error} />
      {orders.data ? (
        <table class="grid">
          <thead>
            <tr>
              <th>订单号</th>
              <th>备案类型</th>
              <th>省份</th>
              <th>主办单位</th>
              <th>域名</th>
              <th>状态</th>
              <th>更新时间</th>
            </tr>
          </thead>
          <tbody>
            {orders.data.items.map((o) => (
              <tr key={o.id} data-order-id={o.id}>
                <td class="mono">
                  <a href={href(pagePath(o.id, 'status'))}>{o.id}</a>
                </td>
                <td>{o.typeLabel.zh}</td>
                <td>{o.province}</td>
                <td>{o.subjectName ?? '—'}</td>
                <td>{(o.domains ?? []).join('、') || '—'}</td>
                <td>
                  <span class={`tag ${statusTag(o.status)}`}>{o.statusLabel.zh}</span>
                </td>
                <td>{fmtTime(o.updatedAt)}</td>
              </tr>
            ))}
            {orders.data.items.length === 0 ? (
              <tr>
                <td colSpan={7} class="muted">
                  暂无订单。<a href={href('/start')}>开始备案</a>
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
