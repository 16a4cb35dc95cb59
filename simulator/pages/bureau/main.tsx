/**
 * The bureau's site (`/bureau/`, spec §6.4): the home page with 「备案短信核验」 at the bottom right,
 * and the SMS-check page with the tabs 短信核验 and 短信重发.
 */
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import '../shared/style.css';
import { api } from '../shared/api';
import { type CaptchaValue, PuzzleCaptchaField } from '../shared/captcha';
import { Bi, ErrorSummary, FieldMessages, FindingsContext, useField } from '../shared/form';
import { useAction } from '../shared/hooks';
import { Layout } from '../shared/layout';
import { href, useRoute } from '../shared/router';
import type { SmsCheckAnswer } from '../shared/types';

function Home() {
  return (
    <section class="bureau-home panel">
      <h1>ICP/IP地址/域名信息备案管理系统</h1>
      <p>本网站为模拟的省通信管理局备案网站，供备案流程演练使用。</p>
      <h2>通知公告</h2>
      <ul class="bureau-news">
        <li>关于开展互联网信息服务备案短信核验工作的通知</li>
        <li>备案信息真实性核验工作说明</li>
        <li>关于进一步加强互联网网站备案管理的通知</li>
      </ul>
      <div class="bureau-footer">
        <div class="muted">主办单位：省通信管理局（模拟）</div>
        <a class="bureau-entry" href={href('/sms')}>
          备案短信核验
        </a>
      </div>
    </section>
  );
}

/** An input with no visible label, only a placeholder, like the real page; aria-label carries the name. */
function PlaceholderInput(p: {
  fieldKey: string;
  placeholder: string;
  value: string;
  onValue: (v: string) => void;
  maxLength: number;
}) {
  const field = useField(p.fieldKey);
  return (
    <div class={field.findings.length ? 'has-error' : ''}>
      <input
        {...field.control}
        name={p.fieldKey}
        placeholder={p.placeholder}
        aria-label={p.placeholder}
        autoComplete="off"
        maxLength={p.maxLength}
        value={p.value}
        onInput={(e) => p.onValue((e.currentTarget as HTMLInputElement).value)}
      />
      <FieldMessages field={field} />
    </div>
  );
}

function useCaptchaState() {
  const [captcha, setCaptcha] = useState<CaptchaValue>({ captchaId: '', captcha: '' });
  const [reloadKey, setReloadKey] = useState(0);
  return { captcha, setCaptcha, reloadKey, reload: () => setReloadKey((k) => k + 1) };
}

function Result({ answer }: { answer: SmsCheckAnswer }) {
  const kind = answer.ok ? 'ok' : 'error';
  return (
    <div class={`notice notice-${kind}`} role={answer.ok ? 'status' : 'alert'} data-result={answer.result}>
      <div class="result">{answer.result}</div>
      {answer.message && answer.message.zh !== answer.result ? <Bi text={answer.message} block /> : null}
      {answer.ok && answer.remainingPhones ? (
        <div>该备案还有 {answer.remainingPhones} 个手机号码待核验，请继续核验。</div>
      ) : null}
      {answer.ok && answer.orderComplete ? <div>全部手机号码已核验，备案申请已进入管局审核。</div> : null}
    </div>
  );
}

function SmsCheckForm() {
  const [code, setCode] = useState('');
  const [mobile, setMobile] = useState('');
  const [idTail, setIdTail] = useState('');
  const cap = useCaptchaState();
  const action = useAction();
  const [answer, setAnswer] = useState<SmsCheckAnswer>();
  const submit = async (e: Event) => {
    e.preventDefault();
    setAnswer(undefined);
    const r = await action.run(() =>
      api.post<SmsCheckAnswer>('/api/bureau/sms-check', {
        code: code.trim(),
        mobile: mobile.trim(),
        idTail: idTail.trim(),
        ...cap.captcha,
      }),
    );
    cap.reload();
    if (r) {
      setAnswer(r);
      if (r.ok) {
        setCode('');
        setMobile('');
        setIdTail('');
      }
    }
  };
  return (
    <FindingsContext.Provider value={action.error?.fields ?? {}}>
      {answer ? <Result answer={answer} /> : null}
      {action.error ? <ErrorSummary title={action.error.text} findings={action.error.fields} /> : null}
      <form class="bureau-form" noValidate onSubmit={submit}>
        <div class="stack">
          <PlaceholderInput
            fieldKey="smsCheck.code"
            placeholder="短信验证码"
            value={code}
            onValue={setCode}
            maxLength={6}
          />
          <PlaceholderInput
            fieldKey="smsCheck.mobile"
            placeholder="手机号码"
            value={mobile}
            onValue={setMobile}
            maxLength={11}
          />
          <PlaceholderInput
            fieldKey="smsCheck.idTail"
            placeholder="证件号码后六位"
            value={idTail}
            onValue={setIdTail}
            maxLength={6}
          />
        </div>
        <PuzzleCaptchaField onValue={cap.setCaptcha} reloadKey={cap.reloadKey} />
        <button type="submit" class="primary" disabled={action.busy}>
          提交
        </button>
      </form>
    </FindingsContext.Provider>
  );
}

function SmsResendForm() {
  const [mobile, setMobile] = useState('');
  const cap = useCaptchaState();
  const action = useAction();
  const [answer, setAnswer] = useState<SmsCheckAnswer>();
  const submit = async (e: Event) => {
    e.preventDefault();
    setAnswer(undefined);
    const r = await action.run(() =>
      api.post<SmsCheckAnswer>('/api/bureau/sms-resend', { mobile: mobile.trim(), ...cap.captcha }),
    );
    cap.reload();
    if (r) setAnswer(r);
  };
  return (
    <FindingsContext.Provider value={action.error?.fields ?? {}}>
      {answer ? <Result answer={answer} /> : null}
      {action.error ? <ErrorSummary title={action.error.text} findings={action.error.fields} /> : null}
      <form class="bureau-form" noValidate onSubmit={submit}>
        <p class="muted">验证码将重新发送到该手机号码；重发不延长核验有效期。</p>
        <div class="stack">
          <PlaceholderInput
            fieldKey="smsCheck.mobile"
            placeholder="手机号码"
            value={mobile}
            onValue={setMobile}
            maxLength={11}
          />
        </div>
        <PuzzleCaptchaField onValue={cap.setCaptcha} reloadKey={cap.reloadKey} />
        <button type="submit" class="primary" disabled={action.busy}>
          提交
        </button>
      </form>
    </FindingsContext.Provider>
  );
}

const TABS = [
  { id: 'check', label: '短信核验' },
  { id: 'resend', label: '短信重发' },
] as const;

function SmsPage({ initial }: { initial: 'check' | 'resend' }) {
  const [tab, setTab] = useState<'check' | 'resend'>(initial);
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const next = tab === 'check' ? 'resend' : 'check';
    setTab(next);
    refs.current[next]?.focus();
  };
  return (
    <section class="panel">
      <h1>备案短信核验</h1>
      <div class="tabs" role="tablist" aria-label="备案短信核验">
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id ? 'true' : 'false'}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={onKey}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'check' ? <SmsCheckForm /> : <SmsResendForm />}
      </div>
      <p>
        <a href={href('/')}>返回首页</a>
      </p>
    </section>
  );
}

function App() {
  const route = useRoute();
  const [first = '', second = ''] = route.parts;
  return (
    <Layout site="bureau" title="通信管理局 ICP/IP地址/域名信息备案管理系统">
      {first === 'sms' ? <SmsPage key={second} initial={second === 'resend' ? 'resend' : 'check'} /> : <Home />}
    </Layout>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
