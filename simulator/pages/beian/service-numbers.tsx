/**
 * 备案服务号申请 / 备案服务号管理 (spec §7): instances with 实例名称, 实例ID, 外网IP, 创建/到期时间,
 * 已申请个数 and an 申请 button only on eligible ones; numbers with status and 去备案.
 */
import { useState } from 'preact/hooks';
import { api } from '../shared/api';
import { Bi, FieldMessages, FindingsContext, Notice, useField } from '../shared/form';
import { fmtDate, fmtTime } from '../shared/format';
import { useAction, useLoad } from '../shared/hooks';
import { LoadState } from '../shared/layout';
import { Pager } from '../shared/pager';
import { navigate } from '../shared/router';
import type { Instance, Paged, ServiceNumber } from '../shared/types';
import { EligibilityText } from './product';

const PAGE_SIZE = 10;

export function ServiceNumberApplyPage() {
  const [page, setPage] = useState(1);
  const list = useLoad(
    () => api.get<Paged<Instance>>(`/api/beian/instances?page=${page}&pageSize=${PAGE_SIZE}`),
    [page],
  );
  const apply = useAction();
  const [applying, setApplying] = useState('');
  const [issued, setIssued] = useState<ServiceNumber>();
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  return (
    <section>
      <h1>备案服务号申请</h1>
      <p class="muted">
        每个网站需要一个备案服务号。已用于备案成功的备案服务号不能再次使用（释放、删除后重新申请也不行）。剩余时长不足时请先续费。
      </p>
      {issued ? (
        <Notice kind="ok">
          已申请备案服务号 <span class="mono">{issued.number}</span>。
          <button type="button" class="link" onClick={() => navigate('/service-numbers')}>
            前往备案服务号管理
          </button>
        </Notice>
      ) : null}
      <LoadState loading={list.loading && !list.data} error={list.error} />
      {list.data ? (
        <table class="grid">
          <thead>
            <tr>
              <th>实例名称</th>
              <th>实例ID</th>
              <th>产品类型</th>
              <th>外网IP</th>
              <th>创建/到期时间</th>
              <th>已申请个数</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((i) => (
              <tr key={i.id} data-instance-id={i.id}>
                <td>{i.name}</td>
                <td class="mono">{i.id}</td>
                <td>{i.productLabel.zh}</td>
                <td class="mono">{i.publicIp ?? '—'}</td>
                <td>
                  {fmtDate(i.createdAt)}
                  <br />
                  {fmtDate(i.expiresAt)}
                </td>
                <td>
                  {i.numbersIssued}
                  {i.eligibility.limit ? ` / ${i.eligibility.limit}` : ''}
                </td>
                <td>
                  <FindingsContext.Provider value={applying === i.id ? (apply.error?.fields ?? {}) : {}}>
                    {i.eligibility.eligible ? (
                      <ApplyCell
                        instance={i}
                        busy={apply.busy}
                        error={applying === i.id ? apply.error?.text : undefined}
                        onApply={async () => {
                          setApplying(i.id);
                          setIssued(undefined);
                          const n = await apply.run(() =>
                            api.post<ServiceNumber>('/api/beian/service-numbers', { instanceId: i.id }),
                          );
                          if (n) {
                            setIssued(n);
                            list.reload();
                          }
                        }}
                      />
                    ) : (
                      <EligibilityText instance={i} />
                    )}
                  </FindingsContext.Provider>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pager total={list.data?.total ?? 0} page={page} pages={pages} onPage={setPage} />
    </section>
  );
}

function ApplyCell({
  instance,
  busy,
  error,
  onApply,
}: {
  instance: Instance;
  busy: boolean;
  error?: { zh: string; en: string };
  onApply: () => void;
}) {
  const field = useField('instanceId');
  return (
    <div>
      <button
        type="button"
        class="small primary"
        disabled={busy}
        aria-label={`申请（${instance.name}）`}
        aria-describedby={field.control['aria-describedby']}
        onClick={onApply}
      >
        申请
      </button>
      <div class="hint">剩余 {instance.eligibility.remaining} 个</div>
      {error && !field.findings.length ? (
        <div class="finding finding-error" role="alert">
          <Bi text={error} />
        </div>
      ) : null}
      <FieldMessages field={field} />
    </div>
  );
}

const STATUS_TAG: Record<string, string> = { 未使用: 'tag-info', 已绑定: 'tag-warn', 已使用: 'tag-ok' };

export function ServiceNumberManagePage() {
  const list = useLoad(() => api.get<{ items: ServiceNumber[] }>('/api/beian/service-numbers'), []);
  const del = useAction();
  return (
    <section>
      <h1>备案服务号管理</h1>
      {del.error ? (
        <Notice kind="error">
          <Bi text={del.error.text} />
        </Notice>
      ) : null}
      <LoadState loading={list.loading && !list.data} error={list.error} />
      {list.data ? (
        <table class="grid">
          <thead>
            <tr>
              <th>备案服务号</th>
              <th>实例ID</th>
              <th>产品类型</th>
              <th>状态</th>
              <th>订单</th>
              <th>创建时间</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((n) => (
              <tr key={n.number} data-service-number={n.number}>
                <td class="mono">{n.number}</td>
                <td class="mono">{n.instanceId}</td>
                <td>{(n as ServiceNumber & { productLabel?: { zh: string } }).productLabel?.zh ?? n.product}</td>
                <td>
                  <span class={`tag ${STATUS_TAG[n.status] ?? ''}`}>{n.status}</span>
                </td>
                <td class="mono">{n.orderId ?? '—'}</td>
                <td>{fmtTime(n.createdAt)}</td>
                <td>
                  {n.status === '未使用' ? (
                    <>
                      <button
                        type="button"
                        class="small primary"
                        aria-label={`去备案（${n.number}）`}
                        onClick={() => navigate(`/start?serviceNumber=${encodeURIComponent(n.number)}`)}
                      >
                        去备案
                      </button>{' '}
                      <button
                        type="button"
                        class="small danger"
                        disabled={del.busy}
                        aria-label={`删除（${n.number}）`}
                        onClick={async () => {
                          if (
                            await del.run(() => api.del(`/api/beian/service-numbers/${encodeURIComponent(n.number)}`))
                          )
                            list.reload();
                        }}
                      >
                        删除
                      </button>
                    </>
                  ) : (
                    <span class="muted">—</span>
                  )}
                </td>
              </tr>
            ))}
            {list.data.items.length === 0 ? (
              <tr>
                <td colSpan={7} class="muted">
                  暂无备案服务号
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
