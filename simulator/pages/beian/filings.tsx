/**
 * 我的备案 (spec §2): each subject filed here with its websites, statuses and filing numbers, and the
 * actions 增加网站, 继续接入备案, 变更主体, 变更网站信息, 注销主体, 注销网站, 取消接入 — none while
 * another order of the subject is in progress.
 */
import { useState } from 'preact/hooks';
import type { FilingType } from '../../../shared/domain/filing-types';
import { api } from '../shared/api';
import { Bi, Notice } from '../shared/form';
import { useAction, useLoad } from '../shared/hooks';
import { LoadState } from '../shared/layout';
import { href, navigate } from '../shared/router';
import type { FiledSubjectView, FiledWebsiteView, Order } from '../shared/types';
import { orderPages, pagePath } from './steps';

/** Button texts of the subject page (spec §2). */
export const ACTION_LABELS: Partial<Record<FilingType, string>> = {
  'new-website-here': '增加网站',
  'access-continue': '继续接入备案',
  'change-subject': '变更主体',
  'change-website': '变更网站信息',
  'cancel-subject': '注销主体',
  'cancel-website': '注销网站',
  'cancel-access': '取消接入',
};

const SUBJECT_LEVEL: FilingType[] = [
  'new-website-here',
  'access-continue',
  'change-subject',
  'cancel-subject',
  'cancel-access',
];
const WEBSITE_LEVEL: FilingType[] = ['change-website', 'cancel-website'];

type SiteView = FiledWebsiteView & { accessHere?: boolean; statusLabel?: { zh: string; en: string } };

export function FilingsPage() {
  const filings = useLoad(() => api.get<{ subjects: FiledSubjectView[] }>('/api/beian/filings'), []);
  return (
    <section>
      <h1>我的备案</h1>
      <LoadState loading={filings.loading && !filings.data} error={filings.error} />
      {filings.data && filings.data.subjects.length === 0 ? (
        <div class="panel muted">
          本账号下没有备案成功的主体。<a href={href('/start')}>开始备案</a>
        </div>
      ) : null}
      {filings.data?.subjects.map((s) => (
        <SubjectCard key={s.id} subject={s} />
      ))}
    </section>
  );
}

