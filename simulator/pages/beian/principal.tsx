/**
 * 负责人 fields (spec §4.2), shared by the subject principal and each website principal. Labels are
 * the field catalogue's (shared/domain/fields.ts); only one principal form is on a page at a time.
 */
import { useState } from 'preact/hooks';
import type { Principal } from '../../../shared/domain/draft';
import { api } from '../shared/api';
import { Notice, SelectField, TextField } from '../shared/form';
import { maskMobile } from '../shared/format';
import { useAction } from '../shared/hooks';
import { LandlineField } from '../shared/landline';
import { PRINCIPAL_ID_TYPES } from '../shared/options';

interface PrincipalFieldsProps {
  /** `subject.principal` or `websites[0].principal`. */
  prefix: string;
  value: Principal;
  set: (field: keyof Principal) => (v: string) => void;
  readOnly?: boolean;
  mobileCode: string;
  onMobileCode: (v: string) => void;
}

export function PrincipalFields({ prefix, value, set, readOnly, mobileCode, onMobileCode }: PrincipalFieldsProps) {
  return (
    <>
      <TextField fieldKey={`${prefix}.name`} value={value.name} onValue={set('name')} readOnly={readOnly} required />
      <SelectField
        fieldKey={`${prefix}.idType`}
        value={value.idType}
        onValue={set('idType')}
        options={withCurrent(PRINCIPAL_ID_TYPES, value.idType)}
        disabled={readOnly}
        required
      />
      <TextField
        fieldKey={`${prefix}.idNumber`}
        value={value.idNumber}
        onValue={set('idNumber')}
        readOnly={readOnly}
        required
      />
      <TextField
        fieldKey={`${prefix}.mobile`}
        value={value.mobile}
        onValue={set('mobile')}
        readOnly={readOnly}
        required
        inputMode="numeric"
        maxLength={11}
        hint="管局短信核验的验证码只发送到联系方式1"
      />
      {!readOnly ? <MobileCodeRow mobile={value.mobile ?? ''} code={mobileCode} onCode={onMobileCode} /> : null}
      <LandlineField
        fieldKey={`${prefix}.landline`}
        value={value.landline}
        onValue={set('landline')}
        readOnly={readOnly}
        required
      />
      <TextField
        fieldKey={`${prefix}.emergencyPhone`}
        value={value.emergencyPhone}
        onValue={set('emergencyPhone')}
        readOnly={readOnly}
      />
      <TextField
        fieldKey={`${prefix}.email`}
        type="email"
        value={value.email}
        onValue={set('email')}
        readOnly={readOnly}
        required
      />
    </>
  );
}

/** 获取手机验证码 for 联系方式1 (spec §4.2); the code arrives on the virtual phone. */
function MobileCodeRow({ mobile, code, onCode }: { mobile: string; code: string; onCode: (v: string) => void }) {
  const [sent, setSent] = useState<string>();
  const action = useAction();
  return (
    <>
      <TextField
        fieldKey="mobileCode"
        label="手机验证码"
        value={code}
        onValue={onCode}
        inputMode="numeric"
        maxLength={6}
        hint={
          <span>
            <button
              type="button"
              class="small"
              disabled={action.busy || !/^1\d{10}$/.test(mobile.trim())}
              onClick={async () => {
                const r = await action.run(() =>
                  api.post<{ sentTo: string; sentAt: string }>('/api/beian/mobile-code', { mobile: mobile.trim() }),
                );
                if (r) setSent(r.sentTo);
              }}
            >
              获取手机验证码
            </button>{' '}
            验证码发送到联系方式1（可在「虚拟手机」中查看）
          </span>
        }
      />
      {sent ? <Notice kind="ok">验证码已发送至 {maskMobile(sent)}</Notice> : null}
      {action.error ? (
        <Notice kind="error">
          {action.error.text.zh} <span class="en">{action.error.text.en}</span>
        </Notice>
      ) : null}
    </>
  );
}

/** Options plus the current value when the list lacks it (data imported from elsewhere stays visible). */
export function withCurrent(options: readonly string[], current: string | undefined): string[] {
  return current && !options.includes(current) ? [...options, current] : [...options];
}
