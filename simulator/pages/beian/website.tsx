/**
 * 填写网站信息 (spec §4.3): one website at a time; 「保存，并继续添加网站」 saves and opens the next
 * one (several websites per order), 「下一步」 saves and goes on.
 */
import { useState } from 'preact/hooks';
import type { Principal, Website } from '../../../shared/domain/draft';
import { api } from '../shared/api';
import { ConfirmButton } from '../shared/confirm';
import { findingsSignature, useDraftState } from '../shared/draft-state';
import {
  CheckboxGroup,
  ErrorSummary,
  FieldMessages,
  FindingsContext,
  groupFindings,
  mergeFindings,
  Notice,
  Row,
  TextAreaField,
  TextField,
  useField,
} from '../shared/form';
import { useAction } from '../shared/hooks';
import { PRE_APPROVAL_TYPES, SERVICE_CONTENTS, WEBSITE_LANGUAGES } from '../shared/options';
import { href, navigate } from '../shared/router';
import type { Finding, Order, SaveResult } from '../shared/types';
import { canEdit, type OrderPageProps, ReadOnlyNote } from './order-kit';
import { PrincipalFields } from './principal';
import { nextPage, orderPages, pagePath } from './steps';

/** Types whose orders may hold several websites (spec §3 step 4). */
const MULTI_WEBSITE_TYPES = ['first', 'new-website-elsewhere', 'new-website-here', 'access-new'];

interface PrincipalChoice {
  value: string;
  label: string;
  principal: Principal;
}

/** Principals already on the order: the subject's and other websites' (spec §4.3 网站负责人). */
function principalChoices(order: Order, index: number): PrincipalChoice[] {
  const out: PrincipalChoice[] = [];
  const seen = new Set<string>();
  const add = (value: string, who: string, p: Principal | undefined) => {
    if (!p?.name || seen.has(`${p.idNumber ?? ''}|${p.name}`)) return;
    seen.add(`${p.idNumber ?? ''}|${p.name}`);
    out.push({ value, label: `${p.name}（${who}）`, principal: p });
  };
  add('subject', '主体负责人', order.draft.subject?.principal);
  (order.draft.websites ?? []).forEach((w, i) => {
    if (i !== index) add(`site-${i}`, `网站${i + 1}负责人`, w.principal);
  });
  return out;
}

