import type { App, FilingDraft } from '../../../shared/domain/draft';
import type { Finding } from '../../../shared/domain/finding';
import { appKindOf } from '../../../shared/formats/app-formats';
import { APP_FILING_TYPES, APP_NUMBER_SUFFIX } from '../../../shared/process/app-plan';
import { ApiError, addFinding, fieldFinding, notFound, validationError } from '../errors';
import { nextId } from '../random';
import type { FiledSubject, Order, Upload } from '../schema';
import { plainCopy } from '../tracked';
import { findOrder, iso, type World } from './core';
import { checkMobileCodes, ruleErrors } from './editing';
import { requireAction } from './machine';

/**
 * Apps, mini programs and quick apps in an order (since 2023; design §3 `apps[]`): a first filing with
 * apps, or 新增互联网信息服务 on a filed subject. Checked by the shared rules core like websites; the
 * app principal gets an SMS code like a website principal (sms-check.ts); approval numbers the apps
 * after the websites with the kind's letter (approval.ts).
 */

const APP_SOURCE = '《工业和信息化部关于开展移动互联网应用程序备案工作的通知》 (2023)';

function requireAppForm(order: Order): void {
  if (!APP_FILING_TYPES.includes(order.type)) {
    throw new ApiError(409, 'wrong-status', {
      zh: '该备案类型没有APP信息表单：APP 在首次备案或新增互联网信息服务中备案',
      en: 'This filing type has no app form: apps are filed in a first filing or as a new internet service',
    });
  }
}

function noSuchApp(index: number): ApiError {
  return notFound({ zh: `APP ${index + 1} 不存在：请按顺序添加`, en: `No app ${index + 1}: add apps in order` });
}

/** Saves app `index` (a new one at the end). The icon comes only from its upload, the number only from approval. */
export function saveApp(
  w: World,
  orderId: string,
  index: number,
  body: App,
  mobileCode?: string,
): { order: Order; findings: Finding[] } {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'save-app');
  requireAppForm(order);
  const apps = [...(order.draft.apps ?? [])];
  if (index < 0 || index > apps.length) throw noSuchApp(index);
  const before = apps[index];
  const { icon: _icon, iconBytes: _bytes, filingNumber: _number, ...fields } = body;
  const app: App = { ...fields };
  if (before?.icon !== undefined) app.icon = before.icon;
  if (before?.iconBytes !== undefined) app.iconBytes = before.iconBytes;
  apps[index] = app;
  const draft: FilingDraft = { ...order.draft, apps };
  const prefix = `apps[${index}]`;
  const { errors, others } = ruleErrors(w, order, { ...draft, filingType: order.type }, [prefix]);
  if (Object.keys(errors).length) throw validationError(errors);
  checkMobileCodes(w, [app.principal?.mobile], mobileCode, `${prefix}.principal.mobile`);
  order.draft = draft;
  order.updatedAt = iso(w.at);
  return { order, findings: others };
}

/** Removes app `index` with its icon; later apps move up. */
export function deleteApp(w: World, orderId: string, index: number): Order {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'delete-app');
  const apps = [...(order.draft.apps ?? [])];
  if (!apps[index]) throw noSuchApp(index);
  apps.splice(index, 1);
  const icons = new Set(iconUploads(w, order, index).map((u) => u.id));
  order.uploads = order.uploads.filter((id) => !icons.has(id));
  w.state.uploads = w.state.uploads.filter((u) => !icons.has(u.id));
  for (const u of w.state.uploads)
    if (u.orderId === order.id && u.appIndex !== undefined && u.appIndex > index) u.appIndex -= 1;
  order.draft = { ...order.draft, apps };
  order.updatedAt = iso(w.at);
  return order;
}

function iconUploads(w: World, order: Order, index: number): Upload[] {
  return w.state.uploads.filter((u) => u.orderId === order.id && u.kind === 'app-icon' && u.appIndex === index);
}

