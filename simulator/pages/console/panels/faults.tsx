import { useState } from 'preact/hooks';
import { api } from '../../shared/api';
import { ErrorSummary, FindingsContext, SelectField, TextField } from '../../shared/form';
import { useAction, useLoad } from '../../shared/hooks';
import type { Fault } from '../../shared/types';
import type { PanelProps } from '../panel';

export function FaultsPanel({ tick, changed }: PanelProps) {
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
