import { useState } from 'preact/hooks';
import { api } from '../../shared/api';
import { fmtTime } from '../../shared/format';
import { useAction, useLoad } from '../../shared/hooks';
import { LoadState } from '../../shared/layout';
import type { PendingReview, RejectionReason } from '../../shared/types';
import { ActionError, type PanelProps } from '../panel';

const STAGE_LABEL: Record<string, string> = { initial: '初审', photo: '照片审核', bureau: '管局审核' };

export function ReviewsPanel({ tick, changed }: PanelProps) {
  const reviews = useLoad(
    () => api.get<{ items: (PendingReview & { typeLabel?: { zh: string } })[] }>('/__sim/reviews'),
    [tick],
    5000,
  );
  const reasons = useLoad(() => api.get<{ items: RejectionReason[] }>('/__sim/rejection-reasons'), []);
  return (
    <section class="panel" aria-labelledby="h-reviews">
      <h2 id="h-reviews">待审核</h2>
      <LoadState loading={reviews.loading && !reviews.data} error={reviews.error} />
      {reviews.data && reviews.data.items.length === 0 ? <p class="muted">没有待审核的订单</p> : null}
      {reviews.data?.items.map((r) => (
        <ReviewRow key={`${r.orderId}-${r.stage}`} review={r} reasons={reasons.data?.items ?? []} changed={changed} />
      ))}
    </section>
  );
}

function ReviewRow({
  review,
  reasons,
  changed,
}: {
  review: PendingReview & { typeLabel?: { zh: string } };
  reasons: RejectionReason[];
  changed: () => void;
}) {
  const options = reasons.filter((r) => r.stages.includes(review.stage));
  const [reason, setReason] = useState('');
  const [custom, setCustom] = useState('');
  const action = useAction();
  const decide = async (decision: 'approve' | 'reject') => {
    const text = decision === 'reject' ? custom.trim() || options.find((o) => o.id === reason)?.text.zh || '' : '';
    const r = await action.run(() =>
      api.post(`/__sim/orders/${encodeURIComponent(review.orderId)}/review`, {
        stage: review.stage,
        decision,
        ...(text ? { reason: text } : {}),
      }),
    );
    if (r) changed();
  };
  const key = `review-${review.orderId}-${review.stage}`;
  return (
    <div class="review" data-order-id={review.orderId} data-stage={review.stage}>
      <h3>
        <span class="mono">{review.orderId}</span> · {STAGE_LABEL[review.stage] ?? review.stage} ·{' '}
        {review.typeLabel?.zh ?? review.type} · {review.province} · {review.subjectName ?? '—'}
      </h3>
      <p class="muted">
        开始：{fmtTime(review.since)}　预计完成：{fmtTime(review.dueAt)}
      </p>
      <div class="inline">
        <label for={`${key}-reason`}>驳回原因</label>
        <select
          id={`${key}-reason`}
          value={reason}
          onChange={(e) => setReason((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">请选择</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.text.zh}
            </option>
          ))}
        </select>
        <label for={`${key}-custom`}>其他原因</label>
        <input
          id={`${key}-custom`}
          style={{ width: '200px' }}
          value={custom}
          onInput={(e) => setCustom((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="actions left">
        <button type="button" class="primary" disabled={action.busy} onClick={() => decide('approve')}>
          通过
        </button>
        <button
          type="button"
          class="danger"
          disabled={action.busy || (!reason && !custom.trim())}
          onClick={() => decide('reject')}
        >
          驳回
        </button>
      </div>
      <ActionError error={action.error} />
      <hr />
    </div>
  );
}
