/**
 * The testers' and trainers' console (`/console/`, issue 5 item 5): scenarios, clock, pending
 * reviews, SMS outbox, faults, captcha and other settings, state inspector with JSON export/import,
 * reset. Everything here goes through the control API (`/__sim/…`), so scripts can do the same.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import '../shared/style.css';
import { api } from '../shared/api';
import { ConfirmButton } from '../shared/confirm';
import { Bi, ErrorSummary, FindingsContext, Notice, SelectField, TextField } from '../shared/form';
import { fmtTime } from '../shared/format';
import { useAction, useLoad } from '../shared/hooks';
import { Layout, LoadState } from '../shared/layout';
import type { Fault, PendingReview, RejectionReason, Scenario, Settings, SimSms } from '../shared/types';

interface PanelProps {
  /** Changes whenever any panel changed the state: every panel reloads. */
  tick: number;
  changed: () => void;
}

function ActionError({ error }: { error?: { text: { zh: string; en: string } } }) {
  return error ? (
    <Notice kind="error">
      <Bi text={error.text} />
    </Notice>
  ) : null;
}

function ScenariosPanel({ tick, changed }: PanelProps) {
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

/** `2018-11-26T09:00:00+08:00` → `2018-11-26T09:00` for a datetime-local input. */
function toLocalInput(iso: string | undefined): string {
  return iso ? iso.slice(0, 16) : '';
}

function ClockPanel({ tick, changed }: PanelProps) {
  const clock = useLoad(() => api.get<{ now: string; running: boolean }>('/__sim/clock'), [tick], 5000);
  const action = useAction();
  const [custom, setCustom] = useState('PT5M');
  const [setTo, setSetTo] = useState('');
  const post = async (body: Record<string, unknown>) => {
    const r = await action.run(() => api.post<{ now: string }>('/__sim/clock', body));
    if (r) changed();
  };
  return (
    <section class="panel" aria-labelledby="h-clock">
      <h2 id="h-clock">时钟</h2>
      <p>
        模拟时间：
        <strong class="mono" data-now={clock.data?.now}>
          {fmtTime(clock.data?.now)}
        </strong>{' '}
        <span class="tag">{clock.data?.running ? '走时中' : '已冻结'}</span>
      </p>
      <p class="muted">工作日按周一至周五计算，不含法定节假日。</p>
      <FindingsContext.Provider value={action.error?.fields ?? {}}>
        {action.error ? <ErrorSummary title={action.error.text} findings={action.error.fields} /> : null}
        <div class="actions left">
          <button type="button" disabled={action.busy} onClick={() => post({ advance: 'PT5M' })}>
            前进 5 分钟
          </button>
          <button type="button" disabled={action.busy} onClick={() => post({ advance: 'PT1H' })}>
            前进 1 小时
          </button>
          <button type="button" disabled={action.busy} onClick={() => post({ advance: 'P1D' })}>
            前进 1 天
          </button>
          <button type="button" disabled={action.busy} onClick={() => post({ running: !clock.data?.running })}>
            {clock.data?.running ? '冻结时钟' : '让时钟走动'}
          </button>
        </div>
        <form
          class="stack-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            post({ advance: custom.trim() });
          }}
        >
          <TextField
            fieldKey="advance"
            label="前进时长"
            value={custom}
            onValue={setCustom}
            hint="ISO-8601 时长，如 PT30M、PT24H、P3D"
          />
          <div class="actions">
            <button type="submit" disabled={action.busy}>
              前进
            </button>
          </div>
        </form>
        <form
          class="stack-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const v = setTo || toLocalInput(clock.data?.now);
            if (v) post({ set: `${v.length === 16 ? `${v}:00` : v}+08:00` });
          }}
        >
          <div class="row">
            <div class="row-label">
              <label for="f-set">设置时间</label>
            </div>
            <div class="row-control">
              <input
                id="f-set"
                type="datetime-local"
                value={setTo || toLocalInput(clock.data?.now)}
                onInput={(e) => setSetTo((e.currentTarget as HTMLInputElement).value)}
              />
              <div class="hint">北京时间（+08:00）</div>
            </div>
          </div>
          <div class="actions">
            <button type="submit" disabled={action.busy}>
              设置
            </button>
          </div>
        </form>
      </FindingsContext.Provider>
    </section>
  );
}

