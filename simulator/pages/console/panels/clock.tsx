import { useState } from 'preact/hooks';
import { api } from '../../shared/api';
import { ErrorSummary, FindingsContext, TextField } from '../../shared/form';
import { fmtTime } from '../../shared/format';
import { useAction, useLoad } from '../../shared/hooks';
import type { PanelProps } from '../panel';

function toLocalInput(iso: string | undefined): string {
  return iso ? iso.slice(0, 16) : '';
}

export function ClockPanel({ tick, changed }: PanelProps) {
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
