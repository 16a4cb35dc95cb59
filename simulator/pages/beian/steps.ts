import { APP_FILING_TYPES } from '../../../shared/process/app-plan';
import type { Order } from '../shared/types';

/**
 * Pages of an order, derived from its steps (shared/process STEP_TEMPLATES via `order.steps`):
 * the data-entry steps each have a page; every review step is shown on the progress page.
 */
export type OrderPageId = 'product' | 'subject' | 'website' | 'app' | 'access' | 'upload' | 'status';

const STEP_PAGE: Record<string, OrderPageId> = {
  product: 'product',
  subject: 'subject',
  website: 'website',
  'access-password': 'access',
  'sms-account-code': 'access',
  upload: 'upload',
};

export function orderPages(order: Pick<Order, 'steps'> & Partial<Pick<Order, 'type'>>): OrderPageId[] {
  const pages: OrderPageId[] = [];
  for (const s of order.steps) {
    const p = STEP_PAGE[s];
    if (p && !pages.includes(p)) pages.push(p);
    // Apps (since 2023) are filed beside the websites in the types that file them.
    if (p === 'website' && order.type && APP_FILING_TYPES.includes(order.type)) pages.push('app');
  }
  pages.push('status');
  return pages;
}

export function pageTitle(page: OrderPageId, order?: Pick<Order, 'type'>): string {
  switch (page) {
    case 'product':
      return '产品验证';
    case 'subject':
      return order?.type === 'new-website-here' ? '确认主体信息' : '填写主体信息';
    case 'website':
      return '填写网站信息';
    case 'app':
      return '填写APP信息';
    case 'access':
      return order && ['access-new', 'access-continue'].includes(order.type) ? '填写接入信息' : '验证备案密码';
    case 'upload':
      return '上传资料';
    case 'status':
      return '提交与进度';
  }
}

export function nextPage(
  order: Pick<Order, 'steps'> & Partial<Pick<Order, 'type' | 'draft'>>,
  current: OrderPageId,
): OrderPageId {
  const pages = orderPages(order);
  const next = pages[pages.indexOf(current) + 1] ?? 'status';
  // A website order without apps goes on to the documents, as the consoles do; the app page stays
  // one click away (the step list, 「保存，并添加APP」) for an order that files both.
  if (next === 'app' && current === 'website' && !order.draft?.apps?.length && order.draft?.websites?.length) {
    return pages[pages.indexOf('app') + 1] ?? 'status';
  }
  return next;
}

export function pagePath(orderId: string, page: OrderPageId, index?: number): string {
  return `/order/${encodeURIComponent(orderId)}/${page}${index !== undefined ? `/${index}` : ''}`;
}

/** The page a field key is entered on (for error summaries on the progress page). */
export function pageOfField(key: string): { page: OrderPageId; index?: number } | undefined {
  const site = /^websites\[(\d+)\]/.exec(key);
  if (site) return { page: key.includes('filingNumber') ? 'access' : 'website', index: Number(site[1]) };
  const app = /^apps\[(\d+)\]/.exec(key);
  if (app) return { page: 'app', index: Number(app[1]) };
  if (key.startsWith('subject.')) return { page: 'subject' };
  if (key.startsWith('upload.') || key === 'file') return { page: 'upload' };
  if (['filingNumber', 'filingPassword', 'accountCode', 'websiteFilingNumber'].includes(key)) return { page: 'access' };
  if (key === 'instanceId' || key === 'serviceNumber') return { page: 'product' };
  return undefined;
}
