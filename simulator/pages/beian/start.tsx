/**
 * 开始备案: the type-determination form of spec §2 (region, nature, document, domain, picture
 * captcha, 「验证备案类型」), then the decided type and its next step.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../shared/api';
import { type CaptchaValue, PictureCaptchaField } from '../shared/captcha';
import {
  Bi,
  ErrorSummary,
  FindingsContext,
  groupFindings,
  mergeFindings,
  Notice,
  SelectField,
  TextField,
} from '../shared/form';
import { useAction } from '../shared/hooks';
import { idTypesFor, SUBJECT_NATURES } from '../shared/options';
import { RegionSelects, type RegionValue } from '../shared/region';
import { navigate } from '../shared/router';
import type { TypeDecision } from '../shared/types';
import { ACTION_LABELS } from './filings';
import { orderPages, pagePath, pageTitle } from './steps';

export const PENDING_SERVICE_NUMBER_KEY = 'icp-sim-service-number';

export function StartPage({ query }: { query: URLSearchParams }) {
  const [region, setRegion] = useState<RegionValue>({});
  const [nature, setNature] = useState('');
  const [idType, setIdType] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [domain, setDomain] = useState('');
  const [captcha, setCaptcha] = useState<CaptchaValue>({ captchaId: '', captcha: '' });
  const [captchaKey, setCaptchaKey] = useState(0);
  const [result, setResult] = useState<TypeDecision>();
  const action = useAction();
  const serviceNumber = query.get('serviceNumber');
  // 去备案 from 备案服务号管理: the product step offers this number (simulator pages only, per tab).
  useEffect(() => {
    if (serviceNumber) sessionStorage.setItem(PENDING_SERVICE_NUMBER_KEY, serviceNumber);
  }, [serviceNumber]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setResult(undefined);
    const r = await action.run(() =>
      api.post<TypeDecision>('/api/beian/type-decision', {
        province: region.province ?? '',
        ...(region.city ? { city: region.city } : {}),
        ...(region.district ? { district: region.district } : {}),
        nature,
        idType,
        idNumber: idNumber.trim(),
        domain: domain.trim(),
        captchaId: captcha.captchaId,
        captcha: captcha.captcha.trim(),
      }),
    );
    // Each captcha is single-use: any attempt consumes it.
    setCaptchaKey((k) => k + 1);
    if (r) setResult(r);
  };

  const findings = mergeFindings(action.error?.fields ?? {}, groupFindings(result?.findings ?? []));
  return (
    <section>
      <h1>开始备案</h1>
      {serviceNumber ? (
        <Notice kind="info">将使用备案服务号 {serviceNumber} 进行备案：完成备案类型验证后在「产品验证」中确认。</Notice>
      ) : null}
      <FindingsContext.Provider value={findings}>
        {action.error ? <ErrorSummary title={action.error.text} findings={action.error.fields} /> : null}
        <form class="panel" noValidate onSubmit={submit}>
          <RegionSelects prefix="subject" label="主办单位所属区域" value={region} onValue={setRegion} required />
          <SelectField
            fieldKey="subject.nature"
            value={nature}
            onValue={(v) => {
              setNature(v);
              setIdType('');
            }}
            options={SUBJECT_NATURES.map((n) => n.nature)}
            required
          />
          <SelectField
            fieldKey="subject.idType"
            value={idType}
            onValue={setIdType}
            options={idTypesFor(nature)}
            disabled={!nature}
            placeholder={nature ? '请选择' : '请先选择主办单位性质'}
            required
          />
          <TextField fieldKey="subject.idNumber" value={idNumber} onValue={setIdNumber} required />
          <TextField
            fieldKey="websites[0].domains[0]"
            label="域名"
            value={domain}
            onValue={setDomain}
            required
            placeholder="例如 example.com，不含 www"
          />
          <PictureCaptchaField value={captcha} onValue={setCaptcha} reloadKey={captchaKey} />
          <div class="actions">
            <button type="submit" class="primary" disabled={action.busy}>
              验证备案类型
            </button>
          </div>
        </form>
      </FindingsContext.Provider>
      {result ? <DecisionPanel result={result} /> : null}
    </section>
  );
}

function DecisionPanel({ result }: { result: TypeDecision }) {
  const next = typeof result.next === 'string' ? { zh: result.next, en: result.next } : result.next;
  const order = result.order;
  const firstPage = order ? orderPages(order)[0] : undefined;
  return (
    <div class="panel" role="status" aria-live="polite" data-filing-type={result.type}>
      <h2>备案类型</h2>
      <dl class="kv">
        <dt>备案类型</dt>
        <dd>
          <strong class="filing-type">{result.label.zh}</strong> <span class="en">{result.label.en}</span>
        </dd>
        <dt>判断依据</dt>
        <dd>
          <Bi text={result.reason} />
        </dd>
        <dt>下一步</dt>
        <dd>
          <Bi text={next} />
        </dd>
        {result.available?.length ? (
          <>
            <dt>可选操作</dt>
            <dd>在「我的备案」中选择：{result.available.map((t) => ACTION_LABELS[t] ?? t).join('、')}</dd>
          </>
        ) : null}
        {order ? (
          <>
            <dt>订单号</dt>
            <dd class="mono">{order.id}</dd>
          </>
        ) : null}
      </dl>
      <div class="actions">
        {order && firstPage ? (
          <button type="button" class="primary" onClick={() => navigate(pagePath(order.id, firstPage))}>
            下一步：{pageTitle(firstPage, order)}
          </button>
        ) : null}
        {result.startFrom === 'my-filings' ? (
          <button type="button" class="primary" onClick={() => navigate('/filings')}>
            前往我的备案
          </button>
        ) : null}
      </div>
    </div>
  );
}
