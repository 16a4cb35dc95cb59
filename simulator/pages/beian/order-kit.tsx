/**
 * What the order's step pages share (props, edit permission, status tag, read-only note), apart from the
 * router in order.tsx, so that the pages and the router do not import each other.
 */

import { href } from '../shared/router';
import type { Order } from '../shared/types';
import { pagePath } from './steps';

export interface OrderPageProps {
  order: Order;
  /** Replace the order shown after a successful call. */
  onOrder: (o: Order) => void;
  reload: () => void;
}

/** Whether the order can be edited now (the backend lists allowed actions). */
export function canEdit(order: Order, action: string): boolean {
  return order.actions.includes(action);
}

export function statusTag(status: string): string {
  if (status === 'approved') return 'tag-ok';
  if (status === 'rejected' || status === 'returned') return 'tag-error';
  if (status === 'abandoned') return '';
  if (status === 'draft') return 'tag-warn';
  return 'tag-info';
}

/** Shown on a data page when the order's status does not allow changes. */
export function ReadOnlyNote({ order }: { order: Order }) {
  return (
    <div class="notice notice-info" role="status">
      订单当前状态为「{order.statusLabel.zh}」，此页信息不能修改。
      <a href={href(pagePath(order.id, 'status'))}>查看进度</a>
    </div>
  );
}
