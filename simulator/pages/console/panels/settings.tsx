import { useState } from 'preact/hooks';
import { api } from '../../shared/api';
import { useAction, useLoad } from '../../shared/hooks';
import type { Settings } from '../../shared/types';
import { ActionError, type PanelProps } from '../panel';

export function SettingsPanel({ tick, changed }: PanelProps) {
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
