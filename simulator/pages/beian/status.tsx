/**
 * 提交与进度: 「提交备案」, the order's progress through the reviews (spec §3 steps 6–9), the photo check
 * (backdrop: request + photo upload, spec §8; 上海: app picture code + 「确认可用」, spec §9), the SMS
 * check state (spec §6) and the history.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiError, api, inWorld } from '../shared/api';
import { ConfirmButton } from '../shared/confirm';
import { Bi, ErrorSummary, FindingsContext, Notice, Row, TextField, useField } from '../shared/form';
import { fmtTime, maskMobile } from '../shared/format';
import { useAction, useLoad } from '../shared/hooks';
import { RegionSelects, type RegionValue } from '../shared/region';
import { href } from '../shared/router';
import type { Labels, Order } from '../shared/types';
import { FaceSection } from './face-section';
import { type OrderPageProps, statusTag } from './order-kit';
import { pageOfField, pagePath } from './steps';
import { uploadFile } from './upload';

const WAITING = ['initial-review', 'photo-review', 'sms-check', 'bureau-review'];
const STAGE_LABEL: Record<string, string> = { initial: '初审', photo: '照片审核', bureau: '管局审核' };
const ROLE_LABEL: Record<string, string> = {
  'subject-principal': '主体负责人',
  'website-principal': '网站负责人',
  'app-principal': 'APP负责人',
};

export function StatusPage({ order, onOrder }: OrderPageProps) {
  const labels = useLoad(() => api.get<Labels>('/api/beian/labels'), []);
  const statusName = (s: string) => labels.data?.statuses[s]?.zh ?? s;
  const submit = useAction();
  const abandon = useAction();
  const [submitted, setSubmitted] = useState(false);

  // Reviews are decided in the console or by the clock: follow them while waiting.
  useEffect(() => {
    if (!WAITING.includes(order.status)) return;
    const t = setInterval(() => {
      api
        .get<Order>(`/api/beian/orders/${order.id}`)
        .then((o) => {
          if (o.updatedAt !== order.updatedAt || o.status !== order.status) onOrder(o);
        })
        .catch(() => {});
    }, 4000);
    return () => clearInterval(t);
  }, [order.id, order.status, order.updatedAt, onOrder]);

  const doSubmit = async () => {
    setSubmitted(false);
    const o = await submit.run(() => api.post<Order>(`/api/beian/orders/${order.id}/submit`, {}));
    if (o) {
      onOrder(o);
      setSubmitted(true);
    }
  };

  const linkFor = (key: string) => {
    const where = pageOfField(key);
    return where ? href(pagePath(order.id, where.page, where.page === 'website' ? where.index : undefined)) : undefined;
  };

  const domains = (order.draft.websites ?? []).flatMap((w) => w.domains ?? []);
  return (
    <div>
      {submitted ? <Notice kind="ok">已提交，当前状态：{order.statusLabel.zh}</Notice> : null}
      {order.lastRejection && showRejection(order) ? (
        <Notice kind="error">
          <strong>
            {STAGE_LABEL[order.lastRejection.stage] ?? order.lastRejection.stage}驳回（{fmtTime(order.lastRejection.at)}
            ）：
          </strong>
          {order.lastRejection.reason}
          <div>
            {order.status === 'photo-check'
              ? '请按驳回原因重新进行拍照核验。'
              : '请按驳回原因修改后重新点击「提交备案」。'}
          </div>
        </Notice>
      ) : null}
      {order.status === 'returned' ? (
        <Notice kind="warn">
          备案申请已被工信部系统退回（短信核验超时或失败）。信息无需修改时，点击「提交备案」直接重新进入短信核验；
          如需修改信息，修改后提交将重新进行初审，再重新短信核验（spec §6.2）。
        </Notice>
      ) : null}
      {submit.error ? (
        <ErrorSummary title={submit.error.text} findings={submit.error.fields} linkFor={linkFor} />
      ) : null}

      <div class="panel">
        <h2>订单信息</h2>
        <dl class="kv">
          <dt>备案类型</dt>
          <dd>{order.typeLabel.zh}</dd>
          <dt>订单状态</dt>
          <dd>
            <span class={`tag ${statusTag(order.status)}`} data-status={order.status}>
              {order.statusLabel.zh}
            </span>
          </dd>
          <dt>省份</dt>
          <dd>{order.province}</dd>
          <dt>主办单位</dt>
          <dd>{order.draft.subject?.name ?? '—'}</dd>
          <dt>域名</dt>
          <dd>{domains.join('、') || '—'}</dd>
          <dt>备案服务号</dt>
          <dd class="mono">{order.serviceNumbers.filter(Boolean).join('、') || '—'}</dd>
          {order.result?.subjectFilingNumber ? (
            <>
              <dt>主体备案号</dt>
              <dd class="mono">{order.result.subjectFilingNumber}</dd>
            </>
          ) : null}
          {order.result?.websiteFilingNumbers?.length ? (
            <>
              <dt>网站备案号</dt>
              <dd class="mono">{order.result.websiteFilingNumbers.join('、')}</dd>
            </>
          ) : null}
          {order.result?.appFilingNumbers?.length ? (
            <>
              <dt>APP备案号</dt>
              <dd class="mono" data-app-filing-numbers>
                {order.result.appFilingNumbers.join('、')}
              </dd>
            </>
          ) : null}
          <dt>创建时间</dt>
          <dd>{fmtTime(order.createdAt)}</dd>
          <dt>更新时间</dt>
          <dd>{fmtTime(order.updatedAt)}</dd>
        </dl>
        <div class="actions left">
          {order.actions.includes('submit') ? (
            <button type="button" class="primary" disabled={submit.busy} onClick={doSubmit}>
              提交备案
            </button>
          ) : null}
          {order.actions.includes('abandon') ? (
            <ConfirmButton
              label="放弃订单"
              question="放弃后订单不能恢复，确定放弃本订单？"
              confirmLabel="确定放弃"
              disabled={abandon.busy}
              onConfirm={async () => {
                const o = await abandon.run(() => api.post<Order>(`/api/beian/orders/${order.id}/abandon`, {}));
                if (o) onOrder(o);
              }}
            />
          ) : null}
        </div>
        {abandon.error ? <Notice kind="error">{abandon.error.text.zh}</Notice> : null}
      </div>

      {order.status === 'initial-review' ? (
        <Notice kind="info">
          {order.type === 'claim'
            ? '认领资料审核中，1 个工作日内完成。'
            : '初审中：服务商将在 1 个工作日内完成初审，可能致电（95187 或 0571-88158388）核实信息。'}
        </Notice>
      ) : null}
      {order.status === 'photo-check' && order.photo.method === 'backdrop' ? (
        <BackdropSection order={order} onOrder={onOrder} />
      ) : null}
      {order.status === 'photo-check' && order.photo.method === 'shanghai-app' ? (
        <ShanghaiAppSection order={order} onOrder={onOrder} />
      ) : null}
      {order.status === 'photo-check' && order.photo.method === 'face' ? (
        <FaceSection order={order} onOrder={onOrder} />
      ) : null}
      {order.status === 'photo-review' ? (
        <Notice kind="info">照片审核中：审核通过后 1 个工作日内提交管局。</Notice>
      ) : null}
      {order.sms && ['sms-check', 'returned'].includes(order.status) ? <SmsSection order={order} /> : null}
      {order.status === 'bureau-review' ? (
        <Notice kind="info">管局审核中：通常需要 3–20 个工作日，结果将以短信和邮件通知。</Notice>
      ) : null}
      {order.status === 'approved' ? (
        <Notice kind="ok">备案成功。网站开通后 30 日内请办理公安备案；经营性网站还需另行办理经营性备案。</Notice>
      ) : null}

      <div class="panel">
        <h2>审核记录</h2>
        <ol class="timeline">
          {order.history.map((h, i) => (
            <li key={i}>
              <span class="muted">{fmtTime(h.at)}</span> {h.from ? `${statusName(h.from)} → ` : ''}
              <strong data-history-status={h.to}>{statusName(h.to)}</strong> {h.reason}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

/** The latest transition was a reviewer's rejection (to 已驳回, or back to the photo check, spec §9). */
function showRejection(order: Order): boolean {
  const last = order.history[order.history.length - 1];
  if (!last) return false;
  if (order.status === 'rejected') return true;
  return order.status === 'photo-check' && last.from === 'photo-review';
}

