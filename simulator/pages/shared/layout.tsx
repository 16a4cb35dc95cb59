import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { api, inWorld } from './api';
import { fmtTime } from './format';
import { useLoad } from './hooks';
import type { Session } from './types';

export interface NavItem {
  href: string;
  label: string;
  /** Marks the current page (aria-current). */
  active?: boolean;
}

interface LayoutProps {
  site: 'beian' | 'bureau' | 'phone' | 'console';
  title: string;
  nav?: NavItem[];
  children: ComponentChildren;
  /** Show the account and the simulated time (filing site, console). */
  showSession?: boolean;
}

const SITES: { key: LayoutProps['site']; href: string; label: string }[] = [
  { key: 'beian', href: '/beian/', label: '备案系统' },
  { key: 'bureau', href: '/bureau/', label: '管局网站' },
  { key: 'phone', href: '/phone/', label: '虚拟手机' },
  { key: 'console', href: '/console/', label: '控制台' },
];

export function SessionInfo() {
  const session = useLoad(() => api.get<Session>('/api/session'), [], 15_000);
  if (!session.data) return null;
  return (
    <div class="session">
      <span>账号：{session.data.account.loginName || session.data.account.name}</span>
      <span title="模拟时间 / simulated time">模拟时间：{fmtTime(session.data.now)}</span>
    </div>
  );
}

/**
 * `<meta name="icp-sim-date" content="YYYY-MM-DD">`: the simulated date, for the extension to judge this
 * page by the same day as the simulator does (issue 15 item 2). Present (empty) from the first render,
 * so the extension knows to wait for it; kept current as the clock moves.
 */
function SimDateMeta() {
  useLayoutEffect(() => {
    if (!document.head.querySelector('meta[name="icp-sim-date"]')) {
      const meta = document.createElement('meta');
      meta.name = 'icp-sim-date';
      meta.content = '';
      document.head.append(meta);
    }
  }, []);
  const session = useLoad(() => api.get<Session>('/api/session'), [], 2_000);
  const day = session.data?.now.slice(0, 10) ?? '';
  useEffect(() => {
    const meta = document.head.querySelector('meta[name="icp-sim-date"]');
    if (day && meta && meta.getAttribute('content') !== day) meta.setAttribute('content', day);
  }, [day]);
  return null;
}

export function Layout({ site, title, nav, children, showSession }: LayoutProps) {
  return (
    <div class={`app site-${site}`}>
      <SimDateMeta />
      <div class="simbar" role="note">
        <span>ICP 备案模拟环境 · Simulator — 非真实系统，数据仅供演练</span>
        <nav aria-label="模拟环境站点">
          {SITES.map((s) => (
            <a key={s.key} href={inWorld(s.href)} aria-current={s.key === site ? 'page' : undefined}>
              {s.label}
            </a>
          ))}
        </nav>
      </div>
      <header class="topbar">
        <div class="brand">{title}</div>
        {showSession ? <SessionInfo /> : null}
      </header>
      <div class="body">
        {nav ? (
          <nav class="sidenav" aria-label="导航">
            <ul>
              {nav.map((n) => (
                <li key={n.href}>
                  <a href={inWorld(n.href)} aria-current={n.active ? 'page' : undefined}>
                    {n.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <main class="main">{children}</main>
      </div>
    </div>
  );
}

/** Loading / load-failed placeholder for a section. */
export function LoadState({ loading, error }: { loading: boolean; error?: { text: { zh: string; en: string } } }) {
  if (error)
    return (
      <div class="notice notice-error" role="alert">
        加载失败：{error.text.zh} <span class="en">{error.text.en}</span>
      </div>
    );
  if (loading) return <p class="muted">加载中…</p>;
  return null;
}
