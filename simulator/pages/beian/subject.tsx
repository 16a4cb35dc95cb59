/**
 * 填写主体信息 (spec §4.1 主办单位信息, §4.2 主办单位负责人信息). Region, nature and document are fixed
 * after the type decision; 通讯地址 shows the region as a fixed prefix and takes the street part only.
 */
import { useState } from 'preact/hooks';
import type { Principal, Subject } from '../../../shared/domain/draft';
import { ACCESS_FILING_TYPES } from '../../../shared/domain/filing-types';
import { areaCodesOfRegion, findRegion } from '../../../shared/regions';
import { api } from '../shared/api';
import { findingsSignature, useDraftState } from '../shared/draft-state';
import {
  ErrorSummary,
  FindingsContext,
  groupFindings,
  mergeFindings,
  Notice,
  SelectField,
  TextAreaField,
  TextField,
} from '../shared/form';
import { useAction } from '../shared/hooks';
import { idTypesFor } from '../shared/options';
import { RegionSelects, regionPrefix } from '../shared/region';
import { navigate } from '../shared/router';
import type { Finding, SaveResult } from '../shared/types';
import { canEdit, type OrderPageProps, ReadOnlyNote } from './order-kit';
import { PrincipalFields, withCurrent } from './principal';
import { nextPage, pagePath } from './steps';

/** `086-<area>-` for the subject's city when it has exactly one area code (the page pre-fills `086-010-` for 北京, spec §4.2). */
export function landlinePrefill(subject: Pick<Subject, 'province' | 'city' | 'district'>): string | undefined {
  if (!subject.province) return undefined;
  const r = findRegion(subject.province, subject.city, subject.district);
  if (!r.ok) return undefined;
  const region = r.district ?? r.city;
  const codes = region ? areaCodesOfRegion(region.code) : [];
  return codes.length === 1 ? `086-${codes[0]}-` : undefined;
}

export function SubjectPage({ order, onOrder }: OrderPageProps) {
  const confirmOnly = order.type === 'new-website-here';
  const editable = canEdit(order, 'save-subject') && !confirmOnly;
  const accessType = ACCESS_FILING_TYPES.includes(order.type);
  const form = useDraftState<Subject>(() => {
    const s = structuredClone(order.draft.subject ?? {});
    const principal: Principal = s.principal ?? {};
    if (!principal.landline) {
      const prefill = landlinePrefill(s);
      if (prefill) principal.landline = prefill;
    }
    return { ...s, principal };
  });
  const [mobileCode, setMobileCode] = useState('');
  const [warnings, setWarnings] = useState<Finding[]>([]);
  const [shownSig, setShownSig] = useState('');
  const action = useAction();
  const s = form.value;
  // Access filings copy the subject from the MIIT record; nothing can be changed (spec §2).
  const locked = (path: string) => !editable || (accessType && !!form.get(path));

  const save = async (e: Event) => {
    e.preventDefault();
    const r = await action.run(() =>
      api.put<SaveResult>(`/api/beian/orders/${order.id}/subject`, {
        ...s,
        ...(mobileCode.trim() ? { mobileCode: mobileCode.trim() } : {}),
      }),
    );
    if (!r) return;
    onOrder(r.order);
    setWarnings(r.findings);
    const sig = findingsSignature(r.findings);
    // Show new warnings once before moving on; a second 下一步 with the same warnings goes on.
    if (r.findings.length && sig !== shownSig) {
      setShownSig(sig);
      return;
    }
    navigate(pagePath(r.order.id, nextPage(r.order, 'subject')));
  };

  const findings = mergeFindings(action.error?.fields ?? {}, groupFindings(warnings));
  const setPrincipal = (f: keyof Principal) => form.set(`principal.${f}`) as (v: string) => void;
  return (
    <FindingsContext.Provider value={findings}>
      {!editable && !confirmOnly ? <ReadOnlyNote order={order} /> : null}
      {accessType && editable ? (
        <Notice kind="info">接入备案的信息须与原备案完全一致，已从原备案带出的信息不能修改（spec §2）。</Notice>
      ) : null}
      {confirmOnly ? (
        <Notice kind="info">
          增加网站前请确认主体信息是否准确。如信息有误，请先放弃本订单，在「我的备案」中变更主体后再增加网站。
        </Notice>
      ) : null}
      {action.error ? <ErrorSummary title={action.error.text} findings={action.error.fields} /> : null}
      {!action.error && warnings.length ? (
        <ErrorSummary
          title={{
            zh: '已保存。请查看以下提示，确认无误后再次点击「下一步」',
            en: 'Saved. Review the notes below, then press 下一步 again',
          }}
          findings={groupFindings(warnings)}
        />
      ) : null}
      <form class="panel" noValidate onSubmit={save}>
        <h2>主办单位信息</h2>
        <RegionSelects
          prefix="subject"
          label="主办单位所属区域"
          value={{ province: s.province, city: s.city, district: s.district }}
          onValue={() => {}}
          disabled
        />
        <SelectField
          fieldKey="subject.nature"
          value={s.nature}
          onValue={() => {}}
          options={withCurrent([], s.nature)}
          disabled
        />
        <SelectField
          fieldKey="subject.idType"
          value={s.idType}
          onValue={() => {}}
          options={withCurrent(idTypesFor(s.nature), s.idType)}
          disabled
        />
        <TextField fieldKey="subject.idNumber" value={s.idNumber} onValue={() => {}} readOnly />
        <TextField
          fieldKey="subject.name"
          value={s.name}
          onValue={form.set('name')}
          readOnly={locked('name')}
          required
        />
        <TextField
          fieldKey="subject.idAddress"
          value={s.idAddress}
          onValue={form.set('idAddress')}
          readOnly={locked('idAddress')}
          required
          hint="与证件上的住所一致"
        />
        <TextField
          fieldKey="subject.mailAddress"
          value={s.mailAddress}
          onValue={form.set('mailAddress')}
          readOnly={locked('mailAddress')}
          required
          prefix={regionPrefix(s)}
          hint="省市区已自动带出，请只填写街道、门牌号等详细地址，不要重复省市区"
        />
        <TextField
          fieldKey="subject.investor"
          value={s.investor}
          onValue={form.set('investor')}
          readOnly={locked('investor')}
          required
        />
        <TextAreaField
          fieldKey="subject.remark"
          value={s.remark}
          onValue={form.set('remark')}
          readOnly={locked('remark')}
          hint="地址无详细门牌号时请在此说明"
        />
        <h2>主办单位负责人信息</h2>
        <PrincipalFields
          prefix="subject.principal"
          value={s.principal ?? {}}
          set={setPrincipal}
          readOnly={!editable}
          mobileCode={mobileCode}
          onMobileCode={setMobileCode}
        />
        <div class="actions">
          {confirmOnly ? (
            <button
              type="button"
              class="primary"
              onClick={() => navigate(pagePath(order.id, nextPage(order, 'subject')))}
            >
              信息准确，继续下一步
            </button>
          ) : editable ? (
            <button type="submit" class="primary" disabled={action.busy}>
              下一步
            </button>
          ) : (
            <button type="button" onClick={() => navigate(pagePath(order.id, nextPage(order, 'subject')))}>
              下一步
            </button>
          )}
        </div>
      </form>
    </FindingsContext.Provider>
  );
}
