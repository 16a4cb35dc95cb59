/**
 * One order: the step bar built from `order.steps`, and the page of the current step.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../shared/api';
import { useLoad } from '../shared/hooks';
import { LoadState } from '../shared/layout';
import { href } from '../shared/router';
import type { Order } from '../shared/types';
import { AccessPage } from './access';
import { AppPage } from './app';
import { type OrderPageProps, statusTag } from './order-kit';
import { ProductPage } from './product';
import { StatusPage } from './status';
import { type OrderPageId, orderPages, pagePath, pageTitle } from './steps';
import { SubjectPage } from './subject';
import { UploadPage } from './upload';
import { WebsitePage } from './website';

export function OrderPage({ orderId, step, index }: { orderId: string; step: string; index?: string }) {
  const loaded = useLoad(() => api.get<Order>(`/api/beian/orders/${encodeURIComponent(orderId)}`), [orderId]);
  const [order, setOrder] = useState<Order>();
  useEffect(() => {
    if (loaded.data) setOrder(loaded.data);
  }, [loaded.data]);

  if (!order || order.id !== orderId) return <LoadState loading={loaded.loading} error={loaded.error} />;
  const pages = orderPages(order);
  const page = (pages.includes(step as OrderPageId) ? step : pages[0]) as OrderPageId;
  const props: OrderPageProps = { order, onOrder: setOrder, reload: loaded.reload };
  const current = pages.indexOf(page);
  return (
    <section data-order-id={order.id} data-order-status={order.status}>
      <h1>
        {order.typeLabel.zh} <span class="muted mono">{order.id}</span>{' '}
        <span class={`tag ${statusTag(order.status)}`}>{order.statusLabel.zh}</span>
      </h1>
      <ol class="steps" aria-label="备案步骤">
        {pages.map((p, i) => (
          <li
            key={p}
            class={i === current ? 'current' : i < current ? 'done' : ''}
            aria-current={i === current ? 'step' : undefined}
          >
            <a href={href(pagePath(order.id, p))}>{pageTitle(p, order)}</a>
          </li>
        ))}
      </ol>
      {page === 'product' ? <ProductPage {...props} /> : null}
      {page === 'subject' ? <SubjectPage {...props} /> : null}
      {page === 'website' ? (
        <WebsitePage key={index ?? '0'} {...props} index={index === undefined ? 0 : Number(index) || 0} />
      ) : null}
      {page === 'app' ? (
        <AppPage key={index ?? '0'} {...props} index={index === undefined ? 0 : Number(index) || 0} />
      ) : null}
      {page === 'access' ? <AccessPage {...props} /> : null}
      {page === 'upload' ? <UploadPage {...props} /> : null}
      {page === 'status' ? <StatusPage {...props} /> : null}
    </section>
  );
}
