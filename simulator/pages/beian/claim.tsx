/**
 * 认领原万网备案 (spec §2): a filing made with 万网 before 2010-06, never moved nor imported; the
 * applicant enters its filing number, uploads the subject's ID document images, and the provider
 * reviews within 1 working day.
 */
import { useState } from 'preact/hooks';
import { api } from '../shared/api';
import { ErrorSummary, FindingsContext, Notice, TextField } from '../shared/form';
import { useAction } from '../shared/hooks';
import { navigate } from '../shared/router';
import type { Order } from '../shared/types';
import { pagePath } from './steps';

export function ClaimPage() {
  const [filingNumber, setFilingNumber] = useState('');
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const o = await action.run(() =>
      api.post<Order>('/api/beian/orders', { type: 'claim', filingNumber: filingNumber.trim() }),
    );
    if (o) navigate(pagePath(o.id, 'upload'));
  };
  return (
    <section>
      <h1>认领原万网备案</h1>
      <Notice kind="info">
        适用于 2010 年 6 月前在万网备案、且从未转到其他接入商、也未导入云账号的备案。认领需上传主办单位证件图片，1
        个工作日内审核。
      </Notice>
      <FindingsContext.Provider value={action.error?.fields ?? {}}>
        {action.error ? <ErrorSummary title={action.error.text} findings={action.error.fields} /> : null}
        <form class="panel" noValidate onSubmit={submit}>
          <TextField
            fieldKey="filingNumber"
            label="主体备案号"
            value={filingNumber}
            onValue={setFilingNumber}
            required
            placeholder="例如 京ICP备05012345号"
          />
          <div class="actions">
            <button type="submit" class="primary" disabled={action.busy}>
              认领备案
            </button>
          </div>
        </form>
      </FindingsContext.Provider>
    </section>
  );
}