const STAGE_LABEL: Record<string, string> = { initial: '初审', photo: '照片审核', bureau: '管局审核' };

function ReviewsPanel({ tick, changed }: PanelProps) {
  const reviews = useLoad(
    () => api.get<{ items: (PendingReview & { typeLabel?: { zh: string } })[] }>('/__sim/reviews'),
    [tick],
    5000,
  );
  const reasons = useLoad(() => api.get<{ items: RejectionReason[] }>('/__sim/rejection-reasons'), []);
  return (
    <section class="panel" aria-labelledby="h-reviews">
      <h2 id="h-reviews">待审核</h2>
      <LoadState loading={reviews.loading && !reviews.data} error={reviews.error} />
      {reviews.data && reviews.data.items.length === 0 ? <p class="muted">没有待审核的订单</p> : null}
      {reviews.data?.items.map((r) => (
        <ReviewRow key={`${r.orderId}-${r.stage}`} review={r} reasons={reasons.data?.items ?? []} changed={changed} />
      ))}
    </section>
  );
}

function ReviewRow({
  review,
  reasons,
  changed,
}: {
  review: PendingReview & { typeLabel?: { zh: string } };
  reasons: RejectionReason[];
  changed: () => void;
}) {
  const options = reasons.filter((r) => r.stages.includes(review.stage));
  const [reason, setReason] = useState('');
  const [custom, setCustom] = useState('');
  const action = useAction();
  const decide = async (decision: 'approve' | 'reject') => {
    const text = decision === 'reject' ? custom.trim() || options.find((o) => o.id === reason)?.text.zh || '' : '';
    const r = await action.run(() =>
      api.post(`/__sim/orders/${encodeURIComponent(review.orderId)}/review`, {
        stage: review.stage,
        decision,
        ...(text ? { reason: text } : {}),
      }),
    );
    if (r) changed();
  };
  const key = `review-${review.orderId}-${review.stage}`;
  return (
    <div class="review" data-order-id={review.orderId} data-stage={review.stage}>
      <h3>
        <span class="mono">{review.orderId}</span> · {STAGE_LABEL[review.stage] ?? review.stage} ·{' '}
        {review.typeLabel?.zh ?? review.type} · {review.province} · {review.subjectName ?? '—'}
      </h3>
      <p class="muted">
        开始：{fmtTime(review.since)}　预计完成：{fmtTime(review.dueAt)}
      </p>
      <div class="inline">
        <label for={`${key}-reason`}>驳回原因</label>
        <select
          id={`${key}-reason`}
          value={reason}
          onChange={(e) => setReason((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">请选择</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.text.zh}
            </option>
          ))}
        </select>
        <label for={`${key}-custom`}>其他原因</label>
        <input
          id={`${key}-custom`}
          style={{ width: '200px' }}
          value={custom}
          onInput={(e) => setCustom((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="actions left">
        <button type="button" class="primary" disabled={action.busy} onClick={() => decide('approve')}>
          通过
        </button>
        <button
          type="button"
          class="danger"
          disabled={action.busy || (!reason && !custom.trim())}
          onClick={() => decide('reject')}
        >
          驳回
        </button>
      </div>
      <ActionError error={action.error} />
      <hr />
    </div>
  );
}

function SmsPanel({ tick }: PanelProps) {
  const [to, setTo] = useState('');
  const sms = useLoad(
    () => api.get<{ items: SimSms[] }>(`/__sim/sms${to.trim() ? `?to=${encodeURIComponent(to.trim())}` : ''}`),
    [tick, to],
    5000,
  );
  const items = [...(sms.data?.items ?? [])].reverse();
  return (
    <section class="panel" aria-labelledby="h-sms">
      <h2 id="h-sms">短信发件箱</h2>
      <div class="inline">
        <label for="f-sms-to">收件号码</label>
        <input
          id="f-sms-to"
          style={{ width: '160px' }}
          value={to}
          onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)}
        />
        <a href="/phone/">打开虚拟手机</a>
      </div>
      <LoadState loading={sms.loading && !sms.data} error={sms.error} />
      <div style={{ maxHeight: '360px', overflow: 'auto', marginTop: '8px' }}>
        <table class="grid">
          <thead>
            <tr>
              <th>时间</th>
              <th>收件</th>
              <th>发件</th>
              <th>验证码</th>
              <th>内容</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m, i) => (
              <tr key={`${m.sentAt}-${i}`} data-kind={m.kind}>
                <td>{fmtTime(m.sentAt)}</td>
                <td class="mono">{m.to}</td>
                <td class="mono">{m.from ?? '（无）'}</td>
                <td class="mono">{m.code ?? '—'}</td>
                <td>{m.text}</td>
              </tr>
            ))}
            {sms.data && items.length === 0 ? (
              <tr>
                <td colSpan={5} class="muted">
                  暂无短信
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function FaultsPanel({ tick, changed }: PanelProps) {
  const faults = useLoad(() => api.get<{ items: Fault[] }>('/__sim/faults'), [tick]);
  const action = useAction();
  const [path, setPath] = useState('/api/beian/*');
  const [method, setMethod] = useState('');
  const [kind, setKind] = useState<Fault['kind']>('delay');
  const [ms, setMs] = useState('2000');
  const [status, setStatus] = useState('503');
  const [times, setTimes] = useState('');
  const add = async (e: Event) => {
    e.preventDefault();
    const body = {
      path: path.trim(),
      kind,
      ...(method ? { method } : {}),
      ...(kind === 'delay' && ms ? { ms: Number(ms) } : {}),
      ...(kind === 'error' && status ? { status: Number(status) } : {}),
      ...(times ? { times: Number(times) } : {}),
    };
    if (await action.run(() => api.post('/__sim/faults', body))) changed();
  };
  const remove = async (id?: string) => {
    if (await action.run(() => api.del(id ? `/__sim/faults/${encodeURIComponent(id)}` : '/__sim/faults'))) changed();
  };
  return (
    <section class="panel" aria-labelledby="h-faults">
      <h2 id="h-faults">故障注入</h2>
      <FindingsContext.Provider value={action.error?.fields ?? {}}>
        {action.error ? <ErrorSummary title={action.error.text} findings={action.error.fields} /> : null}
        <table class="grid">
          <thead>
            <tr>
              <th>ID</th>
              <th>路径</th>
              <th>方法</th>
              <th>类型</th>
              <th>参数</th>
              <th>剩余次数</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {faults.data?.items.map((f) => (
              <tr key={f.id}>
                <td class="mono">{f.id}</td>
                <td class="mono">{f.path}</td>
                <td>{f.method ?? '全部'}</td>
                <td>{f.kind}</td>
                <td>{f.kind === 'delay' ? `${f.ms} ms` : f.kind === 'error' ? `HTTP ${f.status}` : '断开连接'}</td>
                <td>{f.times ?? '不限'}</td>
                <td>
                  <button type="button" class="small" aria-label={`删除故障 ${f.id}`} onClick={() => remove(f.id)}>
                    删除
                  </button>
                </td>
              </tr>
            ))}
            {faults.data && faults.data.items.length === 0 ? (
              <tr>
                <td colSpan={7} class="muted">
                  无故障
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
        <form class="stack-form" noValidate onSubmit={add}>
          <h3>添加故障</h3>
          <TextField
            fieldKey="path"
            label="路径"
            value={path}
            onValue={setPath}
            hint="/api/ 开头；以 * 结尾表示前缀匹配"
          />
          <SelectField
            fieldKey="method"
            label="方法"
            value={method}
            onValue={setMethod}
            options={['GET', 'POST', 'PUT', 'DELETE']}
            placeholder="全部"
          />
          <SelectField
            fieldKey="kind"
            label="类型"
            value={kind}
            onValue={(v) => setKind((v || 'delay') as Fault['kind'])}
            options={[
              { value: 'delay', label: '延迟 delay' },
              { value: 'error', label: 'HTTP 错误 error' },
              { value: 'network', label: '断开连接 network' },
            ]}
          />
          {kind === 'delay' ? (
            <TextField fieldKey="ms" label="延迟毫秒" value={ms} onValue={setMs} inputMode="numeric" />
          ) : null}
          {kind === 'error' ? (
            <TextField fieldKey="status" label="状态码" value={status} onValue={setStatus} inputMode="numeric" />
          ) : null}
          <TextField
            fieldKey="times"
            label="次数"
            value={times}
            onValue={setTimes}
            inputMode="numeric"
            hint="留空表示直到删除"
          />
          <div class="actions">
            <button type="submit" class="primary" disabled={action.busy}>
              添加
            </button>
            <button type="button" disabled={action.busy} onClick={() => remove()}>
              全部清除
            </button>
          </div>
        </form>
      </FindingsContext.Provider>
    </section>
  );
}

function SettingsPanel({ tick, changed }: PanelProps) {
  const settings = useLoad(() => api.get<Settings>('/__sim/settings'), [tick]);
  const action = useAction();
  const [hours, setHours] = useState('');
  const save = async (patch: Partial<Settings>) => {
    if (await action.run(() => api.post<Settings>('/__sim/settings', patch))) changed();
  };
  const s = settings.data;
  const toggle = (key: 'captcha' | 'autoReview' | 'mobileVerification', label: string, hint: string) => (
    <div class="row">
      <div class="row-label" />
      <div class="row-control">
        <label class="choice">
          <input
            type="checkbox"
            checked={!!s?.[key]}
            disabled={!s || action.busy}
            onChange={(e) => save({ [key]: (e.currentTarget as HTMLInputElement).checked })}
          />
          {label}
        </label>
        <div class="hint">{hint}</div>
      </div>
    </div>
  );
  return (
    <section class="panel stack-form" aria-labelledby="h-settings">
      <h2 id="h-settings">设置</h2>
      <ActionError error={action.error} />
      {toggle('captcha', '启用验证码（图片验证码与拼图验证码）', '自动化测试可关闭')}
      {toggle('autoReview', '到期自动审核通过', '时钟越过各审核阶段的期限时自动通过（spec §10）')}
      {toggle('mobileVerification', '联系方式1须短信验证', '保存主体/网站信息时要求手机验证码')}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (hours) save({ smsValidHours: Number(hours) });
        }}
      >
        <div class="row">
          <div class="row-label">
            <label for="f-sms-hours">短信有效期（小时）</label>
          </div>
          <div class="row-control">
            <div class="inline">
              <input
                id="f-sms-hours"
                style={{ width: '90px' }}
                inputMode="numeric"
                value={hours || String(s?.smsValidHours ?? '')}
                onInput={(e) => setHours((e.currentTarget as HTMLInputElement).value)}
              />
              <button type="submit" disabled={action.busy}>
                保存
              </button>
            </div>
            <div class="hint">依据：{s?.smsValidHoursSource ?? 'spec §6.2'}</div>
          </div>
        </div>
      </form>
    </section>
  );
}

interface StateOrder {
  id: string;
  type: string;
  province: string;
  status: string;
  updatedAt: string;
}

function StatePanel({ tick, changed }: PanelProps) {
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
                <a href={`/beian/#/order/${encodeURIComponent(o.id)}/status`}>{o.id}</a>
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
      {show && state.data ? <pre class="json">{JSON.stringify(state.data, null, 2)}</pre> : null}
    </section>
  );
}

function App() {
  const [tick, setTick] = useState(0);
  const props: PanelProps = { tick, changed: () => setTick((t) => t + 1) };
  return (
    <Layout site="console" title="模拟器控制台" showSession>
      <h1>控制台</h1>
      <p class="muted">
        这里的每个操作都可以通过控制接口 <span class="mono">/__sim/…</span> 由脚本完成（见 simulator/API.md）。
      </p>
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
    </Layout>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
