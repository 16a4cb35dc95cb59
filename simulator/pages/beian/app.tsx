/**
 * 填写APP信息 (apps since 2023; design §3 `apps[]`): one app at a time, its 运行平台 rows, the
 * 应用图标 upload (≤ 100 KB) and the APP负责人. 「保存，并继续添加APP」 saves and opens the next one,
 * 「下一步」 saves and goes on. The server checks with the same rules as the extension.
 */
import { useState } from 'preact/hooks';
import type { App, AppPlatform } from '../../../shared/domain/draft';
import { api } from '../shared/api';
import { ConfirmButton } from '../shared/confirm';
import { findingsSignature, useDraftState } from '../shared/draft-state';
import {
  CheckboxGroup,
  ErrorSummary,
  FindingsContext,
  groupFindings,
  mergeFindings,
  Notice,
  Row,
  SelectField,
  TextAreaField,
  TextField,
  useField,
} from '../shared/form';
import { useAction } from '../shared/hooks';
import { PRE_APPROVAL_TYPES, SERVICE_CONTENTS, WEBSITE_LANGUAGES } from '../shared/options';
import { href, navigate } from '../shared/router';
import type { Finding, Order, SaveResult } from '../shared/types';
import { PlatformRows } from './app-platforms';
import { canEdit, type OrderPageProps, ReadOnlyNote } from './order-kit';
import { PrincipalFields } from './principal';
import { nextPage, pagePath } from './steps';

const APP_KIND_OPTIONS = [
  { value: 'app', label: 'APP' },
  { value: 'mini-program', label: '小程序' },
  { value: 'quick-app', label: '快应用' },
] as const;

/** Mini programs and quick apps have no build fields or domains (MIIT annex). */
const hasBuild = (kind: string | undefined) => !kind || kind === 'app';

export function AppPage({ order, onOrder, index }: OrderPageProps & { index: number }) {
  const apps = order.draft.apps ?? [];
  const editable = canEdit(order, 'save-app');
  const prefix = `apps[${index}]`;
  const form = useDraftState<App>(() => {
    const a = structuredClone(apps[index] ?? {});
    return {
      kind: 'app',
      ...a,
      platforms: a.platforms?.length ? a.platforms : [{ platform: 'android' }, { platform: 'ios' }],
      principal: a.principal ?? structuredClone(order.draft.subject?.principal ?? {}),
    };
  });
  const [mobileCode, setMobileCode] = useState('');
  const [warnings, setWarnings] = useState<Finding[]>([]);
  const [shownSig, setShownSig] = useState('');
  const [needIcon, setNeedIcon] = useState(false);
  const action = useAction();
  const del = useAction();
  const a = form.value;
  const build = hasBuild(a.kind);

  const save = async (then: 'next' | 'add') => {
    const { domains, sdks, platforms, icon: _i, iconBytes: _b, filingNumber: _f, ...rest } = a;
    const body: App & { mobileCode?: string } = {
      ...rest,
      ...(build
        ? {
            platforms: (platforms ?? []).map(trimPlatform),
            domains: (domains ?? []).map((d) => d.trim()).filter(Boolean),
          }
        : {}),
      ...(sdks?.length ? { sdks: sdks.map((s) => s.trim()).filter(Boolean) } : {}),
      ...(mobileCode.trim() ? { mobileCode: mobileCode.trim() } : {}),
    };
    const r = await action.run(() => api.put<SaveResult>(`/api/beian/orders/${order.id}/apps/${index}`, body));
    if (!r) return;
    onOrder(r.order);
    setWarnings(r.findings);
    const sig = `${then}:${findingsSignature(r.findings)}`;
    const fresh = r.findings.length > 0 && sig !== shownSig;
    if (fresh) setShownSig(sig);
    // The icon is uploaded to a saved app: stay here until it is there.
    if (build && !r.order.uploads.some((u) => u.kind === 'app-icon' && u.appIndex === index)) {
      setNeedIcon(true);
      navigate(pagePath(r.order.id, 'app', index));
      return;
    }
    if (fresh) return;
    if (then === 'add') navigate(pagePath(r.order.id, 'app', (r.order.draft.apps ?? []).length));
    else navigate(pagePath(r.order.id, nextPage(r.order, 'app')));
  };

  const findings = mergeFindings(action.error?.fields ?? {}, groupFindings(warnings));
  return (
    <FindingsContext.Provider value={findings}>
      {!editable ? <ReadOnlyNote order={order} /> : null}
      <nav class="tabs" aria-label="本订单的APP">
        {apps.map((app, i) => (
          <a
            key={app.name ?? i}
            aria-current={i === index ? 'page' : undefined}
            href={href(pagePath(order.id, 'app', i))}
            class="tab-link"
          >
            APP{i + 1}
            {app.name ? `：${app.name}` : ''}
          </a>
        ))}
        {index >= apps.length ? (
          <span aria-current="page" class="tab-link">
            APP{index + 1}（新）
          </span>
        ) : null}
      </nav>
      {del.error ? <Notice kind="error">{del.error.text.zh}</Notice> : null}
      {action.error ? <ErrorSummary title={action.error.text} findings={action.error.fields} /> : null}
      {needIcon && !action.error && !order.uploads.some((u) => u.kind === 'app-icon' && u.appIndex === index) ? (
        <Notice kind="info">APP信息已保存，请上传应用图标后再点击「下一步」</Notice>
      ) : null}
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
        data-app-index={index}
        onSubmit={(e) => {
          e.preventDefault();
          save('next');
        }}
      >
        <h2>APP基本信息</h2>
        <SelectField
          fieldKey={`${prefix}.kind`}
          value={a.kind}
          onValue={form.set('kind')}
          options={APP_KIND_OPTIONS}
          disabled={!editable}
          required
        />
        <TextField
          fieldKey={`${prefix}.name`}
          value={a.name}
          onValue={form.set('name')}
          readOnly={!editable}
          required
        />
        {build ? (
          <>
            <IconRow order={order} index={index} saved={index < apps.length} editable={editable} onOrder={onOrder} />
            <PlatformRows
              prefix={prefix}
              platforms={a.platforms ?? []}
              readOnly={!editable}
              onPlatforms={(p) => form.set('platforms')(p as unknown as string)}
            />
            <TextField
              fieldKey={`${prefix}.domains[0]`}
              value={(a.domains ?? []).join('、')}
              onValue={(v) => form.set('domains')(splitList(v) as unknown as string)}
              readOnly={!editable}
              placeholder="api.example.com（多个用顿号分隔）"
              hint="用到哪级备哪级：填写 APP 实际访问的域名"
            />
          </>
        ) : null}
        <TextField
          fieldKey={`${prefix}.sdks[0]`}
          value={(a.sdks ?? []).join('、')}
          onValue={(v) => form.set('sdks')(splitList(v) as unknown as string)}
          readOnly={!editable}
          placeholder="SDK 服务厂商及功能类型（多个用顿号分隔）"
        />
        <CheckboxGroup
          fieldKey={`${prefix}.serviceContent`}
          value={a.serviceContent}
          onValue={(v) => form.set('serviceContent')(v)}
          options={SERVICE_CONTENTS}
          readOnly={!editable}
        />
        <CheckboxGroup
          fieldKey={`${prefix}.languages`}
          value={a.languages}
          onValue={(v) => form.set('languages')(v)}
          options={WEBSITE_LANGUAGES}
          readOnly={!editable}
        />
        <CheckboxGroup
          fieldKey={`${prefix}.preApproval`}
          value={a.preApproval}
          onValue={(v) => form.set('preApproval')(v)}
          options={PRE_APPROVAL_TYPES}
          readOnly={!editable}
        />
        <TextAreaField
          fieldKey={`${prefix}.remark`}
          value={a.remark}
          onValue={form.set('remark')}
          readOnly={!editable}
        />
        <h2>APP负责人信息</h2>
        <PrincipalFields
          prefix={`${prefix}.principal`}
          value={a.principal ?? {}}
          set={(f) => form.set(`principal.${f}`) as (v: string) => void}
          readOnly={!editable}
          mobileCode={mobileCode}
          onMobileCode={setMobileCode}
        />
        {editable ? (
          <div class="actions">
            <button type="button" disabled={action.busy} onClick={() => save('add')}>
              保存，并继续添加APP
            </button>
            <button type="submit" class="primary" disabled={action.busy}>
              下一步
            </button>
            {index < apps.length ? (
              <ConfirmButton
                label="删除此APP"
                question={`确定删除APP${index + 1}？`}
                confirmLabel="确定删除"
                disabled={del.busy}
                onConfirm={async () => {
                  const o = await del.run(() => api.del<Order>(`/api/beian/orders/${order.id}/apps/${index}`));
                  if (o) {
                    onOrder(o);
                    navigate(pagePath(o.id, 'app', 0));
                  }
                }}
              />
            ) : null}
          </div>
        ) : (
          <div class="actions">
            <button type="button" onClick={() => navigate(pagePath(order.id, nextPage(order, 'app')))}>
              下一步
            </button>
          </div>
        )}
      </form>
    </FindingsContext.Provider>
  );
}

