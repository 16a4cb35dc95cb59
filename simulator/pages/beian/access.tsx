/**
 * Access filings: 主体备案号, 网站备案号 and ICP备案密码 (spec §2, §4.4). Cancellations: the ICP备案密码,
 * and for 取消接入 also the SMS code sent to the account phone (spec §2).
 */
import { useState } from 'preact/hooks';
import { ACCESS_FILING_TYPES } from '../../../shared/domain/filing-types';
import { NEXT_STEP } from '../../../shared/process/filing-type';
import { api } from '../shared/api';
import { Bi, ErrorSummary, FindingsContext, Notice, TextField } from '../shared/form';
import { useAction } from '../shared/hooks';
import { navigate } from '../shared/router';
import type { Order } from '../shared/types';
import { canEdit, type OrderPageProps, ReadOnlyNote } from './order-kit';
import { nextPage, pagePath } from './steps';

export function AccessPage({ order, onOrder }: OrderPageProps) {
  const accessType = ACCESS_FILING_TYPES.includes(order.type);
  const needsAccountCode = order.steps.includes('sms-account-code');
  const editable = canEdit(order, 'access');
  const [filingNumber, setFilingNumber] = useState(order.draft.filingNumber ?? '');
  const [websiteFilingNumber, setWebsiteFilingNumber] = useState(order.draft.websites?.[0]?.filingNumber ?? '');
  const [password, setPassword] = useState('');
  const [accountCode, setAccountCode] = useState('');
  const [codeSentTo, setCodeSentTo] = useState<string>();
  const action = useAction();
  const codeAction = useAction();
  const passwordSet = order.draft.filingPassword === '******';

  const submit = async (e: Event) => {
    e.preventDefault();
    const body: Record<string, string> = {};
    if (filingNumber.trim()) body.filingNumber = filingNumber.trim();
    if (accessType && websiteFilingNumber.trim()) body.websiteFilingNumber = websiteFilingNumber.trim();
    if (password) body.filingPassword = password;
    if (needsAccountCode && accountCode.trim()) body.accountCode = accountCode.trim();
    const o = await action.run(() => api.put<Order>(`/api/beian/orders/${order.id}/access`, body));
    if (o) {
      onOrder(o);
      navigate(pagePath(o.id, nextPage(o, 'access')));
    }
  };

  return (
    <FindingsContext.Provider value={action.error?.fields ?? {}}>
      {!editable ? <ReadOnlyNote order={order} /> : null}
      <Notice kind={order.type === 'cancel-subject' ? 'warn' : 'info'}>
        <Bi text={NEXT_STEP[order.type]} />
      </Notice>
      {action.error ? <ErrorSummary title={action.error.text} findings={action.error.fields} /> : null}
      <form class="panel" noValidate onSubmit={submit}>
        <TextField
          fieldKey="filingNumber"
          value={filingNumber}
          onValue={setFilingNumber}
          readOnly={!editable}
          required={accessType}
          placeholder="例如 浙ICP备12345678号"
        />
        {accessType ? (
          <TextField
            fieldKey="websites[0].filingNumber"
            extraKeys={['websiteFilingNumber']}
            value={websiteFilingNumber}
            onValue={setWebsiteFilingNumber}
            readOnly={!editable}
            required
            placeholder="例如 浙ICP备12345678号-1"
          />
        ) : null}
        <TextField
          fieldKey="filingPassword"
          type="password"
          value={password}
          onValue={setPassword}
          readOnly={!editable}
          required
          autoComplete="new-password"
          hint={
            passwordSet
              ? '已填写备案密码；如需更正请重新输入'
              : '工信部发放的备案密码；忘记时可在管局或工信部网站找回。密码错误会导致管局驳回'
          }
        />
        {needsAccountCode ? (
          <TextField
            fieldKey="accountCode"
            label="短信验证码"
            value={accountCode}
            onValue={setAccountCode}
            readOnly={!editable}
            required
            inputMode="numeric"
            maxLength={6}
            hint={
              <span>
                <button
                  type="button"
                  class="small"
                  disabled={!editable || codeAction.busy}
                  onClick={async () => {
                    const r = await codeAction.run(() =>
                      api.post<{ sentTo: string }>('/api/beian/account-code', { purpose: 'cancel-access' }),
                    );
                    if (r) setCodeSentTo(r.sentTo);
                  }}
                >
                  获取验证码
                </button>{' '}
                {codeSentTo ? (
                  <span role="status">验证码已发送至 {codeSentTo}</span>
                ) : order.accountCodeVerified ? (
                  '账号手机验证码已验证'
                ) : (
                  '验证码发送到本账号绑定的手机'
                )}
                {codeAction.error ? (
                  <span role="alert" class="finding finding-error">
                    {codeAction.error.text.zh}
                  </span>
                ) : null}
              </span>
            }
          />
        ) : null}
        <div class="actions">
          {editable ? (
            <button type="submit" class="primary" disabled={action.busy}>
              下一步
            </button>
          ) : (
            <button type="button" onClick={() => navigate(pagePath(order.id, nextPage(order, 'access')))}>
              下一步
            </button>
          )}
        </div>
      </form>
    </FindingsContext.Provider>
  );
}
