/**
 * The virtual phone (`/phone/`): pick a number, read its SMS with the carrier's sender number
 * (spec §6.2; virtual operators have none), the provider's notices, and run the Shanghai bureau
 * app (spec §9: 立即核验 → 手机验证 → 证件采集 → 人像 → the picture code).
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import '../shared/style.css';
import { api } from '../shared/api';
import { Bi, ErrorSummary, FindingsContext, Notice, TextField } from '../shared/form';
import { fmtTime, zh } from '../shared/format';
import { useAction, useLoad } from '../shared/hooks';
import { Layout, LoadState } from '../shared/layout';
import { href, navigate, useRoute } from '../shared/router';
import type { Bilingual, PhoneApp, PhoneMessage, PhoneNumber, Session } from '../shared/types';

type NumberItem = PhoneNumber & { messages?: number };

function NumberPicker({ current }: { current?: string }) {
  const numbers = useLoad(() => api.get<{ items: NumberItem[] }>('/api/phone/numbers'), [], 5000);
  const [other, setOther] = useState('');
  return (
    <div class="panel">
      <div class="inline">
        <label for="pick-number">手机号码</label>
        <select
          id="pick-number"
          value={current ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            if (v) navigate(`/m/${v}`);
          }}
        >
          <option value="">请选择号码</option>
          {numbers.data?.items.map((n) => (
            <option key={n.mobile} value={n.mobile}>
              {n.mobile} {n.owner ? `· ${n.owner}` : ''} · {zh(n.carrierLabel)}
              {n.messages ? `（${n.messages} 条）` : ''}
            </option>
          ))}
        </select>
        <label for="other-number">其他号码</label>
        <input
          id="other-number"
          style={{ width: '150px' }}
          inputMode="numeric"
          maxLength={11}
          value={other}
          onInput={(e) => setOther((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="button" disabled={!/^1\d{10}$/.test(other.trim())} onClick={() => navigate(`/m/${other.trim()}`)}>
          打开
        </button>
      </div>
      <LoadState loading={false} error={numbers.error} />
    </div>
  );
}

function Messages({ mobile }: { mobile: string }) {
  const msgs = useLoad(
    () =>
      api.get<{ mobile: string; carrier: string; carrierLabel: Bilingual | string; items: PhoneMessage[] }>(
        `/api/phone/${encodeURIComponent(mobile)}/messages`,
      ),
    [mobile],
    3000,
  );
  const session = useLoad(() => api.get<Session>('/api/session'), [], 3000);
  const items = msgs.data?.items ?? [];
  const sms = items.filter((m) => m.kind !== 'notice');
  const notices = items.filter((m) => m.kind === 'notice');
  return (
    <section class="phone" aria-label={`手机 ${mobile}`}>
      <div class="phone-status">
        <span>{msgs.data ? zh(msgs.data.carrierLabel) : ''}</span>
        <span>{fmtTime(session.data?.now)}</span>
      </div>
      <h2>短信</h2>
      <LoadState loading={msgs.loading && !msgs.data} error={msgs.error} />
      {msgs.data && sms.length === 0 ? <p class="muted">暂无短信</p> : null}
      <ul class="plain">
        {sms.map((m) => (
          <Sms key={m.id} m={m} />
        ))}
      </ul>
      <h2>服务商通知</h2>
      {msgs.data && notices.length === 0 ? <p class="muted">暂无通知</p> : null}
      <ul class="plain">
        {notices.map((m) => (
          <Sms key={m.id} m={m} />
        ))}
      </ul>
    </section>
  );
}

function Sms({ m }: { m: PhoneMessage }) {
  return (
    <li class="sms" data-kind={m.kind}>
      <div class="sms-from">发件人：{m.from ?? '（无固定号码）'}</div>
      <div class="sms-text">{m.text}</div>
      <div class="sms-time">{fmtTime(m.sentAt)}</div>
    </li>
  );
}

const APP_STEPS: { step: PhoneApp['step']; label: string }[] = [
  { step: 'install', label: '立即核验' },
  { step: 'verify-phone', label: '手机验证' },
  { step: 'id-capture', label: '证件采集' },
  { step: 'holding-photo', label: '人像' },
  { step: 'done', label: '图片码' },
];

function ShanghaiApp({ mobile }: { mobile: string }) {
  const app = useLoad(() => api.get<PhoneApp>(`/api/phone/${encodeURIComponent(mobile)}/app`), [mobile]);
  const action = useAction();
  const [code, setCode] = useState('');
  const [front, setFront] = useState(false);
  const [back, setBack] = useState(false);
  const [location, setLocation] = useState(true);
  const [inShanghai, setInShanghai] = useState(true);
  const call = async (path: string, body: unknown = {}) => {
    const r = await action.run(() => api.post<PhoneApp>(`/api/phone/${encodeURIComponent(mobile)}/app/${path}`, body));
    if (r) app.reload();
  };
  const step = app.data?.step ?? 'install';
  const index = APP_STEPS.findIndex((s) => s.step === step);
  return (
    <div class="phone">
      <div class="app-screen">
        <h2>上海管局APP（模拟）</h2>
        <ol class="steps" aria-label="APP核验步骤">
          {APP_STEPS.map((s, i) => (
            <li
              key={s.step}
              class={i === index ? 'current' : i < index ? 'done' : ''}
              aria-current={i === index ? 'step' : undefined}
            >
              {s.label}
            </li>
          ))}
        </ol>
        <LoadState loading={app.loading && !app.data} error={app.error} />
        <FindingsContext.Provider value={action.error?.fields ?? {}}>
          {action.error ? <ErrorSummary title={action.error.text} findings={action.error.fields} /> : null}
          {step === 'install' ? (
            <div>
              <p>请使用网站负责人的手机号码核验。核验时须允许APP获取位置信息，并在上海市内拍摄。</p>
              <button type="button" class="primary" disabled={action.busy} onClick={() => call('start')}>
                立即核验
              </button>
            </div>
          ) : null}
          {step === 'verify-phone' ? (
            <form
              class="stack-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                call('verify', { code: code.trim() });
              }}
            >
              <p>验证码已发送至 {mobile}，请在下方输入。</p>
              <TextField
                fieldKey="code"
                label="短信验证码"
                value={code}
                onValue={setCode}
                inputMode="numeric"
                maxLength={6}
              />
              <button type="submit" class="primary" disabled={action.busy}>
                下一步
              </button>
            </form>
          ) : null}
          {step === 'id-capture' ? (
            <div>
              <p>请拍摄身份证正反面。</p>
              <div class="inline">
                <button type="button" onClick={() => setFront(true)} aria-pressed={front ? 'true' : 'false'}>
                  拍摄人像面{front ? ' ✓' : ''}
                </button>
                <button type="button" onClick={() => setBack(true)} aria-pressed={back ? 'true' : 'false'}>
                  拍摄国徽面{back ? ' ✓' : ''}
                </button>
              </div>
              <p>
                <button
                  type="button"
                  class="primary"
                  disabled={action.busy}
                  onClick={() => call('id-capture', { front, back })}
                >
                  下一步
                </button>
              </p>
            </div>
          ) : null}
          {step === 'holding-photo' ? (
            <div>
              <p>请手持身份证拍摄人像照片。</p>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={location}
                  onChange={(e) => setLocation((e.currentTarget as HTMLInputElement).checked)}
                />
                允许获取位置信息
              </label>
              <br />
              <label class="choice">
                <input
                  type="checkbox"
                  checked={inShanghai}
                  onChange={(e) => setInShanghai((e.currentTarget as HTMLInputElement).checked)}
                />
                当前位于上海市
              </label>
              <p>
                <button
                  type="button"
                  class="primary"
                  disabled={action.busy}
                  onClick={() => call('holding-photo', { locationAllowed: location, inShanghai })}
                >
                  拍摄手持证件照
                </button>
              </p>
            </div>
          ) : null}
          {step === 'done' ? (
            <div>
              <p>核验照片已上传。请在备案系统中输入以下图片码：</p>
              <p class="app-code" data-picture-code={app.data?.pictureCode ?? ''}>
                <span class="sr-only">图片码：</span>
                {app.data?.pictureCode}
              </p>
            </div>
          ) : null}
        </FindingsContext.Provider>
        <p>
          <button type="button" class="link" disabled={action.busy} onClick={() => call('reset')}>
            删除APP并重新安装
          </button>
        </p>
      </div>
    </div>
  );
}

function PhonePage({ mobile, view }: { mobile: string; view: string }) {
  return (
    <>
      <NumberPicker current={mobile} />
      <nav class="tabs" aria-label="手机功能">
        <a class="tab-link" href={href(`/m/${mobile}`)} aria-current={view !== 'app' ? 'page' : undefined}>
          短信
        </a>
        <a class="tab-link" href={href(`/m/${mobile}/app`)} aria-current={view === 'app' ? 'page' : undefined}>
          上海管局APP
        </a>
      </nav>
      {view === 'app' ? <ShanghaiApp mobile={mobile} /> : <Messages mobile={mobile} />}
    </>
  );
}

function App() {
  const route = useRoute();
  const [first = '', mobile = '', view = ''] = route.parts;
  return (
    <Layout site="phone" title="虚拟手机">
      {first === 'm' && mobile ? (
        <PhonePage mobile={mobile} view={view} />
      ) : (
        <>
          <NumberPicker />
          <Notice kind="info">
            <Bi
              text={{
                zh: '选择一个手机号码查看它收到的短信：工信部短信核验验证码、服务商（95187）的通知和验证码。',
                en: 'Pick a number to read its SMS: MIIT check codes and the provider’s (95187) notices and codes.',
              }}
            />
          </Notice>
        </>
      )}
    </Layout>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
