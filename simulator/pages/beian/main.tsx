import { render } from 'preact';
import '../shared/style.css';
import { Layout, type NavItem } from '../shared/layout';
import { href, useRoute } from '../shared/router';
import { ClaimPage } from './claim';
import { FilingsPage } from './filings';
import { OrderPage } from './order';
import { OrdersPage } from './orders';
import { ServiceNumberApplyPage, ServiceNumberManagePage } from './service-numbers';
import { StartPage } from './start';

/** The filing site (`/beian/`, design §6). */
function App() {
  const route = useRoute();
  const [first = '', second = '', ...rest] = route.parts;
  let page = <StartPage query={route.query} />;
  let active = '/start';
  if (first === 'order' && second) {
    page = <OrderPage orderId={second} step={rest[0] ?? ''} index={rest[1]} />;
    active = '/orders';
  } else if (first === 'orders') {
    page = <OrdersPage />;
    active = '/orders';
  } else if (first === 'filings') {
    page = <FilingsPage />;
    active = '/filings';
  } else if (first === 'claim') {
    page = <ClaimPage />;
    active = '/claim';
  } else if (first === 'service-numbers' && second === 'apply') {
    page = <ServiceNumberApplyPage />;
    active = '/service-numbers/apply';
  } else if (first === 'service-numbers') {
    page = <ServiceNumberManagePage />;
    active = '/service-numbers';
  }
  const nav: NavItem[] = [
    { href: href('/start'), label: '开始备案' },
    { href: href('/orders'), label: '备案订单' },
    { href: href('/filings'), label: '我的备案' },
    { href: href('/claim'), label: '认领原万网备案' },
    { href: href('/service-numbers/apply'), label: '备案服务号申请' },
    { href: href('/service-numbers'), label: '备案服务号管理' },
  ].map((n) => ({ ...n, active: n.href === href(active) }));
  return (
    <Layout site="beian" title="ICP代备案管理系统" nav={nav} showSession>
      {page}
    </Layout>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