function trimPlatform(p: AppPlatform): AppPlatform {
  const out: AppPlatform = {};
  for (const k of ['platform', 'packageName', 'publicKey', 'signature'] as const) {
    const v = p[k]?.trim();
    if (v) out[k] = v;
  }
  return out;
}

function splitList(v: string): string[] {
  return v.split(/[、,，;；\s]+/).filter(Boolean);
}

/** 应用图标: uploaded at once (JPG or PNG, ≤ 100 KB); the app must be saved first. */
function IconRow({
  order,
  index,
  saved,
  editable,
  onOrder,
}: {
  order: Order;
  index: number;
  saved: boolean;
  editable: boolean;
  onOrder: (o: Order) => void;
}) {
  const key = `apps[${index}].icon`;
  const hintId = `f-apps-${index}-icon-hint`;
  const field = useField(key, [], hintId);
  const action = useAction();
  const current = order.uploads.find((u) => u.kind === 'app-icon' && u.appIndex === index);
  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const form = new FormData();
    form.set('file', file, file.name);
    const r = await action.run(() =>
      api.upload<{ order: Order }>(`/api/beian/orders/${encodeURIComponent(order.id)}/apps/${index}/icon`, form),
    );
    input.value = '';
    if (r) onOrder(r.order);
  };
  const errors = action.error?.fields?.[key] ?? action.error?.fields?.file;
  return (
    <Row
      field={errors ? { ...field, findings: errors } : field}
      label="应用图标"
      required
      hintId={hintId}
      hint={
        current
          ? `已上传：${current.name}（${Math.ceil(current.size / 1024)} KB）`
          : saved
            ? 'JPG 或 PNG，100 KB 以内；不得使用系统图标'
            : '请先点击「下一步」或「保存」保存APP信息，再上传图标'
      }
    >
      <input
        {...field.control}
        type="file"
        name={key}
        accept="image/png,image/jpeg"
        disabled={!editable || !saved || action.busy}
        onChange={(e) => upload(e.currentTarget as HTMLInputElement)}
      />
    </Row>
  );
}