function SubjectCard({ subject }: { subject: FiledSubjectView & { accessHere?: boolean } }) {
  const start = useAction();
  const [choosing, setChoosing] = useState<FilingType>();
  const sites = subject.websites as SiteView[];
  const [siteId, setSiteId] = useState('');
  const busy = subject.orderInProgress !== null;
  const actions = busy ? [] : subject.actions;

  const begin = async (type: FilingType, websiteId?: string) => {
    const o = await start.run(() =>
      api.post<Order>('/api/beian/orders', { type, subjectId: subject.id, ...(websiteId ? { websiteId } : {}) }),
    );
    if (o) navigate(pagePath(o.id, orderPages(o)[0] ?? 'status'));
  };

  // 继续接入备案 needs the website to host here: ask when the subject has several candidates.
  const continueAccess = () => {
    const candidates = sites.filter((w) => w.status === 'filed' && w.accessHere === false);
    if (candidates.length === 1) begin('access-continue', candidates[0]?.id);
    else if (candidates.length === 0) begin('access-continue');
    else {
      setSiteId(candidates[0]?.id ?? '');
      setChoosing('access-continue');
    }
  };

  return (
    <div class="panel subject" data-subject-id={subject.id}>
      <h2>
        {subject.name} <span class="muted mono">{subject.filingNumber}</span>{' '}
        <span class={`tag ${subject.status === 'filed' ? 'tag-ok' : ''}`}>
          {subject.statusLabel?.zh ?? subject.status}
        </span>
      </h2>
      <dl class="kv">
        <dt>主体备案号</dt>
        <dd class="mono">{subject.filingNumber}</dd>
        <dt>省份</dt>
        <dd>{subject.province}</dd>
        <dt>主办单位性质</dt>
        <dd>{subject.nature}</dd>
        <dt>主办单位证件</dt>
        <dd>
          {subject.idType} <span class="mono">{subject.idNumber}</span>
        </dd>
      </dl>
      {busy && subject.orderInProgress ? (
        <Notice kind="info">
          该主体有进行中的订单（
          <a href={href(pagePath(subject.orderInProgress.id, 'status'))}>{subject.orderInProgress.id}</a>
          ），订单完成或放弃前不能进行其他操作。
        </Notice>
      ) : null}
      {start.error ? (
        <Notice kind="error">
          <Bi text={start.error.text} />
        </Notice>
      ) : null}
      {actions.length ? (
        <div class="actions left">
          {SUBJECT_LEVEL.filter((t) => actions.includes(t)).map((t) => (
            <button
              key={t}
              type="button"
              class={t.startsWith('cancel') ? 'danger' : ''}
              disabled={start.busy}
              onClick={() => (t === 'access-continue' ? continueAccess() : begin(t))}
            >
              {ACTION_LABELS[t]}
            </button>
          ))}
        </div>
      ) : null}
      {choosing ? (
        <div class="actions left">
          <label for={`pick-${subject.id}`}>选择要接入的网站</label>
          <select
            id={`pick-${subject.id}`}
            value={siteId}
            onChange={(e) => setSiteId((e.currentTarget as HTMLSelectElement).value)}
          >
            {sites
              .filter((w) => w.status === 'filed' && w.accessHere === false)
              .map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}（{w.filingNumber}）
                </option>
              ))}
          </select>
          <button type="button" class="primary" onClick={() => begin(choosing, siteId)}>
            确定
          </button>
          <button type="button" onClick={() => setChoosing(undefined)}>
            取消
          </button>
        </div>
      ) : null}
      <h3>网站</h3>
      <table class="grid">
        <thead>
          <tr>
            <th>网站名称</th>
            <th>域名</th>
            <th>网站备案号</th>
            <th>接入</th>
            <th>状态</th>
            <th>备案服务号</th>
            <th>操作</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((w) => (
            <tr key={w.id} data-website-id={w.id}>
              <td>{w.name}</td>
              <td>{w.domains.join('、')}</td>
              <td class="mono">{w.filingNumber}</td>
              <td>{w.accessHere === false ? '其他接入商' : '本平台'}</td>
              <td>
                <span class={`tag ${w.status === 'filed' ? 'tag-ok' : ''}`}>{w.statusLabel?.zh ?? w.status}</span>
              </td>
              <td class="mono">{w.serviceNumber ?? '—'}</td>
              <td>
                {w.status === 'filed'
                  ? WEBSITE_LEVEL.filter((t) => actions.includes(t)).map((t) => (
                      <button
                        key={t}
                        type="button"
                        class={`small ${t.startsWith('cancel') ? 'danger' : ''}`}
                        disabled={start.busy}
                        aria-label={`${ACTION_LABELS[t]}（${w.name}）`}
                        onClick={() => begin(t, w.id)}
                      >
                        {ACTION_LABELS[t]}
                      </button>
                    ))
                  : null}
              </td>
            </tr>
          ))}
          {sites.length === 0 ? (
            <tr>
              <td colSpan={7} class="muted">
                无网站
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {subject.apps?.length ? (
        <>
          <h3>APP / 小程序 / 快应用</h3>
          <table class="grid">
            <thead>
              <tr>
                <th>名称</th>
                <th>类型</th>
                <th>备案号</th>
                <th>状态</th>
              </tr>
            </thead>
            <tbody>
              {subject.apps.map((a) => (
                <tr key={a.id} data-app-id={a.id}>
                  <td>{a.name}</td>
                  <td>{APP_KIND_LABELS[a.kind] ?? a.kind}</td>
                  <td class="mono">{a.filingNumber}</td>
                  <td>
                    <span class={`tag ${a.status === 'filed' ? 'tag-ok' : ''}`}>{a.statusLabel?.zh ?? a.status}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}

const APP_KIND_LABELS: Record<string, string> = { app: 'APP', 'mini-program': '小程序', 'quick-app': '快应用' };
