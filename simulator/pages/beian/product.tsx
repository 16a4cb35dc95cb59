/**
 * 产品验证 (spec §3 step 2, §7): pick one of the account's instances from a paged list, or enter an
 * existing 备案服务号. Eligibility comes from the simulator (spec §7 rules in shared/process).
 */
import { useState } from 'preact/hooks';
import { api, qs } from '../shared/api';
import { Bi, ErrorSummary, FieldMessages, FindingsContext, SelectField, TextField, useField } from '../shared/form';
import { fmtDate } from '../shared/format';
import { useAction, useLoad } from '../shared/hooks';
import { LoadState } from '../shared/layout';
import { Pager } from '../shared/pager';
import { navigate } from '../shared/router';
import type { Instance, Labels, Order, Paged } from '../shared/types';
import { canEdit, type OrderPageProps, ReadOnlyNote } from './order-kit';
import { PENDING_SERVICE_NUMBER_KEY } from './start';
import { nextPage, pagePath } from './steps';

const PAGE_SIZE = 5;

export function ProductPage({ order, onOrder }: OrderPageProps) {
  const pending = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(PENDING_SERVICE_NUMBER_KEY);
  const [mode, setMode] = useState<'instance' | 'service-number'>(
    order.product?.serviceNumber || pending ? 'service-number' : 'instance',
  );
  const [instanceId, setInstanceId] = useState(order.product?.instanceId ?? '');
  const [serviceNumber, setServiceNumber] = useState(order.product?.serviceNumber ?? pending ?? '');
  const action = useAction();
  const editable = canEdit(order, 'product');

  const submit = async (e: Event) => {
    e.preventDefault();
    const body = mode === 'instance' ? { instanceId } : { serviceNumber: serviceNumber.trim() };
    const o = await action.run(() => api.put<Order>(`/api/beian/orders/${order.id}/product`, body));
    if (o) {
      sessionStorage.removeItem(PENDING_SERVICE_NUMBER_KEY);
      onOrder(o);
      navigate(pagePath(o.id, nextPage(o, 'product')));
    }
  };

  return (
    <FindingsContext.Provider value={action.error?.fields ?? {}}>
      {!editable ? <ReadOnlyNote order={order} /> : null}
      {action.error ? <ErrorSummary title={action.error.text} findings={action.error.fields} /> : null}
      <form class="panel" noValidate onSubmit={submit}>
        <fieldset class="row group">
          <legend class="row-label">验证方式</legend>
          <div class="row-control choices">
            <label class="choice">
              <input
                type="radio"
                name="mode"
                checked={mode === 'instance'}
                onChange={() => setMode('instance')}
                disabled={!editable}
              />
              选择云服务器实例
            </label>
            <label class="choice">
              <input
                type="radio"
                name="mode"
                checked={mode === 'service-number'}
                onChange={() => setMode('service-number')}
                disabled={!editable}
              />
              使用备案服务号
            </label>
          </div>
        </fieldset>
        {mode === 'instance' ? (
          <InstancePicker value={instanceId} onValue={setInstanceId} disabled={!editable} />
        ) : (
          <TextField
            fieldKey="serviceNumber"
            label="备案服务号"
            value={serviceNumber}
            onValue={setServiceNumber}
            readOnly={!editable}
            hint="在「备案服务号管理」中查看状态为「未使用」的备案服务号"
          />
        )}
        {editable ? (
          <div class="actions">
            <button type="submit" class="primary" disabled={action.busy}>
              下一步
            </button>
          </div>
        ) : null}
      </form>
    </FindingsContext.Provider>
  );
}

/** The account's instances, paged like the provider's console; only eligible rows can be picked. */
export function InstancePicker({
  value,
  onValue,
  disabled,
}: {
  value: string;
  onValue: (id: string) => void;
  disabled?: boolean;
}) {
  const [page, setPage] = useState(1);
  const [product, setProduct] = useState('');
  const labels = useLoad(() => api.get<Labels>('/api/beian/labels'), []);
  const list = useLoad(
    () => api.get<Paged<Instance>>(`/api/beian/instances${qs({ page, pageSize: PAGE_SIZE, product })}`),
    [page, product],
  );
  const field = useField('instanceId');
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  const productOptions = Object.entries(labels.data?.products ?? {}).map(([value, label]) => ({
    value,
    label: label.zh,
  }));
  return (
    <div>
      <SelectField
        fieldKey="product-filter"
        label="产品类型"
        value={product}
        onValue={(v) => {
          setProduct(v);
          setPage(1);
        }}
        options={productOptions}
        placeholder="全部产品"
      />
      <fieldset
        id={field.id}
        class={`instances ${field.findings.length ? 'has-error' : ''}`}
        aria-describedby={field.control['aria-describedby']}
        aria-invalid={field.control['aria-invalid']}
      >
        <legend class="sr-only">选择实例</legend>
        <LoadState loading={list.loading && !list.data} error={list.error} />
        {list.data ? (
          <table class="grid">
            <thead>
              <tr>
                <th>选择</th>
                <th>实例名称</th>
                <th>实例ID</th>
                <th>产品类型</th>
                <th>地域</th>
                <th>外网IP</th>
                <th>付费方式</th>
                <th>创建/到期时间</th>
                <th>可用状态</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((i) => (
                <tr key={i.id} class={value === i.id ? 'selected' : ''}>
                  <td>
                    <input
                      type="radio"
                      name="instanceId"
                      value={i.id}
                      aria-label={`选择实例 ${i.name}（${i.id}）`}
                      checked={value === i.id}
                      disabled={disabled || !i.eligibility.eligible}
                      onChange={() => onValue(i.id)}
                    />
                  </td>
                  <td>{i.name}</td>
                  <td class="mono">{i.id}</td>
                  <td>{i.productLabel.zh}</td>
                  <td>{i.regionName}</td>
                  <td class="mono">{i.publicIp ?? '—'}</td>
                  <td>{i.billing === 'subscription' ? `包年包月（${i.purchasedMonths}个月）` : '按量付费'}</td>
                  <td>
                    {fmtDate(i.createdAt)} / {fmtDate(i.expiresAt)}
                  </td>
                  <td>
                    <EligibilityText instance={i} />
                  </td>
                </tr>
              ))}
              {list.data.items.length === 0 ? (
                <tr>
                  <td colSpan={9} class="muted">
                    没有可用的实例
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        ) : null}
        <Pager total={list.data?.total ?? 0} page={page} pages={pages} onPage={setPage} />
        <FieldMessages field={field} />
      </fieldset>
    </div>
  );
}

export function EligibilityText({ instance }: { instance: Instance }) {
  const e = instance.eligibility;
  if (e.eligible)
    return (
      <span class="tag tag-ok">
        可用（剩余 {e.remaining}/{e.limit} 个）
      </span>
    );
  return (
    <div>
      <span class="tag tag-error">不可用</span>
      {e.reasons.map((r, k) => (
        <div key={k} class="hint">
          <Bi text={r} />
        </div>
      ))}
    </div>
  );
}