export function WebsitePage({ order, onOrder, index }: OrderPageProps & { index: number }) {
  const websites = order.draft.websites ?? [];
  const editable = canEdit(order, 'save-website');
  const prefix = `websites[${index}]`;
  const form = useDraftState<Website>(() => {
    const w = structuredClone(websites[index] ?? {});
    return { ...w, domains: w.domains?.length ? w.domains : [''], principal: w.principal ?? {} };
  });
  const choices = principalChoices(order, index);
  const [choice, setChoice] = useState(() => {
    const p = form.value.principal;
    const match = choices.find(
      (c) => p?.idNumber && c.principal.idNumber === p.idNumber && c.principal.name === p.name,
    );
    return match ? match.value : p?.name ? 'new' : '';
  });
  const [mobileCode, setMobileCode] = useState('');
  const [warnings, setWarnings] = useState<Finding[]>([]);
  const [shownSig, setShownSig] = useState('');
  const action = useAction();
  const del = useAction();
  const w = form.value;
  const domains = w.domains ?? [''];
  const bound = order.serviceNumbers[index] ?? null;

  const save = async (then: 'next' | 'add' | 'app') => {
    const { domains: raw, serviceNumber, ...rest } = w;
    const body = {
      ...rest,
      domains: (raw ?? []).map((d) => d.trim()).filter(Boolean),
      ...(serviceNumber?.trim() && serviceNumber !== bound ? { serviceNumber: serviceNumber.trim() } : {}),
      ...(mobileCode.trim() ? { mobileCode: mobileCode.trim() } : {}),
    };
    const r = await action.run(() => api.put<SaveResult>(`/api/beian/orders/${order.id}/websites/${index}`, body));
    if (!r) return;
    onOrder(r.order);
    setWarnings(r.findings);
    const sig = `${then}:${findingsSignature(r.findings)}`;
    if (r.findings.length && sig !== shownSig) {
      setShownSig(sig);
      return;
    }
    if (then === 'add') navigate(pagePath(r.order.id, 'website', (r.order.draft.websites ?? []).length));
    else if (then === 'app') navigate(pagePath(r.order.id, 'app', (r.order.draft.apps ?? []).length));
    else navigate(pagePath(r.order.id, nextPage(r.order, 'website')));
  };

  const pickPrincipal = (value: string) => {
    setChoice(value);
    const c = choices.find((x) => x.value === value);
    form.set('principal')(value === 'new' ? {} : c ? structuredClone(c.principal) : form.value.principal);
  };

  const findings = mergeFindings(action.error?.fields ?? {}, groupFindings(warnings));
  const principalField = useFieldIn(findings, `${prefix}.principal`);
  return (
    <FindingsContext.Provider value={findings}>
      {!editable ? <ReadOnlyNote order={order} /> : null}
      <nav class="tabs" aria-label="本订单的网站">
        {websites.map((site, i) => (
          <a
            key={site.name ?? i}
            aria-current={i === index ? 'page' : undefined}
            href={href(pagePath(order.id, 'website', i))}
            class="tab-link"
          >
            网站{i + 1}
            {site.name ? `：${site.name}` : ''}
          </a>
        ))}
        {index >= websites.length ? (
          <span aria-current="page" class="tab-link">
            网站{index + 1}（新）
          </span>
        ) : null}
      </nav>
      {del.error ? <Notice kind="error">{del.error.text.zh}</Notice> : null}
      {action.error ? <ErrorSummary title={action.error.text} findings={action.error.fields} /> : null}
      {!action.error && warnings.length ? (
        <ErrorSummary
          title={{
            zh: '已保存。请查看以下提示，确认无误后再次点击按钮继续',
            en: 'Saved. Review the notes below, then press the button again',
          }}
          findings={groupFindings(warnings)}
        />
      ) : null}
      <form
        class="panel"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save('next');
        }}
      >
        <h2>网站基本信息</h2>
        <TextField
          fieldKey={`${prefix}.name`}
          value={w.name}
          onValue={form.set('name')}
          readOnly={!editable}
          required
        />
        <DomainList
          prefix={prefix}
          domains={domains}
          readOnly={!editable}
          onDomains={(d) => form.set('domains')(d as unknown as string)}
        />
        <TextField
          fieldKey={`${prefix}.homeUrl`}
          value={w.homeUrl}
          onValue={form.set('homeUrl')}
          readOnly={!editable}
          required
          placeholder="例如 www.example.com"
        />
        <CheckboxGroup
          fieldKey={`${prefix}.serviceContent`}
          value={w.serviceContent}
          onValue={(v) => form.set('serviceContent')(v)}
          options={SERVICE_CONTENTS}
          readOnly={!editable}
        />
        <CheckboxGroup
          fieldKey={`${prefix}.languages`}
          value={w.languages}
          onValue={(v) => form.set('languages')(v)}
          options={WEBSITE_LANGUAGES}
          readOnly={!editable}
        />
        <CheckboxGroup
          fieldKey={`${prefix}.preApproval`}
          value={w.preApproval}
          onValue={(v) => form.set('preApproval')(v)}
          options={PRE_APPROVAL_TYPES}
          readOnly={!editable}
        />
        <TextAreaField
          fieldKey={`${prefix}.remark`}
          value={w.remark}
          onValue={form.set('remark')}
          readOnly={!editable}
          hint="多个域名指向同一网站时请填写「域名指向同一网站」"
        />
        <TextField
          fieldKey={`${prefix}.serviceNumber`}
          value={w.serviceNumber ?? bound ?? ''}
          onValue={form.set('serviceNumber')}
          readOnly={!editable || !!bound}
          hint={bound ? '已绑定' : '留空时使用产品验证中选择的实例自动生成'}
        />
        <h2>网站负责人信息</h2>
        <Row field={principalField} label="网站负责人">
          <select
            {...principalField.control}
            value={choice}
            disabled={!editable}
            onChange={(e) => pickPrincipal((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">请选择</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
            <option value="new">填写新负责人信息</option>
          </select>
        </Row>
        <PrincipalFields
          prefix={`${prefix}.principal`}
          value={w.principal ?? {}}
          set={(f) => form.set(`principal.${f}`) as (v: string) => void}
          readOnly={!editable}
          mobileCode={mobileCode}
          onMobileCode={setMobileCode}
        />
        {editable ? (
          <div class="actions">
            {MULTI_WEBSITE_TYPES.includes(order.type) ? (
              <button type="button" disabled={action.busy} onClick={() => save('add')}>
                保存，并继续添加网站
              </button>
            ) : null}
            {orderPages(order).includes('app') ? (
              <button type="button" disabled={action.busy} onClick={() => save('app')}>
                保存，并添加APP
              </button>
            ) : null}
            <button type="submit" class="primary" disabled={action.busy}>
              下一步
            </button>
            {index < websites.length && websites.length > 1 ? (
              <ConfirmButton
                label="删除此网站"
                question={`确定删除网站${index + 1}？`}
                confirmLabel="确定删除"
                disabled={del.busy}
                onConfirm={async () => {
                  const o = await del.run(() => api.del<Order>(`/api/beian/orders/${order.id}/websites/${index}`));
                  if (o) {
                    onOrder(o);
                    navigate(pagePath(o.id, 'website', 0));
                  }
                }}
              />
            ) : null}
          </div>
        ) : (
          <div class="actions">
            <button type="button" onClick={() => navigate(pagePath(order.id, nextPage(order, 'website')))}>
              下一步
            </button>
          </div>
        )}
      </form>
    </FindingsContext.Provider>
  );
}

/** useField against an explicit findings map (the provider is rendered by this same component). */
function useFieldIn(findings: Record<string, Finding[]>, key: string) {
  const list = findings[key] ?? [];
  const id = `f-${key.replace(/\[(\d*)\]/g, '-$1').replace(/[^A-Za-z0-9-]+/g, '-')}`;
  return {
    id,
    findings: list,
    messageId: `${id}-msg`,
    control: {
      id,
      ...(list.some((f) => f.severity === 'error') ? { 'aria-invalid': 'true' as const } : {}),
      ...(list.length ? { 'aria-describedby': `${id}-msg` } : {}),
    },
  };
}

/** 网站域名 then 继续增加域名 rows (spec §4.3, §5.4). */
function DomainList({
  prefix,
  domains,
  onDomains,
  readOnly,
}: {
  prefix: string;
  domains: string[];
  onDomains: (d: string[]) => void;
  readOnly?: boolean;
}) {
  const list = useField(`${prefix}.domains`);
  return (
    <div class="domains">
      {domains.map((d, j) => (
        <TextField
          key={j}
          fieldKey={`${prefix}.domains[${j}]`}
          label={j === 0 ? '网站域名' : '继续增加域名'}
          value={d}
          onValue={(v) => onDomains(domains.map((x, k) => (k === j ? v : x)))}
          readOnly={readOnly}
          required={j === 0}
          placeholder="example.com"
          hint={
            j > 0 && !readOnly ? (
              <button
                type="button"
                class="link"
                aria-label={`删除域名 ${d || j + 1}`}
                onClick={() => onDomains(domains.filter((_, k) => k !== j))}
              >
                删除
              </button>
            ) : undefined
          }
        />
      ))}
      <FieldMessages field={list} />
      {!readOnly ? (
        <div class="actions" style={{ marginTop: 0, marginBottom: 14 }}>
          <button type="button" class="small" onClick={() => onDomains([...domains, ''])}>
            添加域名
          </button>
        </div>
      ) : null}
    </div>
  );
}