/** Backdrop (幕布) request with a mailing address, then the photo upload (spec §8). */
function BackdropSection({ order, onOrder }: { order: Order; onOrder: (o: Order) => void }) {
  const subject = order.draft.subject ?? {};
  const principal = order.draft.websites?.[0]?.principal ?? subject.principal ?? {};
  const [mode, setMode] = useState<'mail' | 'own'>('mail');
  const [recipient, setRecipient] = useState(principal.name ?? '');
  const [mobile, setMobile] = useState(principal.mobile ?? '');
  const [region, setRegion] = useState<RegionValue>({
    province: subject.province,
    city: subject.city,
    district: subject.district,
  });
  const [street, setStreet] = useState(subject.mailAddress ?? '');
  const [photo, setPhoto] = useState<File>();
  const request = useAction();
  const send = useAction();
  const backdrop = order.photo.backdrop;

  const apply = async (e: Event) => {
    e.preventDefault();
    const body =
      mode === 'own'
        ? { mode }
        : {
            mode,
            address: {
              recipient: recipient.trim(),
              mobile: mobile.trim(),
              province: region.province ?? '',
              city: region.city ?? '',
              district: region.district ?? '',
              street: street.trim(),
            },
          };
    const o = await request.run(() => api.post<Order>(`/api/beian/orders/${order.id}/photo/backdrop`, body));
    if (o) onOrder(o);
  };

  const sendPhoto = async (e: Event) => {
    e.preventDefault();
    const o = await send.run(async () => {
      if (!photo) {
        const message = { zh: '请选择幕布照片', en: 'Choose the backdrop photo' };
        throw new ApiError(0, 'client', message, {
          backdropPhoto: [
            { field: 'backdropPhoto', rule: 'page.required', severity: 'error', message, source: 'spec §8' },
          ],
        });
      }
      const up = await uploadFile(order.id, 'backdrop-photo', photo);
      return api.post<Order>(`/api/beian/orders/${order.id}/photo`, { uploadId: up.upload.id });
    });
    if (o) onOrder(o);
  };

  const sendFields = send.error
    ? Object.fromEntries(
        Object.entries(send.error.fields).map(([k, v]) => [k === 'file' || k === 'uploadId' ? 'backdropPhoto' : k, v]),
      )
    : {};
  return (
    <div class="panel">
      <h2>拍照核验</h2>
      <p>请网站负责人在幕布前拍照并上传。没有幕布可申请邮寄（填写收件地址），已有幕布可直接拍照。</p>
      {backdrop ? (
        <Notice kind="ok">
          {backdrop.mode === 'mail'
            ? `幕布已申请（${fmtTime(backdrop.requestedAt)}），邮寄至：${Object.values(backdrop.address ?? {}).join(' ')}`
            : '使用已有幕布拍照'}
        </Notice>
      ) : (
        <FindingsContext.Provider value={request.error?.fields ?? {}}>
          {request.error ? <ErrorSummary title={request.error.text} findings={request.error.fields} /> : null}
          <form noValidate onSubmit={apply}>
            <fieldset class="row group">
              <legend class="row-label">幕布获取方式</legend>
              <div class="row-control choices">
                <label class="choice">
                  <input type="radio" name="backdrop-mode" checked={mode === 'mail'} onChange={() => setMode('mail')} />
                  邮寄幕布
                </label>
                <label class="choice">
                  <input type="radio" name="backdrop-mode" checked={mode === 'own'} onChange={() => setMode('own')} />
                  已有幕布
                </label>
              </div>
            </fieldset>
            {mode === 'mail' ? (
              <>
                <TextField
                  fieldKey="address.recipient"
                  label="收件人"
                  value={recipient}
                  onValue={setRecipient}
                  required
                />
                <TextField
                  fieldKey="address.mobile"
                  label="收件人手机号码"
                  value={mobile}
                  onValue={setMobile}
                  required
                  inputMode="numeric"
                />
                <RegionSelects prefix="address" label="收件地址" value={region} onValue={setRegion} required />
                <TextField fieldKey="address.street" label="详细地址" value={street} onValue={setStreet} required />
              </>
            ) : null}
            <div class="actions">
              <button type="submit" class="primary" disabled={request.busy}>
                申请幕布
              </button>
            </div>
          </form>
        </FindingsContext.Provider>
      )}
      {backdrop ? (
        <FindingsContext.Provider value={sendFields}>
          {send.error ? <ErrorSummary title={send.error.text} findings={sendFields} /> : null}
          <form noValidate onSubmit={sendPhoto}>
            <BackdropPhotoInput onFile={setPhoto} />
            <div class="actions">
              <button type="submit" class="primary" disabled={send.busy || !photo}>
                提交照片
              </button>
            </div>
          </form>
        </FindingsContext.Provider>
      ) : null}
    </div>
  );
}

