/**
 * The photo check as it is today: electronic face verification of every 互联网信息服务负责人 in the
 * provider's app (research currency-2026). The simulator stands in for the app: each principal checks
 * the three conditions the app asks for and verifies; the order moves on when all have.
 */
import { useState } from 'preact/hooks';
import { api } from '../shared/api';
import { ErrorSummary, FindingsContext } from '../shared/form';
import { maskMobile } from '../shared/format';
import { useAction } from '../shared/hooks';
import type { Order } from '../shared/types';

const CONDITIONS = [
  { key: 'plainBackground', label: '身后为纯色（白色）背景' },
  { key: 'goodLight', label: '光线充足，面部无遮挡' },
  { key: 'locationAllowed', label: '已允许App读取位置信息' },
] as const;

type ConditionKey = (typeof CONDITIONS)[number]['key'];

export function FaceSection({ order, onOrder }: { order: Order; onOrder: (o: Order) => void }) {
  const principals = order.photo.face ?? [];
  return (
    <div class="panel" data-photo-method="face">
      <h2>电子核验（人脸识别）</h2>
      <p>
        每位互联网信息服务负责人须本人在服务商App或小程序中完成人脸核验（模拟：在下方代为操作）。核验完成后订单进入照片审核。
      </p>
      <ul class="face-list">
        {principals.map((p) => (
          <FacePrincipalRow key={p.mobile} order={order} principal={p} onOrder={onOrder} />
        ))}
      </ul>
    </div>
  );
}

function FacePrincipalRow({
  order,
  principal,
  onOrder,
}: {
  order: Order;
  principal: NonNullable<Order['photo']['face']>[number];
  onOrder: (o: Order) => void;
}) {
  const [checked, setChecked] = useState<Record<ConditionKey, boolean>>({
    plainBackground: false,
    goodLight: false,
    locationAllowed: false,
  });
  const verify = useAction();
  const who = `${principal.name}（${maskMobile(principal.mobile)}）`;
  if (principal.verified) {
    return (
      <li data-face-principal={principal.mobile} data-verified="true">
        {who}：<strong>已完成人脸核验</strong>
      </li>
    );
  }
  const idBase = `face-${order.id}-${principal.mobile}`;
  return (
    <li data-face-principal={principal.mobile} data-verified="false">
      <FindingsContext.Provider value={verify.error?.fields ?? {}}>
        {verify.error ? <ErrorSummary title={verify.error.text} findings={verify.error.fields} /> : null}
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const o = await verify.run(() =>
              api.post<Order>(`/api/beian/orders/${order.id}/photo/face`, { mobile: principal.mobile, ...checked }),
            );
            if (o) onOrder(o);
          }}
        >
          <fieldset>
            <legend>{who}</legend>
            {CONDITIONS.map((c) => (
              <div key={c.key}>
                <input
                  type="checkbox"
                  id={`${idBase}-${c.key}`}
                  checked={checked[c.key]}
                  onChange={(e) => setChecked({ ...checked, [c.key]: (e.target as HTMLInputElement).checked })}
                />
                <label for={`${idBase}-${c.key}`}>{c.label}</label>
              </div>
            ))}
          </fieldset>
          <div class="actions left">
            <button type="submit" disabled={verify.busy}>
              开始人脸核验
            </button>
          </div>
        </form>
      </FindingsContext.Provider>
    </li>
  );
}