/**
 * The 应用图标 upload of app `index`: PNG or JPEG, at most 100 KB — the size is checked by the shared
 * rule `app.icon-size` on the draft's `iconBytes`, so the filing site and the extension say the same.
 * A new icon replaces the old one.
 */
export function addAppIcon(
  w: World,
  orderId: string,
  index: number,
  file: { name: string; mime: 'image/png' | 'image/jpeg' | 'application/pdf'; size: number },
): Upload {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'upload');
  requireAppForm(order);
  const apps = [...(order.draft.apps ?? [])];
  const app = apps[index];
  if (!app) throw noSuchApp(index);
  const prefix = `apps[${index}]`;
  if (file.mime === 'application/pdf') {
    throw validationError({
      [`${prefix}.icon`]: [
        fieldFinding(
          `${prefix}.icon`,
          'sim.app-icon-type',
          { zh: '应用图标须为 JPG 或 PNG 图片', en: 'The app icon must be a JPG or PNG image' },
          { zh: '上传 100 KB 以内的 JPG 或 PNG 图标', en: 'Upload a JPG or PNG icon under 100 KB' },
          APP_SOURCE,
        ),
      ],
    });
  }
  apps[index] = { ...app, icon: file.name, iconBytes: file.size };
  const draft: FilingDraft = { ...order.draft, apps };
  const { errors } = ruleErrors(w, order, { ...draft, filingType: order.type }, [`${prefix}.icon`]);
  if (Object.keys(errors).length) throw validationError(errors);
  const old = new Set(iconUploads(w, order, index).map((u) => u.id));
  order.uploads = order.uploads.filter((id) => !old.has(id));
  w.state.uploads = w.state.uploads.filter((u) => !old.has(u.id));
  const upload: Upload = {
    id: nextId(w.state, 'U'),
    orderId: order.id,
    kind: 'app-icon',
    appIndex: index,
    ...file,
    at: iso(w.at),
  };
  w.state.uploads.push(upload);
  order.uploads.push(upload.id);
  order.draft = draft;
  order.updatedAt = iso(w.at);
  return upload;
}

/** What submission needs of the apps: every app (not mini program or quick app) has its icon. */
export function appSubmitFindings(w: World, order: Order): Record<string, Finding[]> {
  const fields: Record<string, Finding[]> = {};
  (order.draft.apps ?? []).forEach((app, i) => {
    if ((appKindOf(app.kind) ?? 'app') !== 'app') return;
    if (iconUploads(w, order, i).length > 0) return;
    const field = `apps[${i}].icon`;
    addFinding(
      fields,
      field,
      fieldFinding(
        field,
        'sim.app-icon-missing',
        { zh: '请上传应用图标（100 KB 以内）', en: 'Upload the app icon (at most 100 KB)' },
        undefined,
        APP_SOURCE,
      ),
    );
  });
  return fields;
}

/** Whether the order files apps (and so may have no website). */
export function filesApps(order: Order): boolean {
  return APP_FILING_TYPES.includes(order.type) && (order.draft.apps ?? []).some((a) => a.name);
}

/**
 * Approval: the order's apps join the subject, numbered after its websites from the same running
 * serial with the kind's letter: 「网站为"-1"，App为"-2A"，小程序为"-3X"，快应用为"-4K"」.
 */
export function addFiledApps(w: World, subject: FiledSubject, apps: readonly App[]): string[] {
  return apps.map((data) => {
    const seq = subject.nextWebsiteSeq++;
    const suffix = APP_NUMBER_SUFFIX[appKindOf(data.kind) ?? 'app'];
    const filingNumber = `${subject.filingNumber}-${seq}${suffix}`;
    const { filingNumber: _f, ...rest } = data;
    subject.apps ??= [];
    subject.apps.push({ id: nextId(w.state, 'A'), seq, filingNumber, status: 'filed', data: plainCopy(rest) });
    return filingNumber;
  });
}