function BackdropPhotoInput({ onFile }: { onFile: (f: File | undefined) => void }) {
  return (
    <TextFieldFile
      fieldKey="backdropPhoto"
      label="幕布照片"
      onFile={onFile}
      hint="正面免冠、着装整齐，背景为幕布；照片不得经过处理"
    />
  );
}

function TextFieldFile({
  fieldKey,
  label,
  onFile,
  hint,
}: {
  fieldKey: string;
  label: string;
  onFile: (f: File | undefined) => void;
  hint: string;
}) {
  const field = useField(fieldKey, [], `${fieldKey}-hint`);
  return (
    <Row field={field} label={label} required hint={hint} hintId={`${fieldKey}-hint`}>
      <input
        {...field.control}
        type="file"
        accept="image/png,image/jpeg"
        onChange={(e) => onFile((e.currentTarget as HTMLInputElement).files?.[0])}
      />
    </Row>
  );
}

/** 上海: the bureau app does the photo check; the applicant types the app's picture code here (spec §9). */
function ShanghaiAppSection({ order, onOrder }: { order: Order; onOrder: (o: Order) => void }) {
  const [code, setCode] = useState('');
  const enter = useAction();
  const confirmAction = useAction();
  const mobile = order.draft.websites?.[0]?.principal?.mobile;
  return (
    <div class="panel">
      <h2>拍照核验（上海管局APP）</h2>
      <div class="cols">
        <div>
          <svg class="qr" viewBox="0 0 21 21" role="img" aria-label="上海管局APP下载二维码（模拟）">
            <rect width="21" height="21" fill="#fff" />
            {QR_CELLS.map(([x, y]) => (
              <rect key={`${x}-${y}`} x={x} y={y} width="1" height="1" fill="#000" />
            ))}
          </svg>
          <div class="hint">扫码安装上海管局APP（模拟：在「虚拟手机」中打开）</div>
        </div>
        <ol>
          <li>允许APP获取位置信息，须在上海市内拍摄；</li>
          <li>
            打开APP点击「立即核验」，输入网站负责人手机号{mobile ? `（${maskMobile(mobile)}）` : ''}
            和短信验证码（手机验证）；
          </li>
          <li>拍摄身份证正反面（证件采集）；</li>
          <li>拍摄手持身份证照片（人像）；</li>
          <li>APP显示图片码后，在下方输入图片码，核对照片后点击「确认可用」。</li>
        </ol>
      </div>
      <p>
        <a href={inWorld(`/phone/${mobile ? `#/m/${mobile}` : ''}`)} target="_blank" rel="noreferrer">
          打开虚拟手机
        </a>
      </p>
      <FindingsContext.Provider value={enter.error?.fields ?? {}}>
        {enter.error ? <ErrorSummary title={enter.error.text} findings={enter.error.fields} /> : null}
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const o = await enter.run(() =>
              api.post<Order>(`/api/beian/orders/${order.id}/photo/app-code`, { code: code.trim() }),
            );
            if (o) onOrder(o);
          }}
        >
          <TextField fieldKey="appCode" label="图片码" value={code} onValue={setCode} required maxLength={8} />
          <div class="actions">
            <button type="submit" disabled={enter.busy}>
              查询照片
            </button>
          </div>
        </form>
      </FindingsContext.Provider>
      {order.photo.appPhoto ? (
        <div>
          <h3>APP拍摄的照片</h3>
          <img src={order.photo.appPhoto} alt="上海管局APP拍摄的核验照片" style={{ maxWidth: '240px' }} />
          <div class="actions left">
            <button
              type="button"
              class="primary"
              disabled={confirmAction.busy || !order.actions.includes('photo-confirm')}
              onClick={async () => {
                const o = await confirmAction.run(() =>
                  api.post<Order>(`/api/beian/orders/${order.id}/photo/confirm`, {}),
                );
                if (o) onOrder(o);
              }}
            >
              确认可用
            </button>
          </div>
          {confirmAction.error ? (
            <Notice kind="error">
              <Bi text={confirmAction.error.text} />
            </Notice>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** A fixed pattern that looks like a QR code (finder squares + noise); it encodes nothing. */
const QR_CELLS: [number, number][] = (() => {
  const cells: [number, number][] = [];
  const finder = (ox: number, oy: number) => {
    for (let x = 0; x < 7; x++)
      for (let y = 0; y < 7; y++) {
        const edge = x === 0 || y === 0 || x === 6 || y === 6;
        const core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
        if (edge || core) cells.push([ox + x, oy + y]);
      }
  };
  finder(0, 0);
  finder(14, 0);
  finder(0, 14);
  for (let x = 0; x < 21; x++)
    for (let y = 0; y < 21; y++) {
      if ((x < 8 && y < 8) || (x > 12 && y < 8) || (x < 8 && y > 12)) continue;
      if ((x * 31 + y * 17 + x * y) % 5 < 2) cells.push([x, y]);
    }
  return cells;
})();

/** The SMS check state of spec §6: which phones, whether verified, the 24-hour window. */
function SmsSection({ order }: { order: Order }) {
  const sms = order.sms;
  if (!sms) return null;
  return (
    <div class="panel">
      <h2>短信核验</h2>
      <p>
        工信部已向以下手机号（联系方式1）发送短信验证码。请在 {sms.validHours} 小时内（截止 {fmtTime(sms.expiresAt)}
        ）登录管局网站「备案短信核验」完成核验。{' '}
        <a href={inWorld('/bureau/#/sms')} target="_blank" rel="noreferrer">
          前往管局网站短信核验
        </a>
      </p>
      <table class="grid">
        <thead>
          <tr>
            <th>手机号码</th>
            <th>负责人</th>
            <th>发送时间</th>
            <th>状态</th>
            <th>证件号码错误次数</th>
          </tr>
        </thead>
        <tbody>
          {sms.phones.map((p) => (
            <tr key={p.mobile}>
              <td class="mono">{p.mobile}</td>
              <td>{p.roles.map((r) => ROLE_LABEL[r] ?? r).join('、')}</td>
              <td>{fmtTime(p.sentAt)}</td>
              <td>
                {p.verified ? (
                  <span class="tag tag-ok">已核验</span>
                ) : p.delivered ? (
                  <span class="tag tag-warn">待核验</span>
                ) : (
                  <span class="tag">待发送（约 5 分钟）</span>
                )}
              </td>
              <td>{p.wrongIdTails}/5</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
