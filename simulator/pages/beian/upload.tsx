/**
 * 上传资料 (spec §3 step 5): one file input per document kind; the 真实性核验单 template is
 * downloadable (pre-filled from the order). PNG, JPEG or PDF up to 5 MB (checked by the simulator).
 */
import { useState } from 'preact/hooks';
import { api, type FieldFindings, inWorld } from '../shared/api';
import { ErrorSummary, FindingsContext, Notice, Row, useField } from '../shared/form';
import { fmtSize, fmtTime } from '../shared/format';
import { useAction, useLoad } from '../shared/hooks';
import { OPTIONAL_UPLOAD_KINDS } from '../shared/options';
import { navigate } from '../shared/router';
import type { Labels, Order, UploadInfo, UploadKind } from '../shared/types';
import { canEdit, type OrderPageProps, ReadOnlyNote } from './order-kit';
import { nextPage, pagePath } from './steps';

/** Upload one file as `multipart/form-data` (`kind`, `file`). */
export async function uploadFile(orderId: string, kind: UploadKind, file: File) {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', file, file.name);
  return api.upload<{ upload: UploadInfo; order: Order }>(
    `/api/beian/orders/${encodeURIComponent(orderId)}/uploads`,
    form,
  );
}

/** Errors of an upload call belong to the row of the kind being uploaded. */
export function rowFindings(fields: FieldFindings, kind: string): FieldFindings {
  const out: FieldFindings = {};
  for (const [k, v] of Object.entries(fields)) {
    const key = k === 'file' || k === 'kind' ? `upload.${kind}` : k;
    out[key] = [...(out[key] ?? []), ...v];
  }
  return out;
}

export function UploadPage({ order, onOrder }: OrderPageProps) {
  const labels = useLoad(() => api.get<Labels>('/api/beian/labels'), []);
  const editable = canEdit(order, 'upload');
  const action = useAction();
  const [lastKind, setLastKind] = useState<string>('');
  const [done, setDone] = useState<string>();
  const required = order.requiredUploads;
  const kinds =
    order.type === 'claim' ? required : [...required, ...OPTIONAL_UPLOAD_KINDS.filter((k) => !required.includes(k))];
  const label = (k: string) => labels.data?.uploadKinds[k]?.zh ?? k;

  const onFile = async (kind: UploadKind, input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setLastKind(kind);
    setDone(undefined);
    const r = await action.run(() => uploadFile(order.id, kind, file));
    input.value = '';
    if (r) {
      onOrder(r.order);
      setDone(`${label(kind)}：${r.upload.name} 已上传`);
    }
  };

  const remove = async (u: UploadInfo) => {
    setLastKind(u.kind);
    const o = await action.run(() => api.del<Order>(`/api/beian/orders/${order.id}/uploads/${u.id}`));
    if (o) onOrder(o);
  };

  const findings = rowFindings(action.error?.fields ?? {}, lastKind);
  return (
    <FindingsContext.Provider value={findings}>
      {!editable ? <ReadOnlyNote order={order} /> : null}
      {action.error ? <ErrorSummary title={action.error.text} findings={findings} /> : null}
      {done ? <Notice kind="ok">{done}</Notice> : null}
      <div class="panel">
        {order.type !== 'claim' ? (
          <p>
            真实性核验单须下载模板打印，用黑色签字笔填写并签字后，扫描或拍照上传。{' '}
            <a
              href={inWorld(`/api/beian/templates/verification-form?orderId=${encodeURIComponent(order.id)}`)}
              download
            >
              下载真实性核验单模板
            </a>
          </p>
        ) : (
          <p>请上传主办单位证件的彩色扫描件或照片，提交后 1 个工作日内审核。</p>
        )}
        <p class="muted">支持 JPG、PNG、PDF 格式，单个文件不超过 5 MB；证件须为原件的彩色扫描件或照片。</p>
        {kinds.map((kind) => (
          <UploadRow
            key={kind}
            kind={kind}
            label={label(kind)}
            required={required.includes(kind)}
            uploads={order.uploads.filter((u) => u.kind === kind)}
            disabled={!editable || action.busy}
            onFile={(input) => onFile(kind, input)}
            onRemove={remove}
          />
        ))}
        <div class="actions">
          <button type="button" class="primary" onClick={() => navigate(pagePath(order.id, nextPage(order, 'upload')))}>
            下一步
          </button>
        </div>
      </div>
    </FindingsContext.Provider>
  );
}

function UploadRow(p: {
  kind: UploadKind;
  label: string;
  required: boolean;
  uploads: UploadInfo[];
  disabled: boolean;
  onFile: (input: HTMLInputElement) => void;
  onRemove: (u: UploadInfo) => void;
}) {
  const field = useField(`upload.${p.kind}`);
  return (
    <Row field={field} label={p.label} required={p.required}>
      <input
        {...field.control}
        type="file"
        name={p.kind}
        accept="image/png,image/jpeg,application/pdf"
        disabled={p.disabled}
        onChange={(e) => p.onFile(e.currentTarget as HTMLInputElement)}
      />
      {p.uploads.length ? (
        <ul class="uploads">
          {p.uploads.map((u) => (
            <li key={u.id}>
              <a href={inWorld(u.url)} target="_blank" rel="noreferrer">
                {u.name}
              </a>{' '}
              <span class="muted">
                {fmtSize(u.size)} · {fmtTime(u.at)}
              </span>{' '}
              {!p.disabled ? (
                <button type="button" class="link" onClick={() => p.onRemove(u)} aria-label={`删除 ${u.name}`}>
                  删除
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <div class="hint">{p.required ? '未上传（必传）' : '未上传（选传）'}</div>
      )}
    </Row>
  );
}
