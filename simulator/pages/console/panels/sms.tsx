import { useState } from 'preact/hooks';
import { api, inWorld } from '../../shared/api';
import { fmtTime } from '../../shared/format';
import { useLoad } from '../../shared/hooks';
import { LoadState } from '../../shared/layout';
import type { SimSms } from '../../shared/types';
import type { PanelProps } from '../panel';

export function SmsPanel({ tick }: PanelProps) {
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
        <a href={inWorld('/phone/')}>打开虚拟手机</a>
      </div>
      <LoadState loading={sms.loading && !sms.data} error={sms.error} />
      <section
        style={{ maxHeight: '360px', overflow: 'auto', marginTop: '8px' }}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box needs focus to be scrolled by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
        aria-label="短信列表"
      >
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
      </section>
    </section>
  );
}
