/**
 * Hash routes (`#/order/O-0001/subject`): each site is one HTML page, so routes need no server
 * fallback and reloading any screen works.
 */
import { useEffect, useState } from 'preact/hooks';

function currentPath(): string {
  const h = typeof location === 'undefined' ? '' : location.hash.replace(/^#/, '');
  return h.startsWith('/') ? h : `/${h}`;
}

export function useRoute(): { path: string; parts: string[]; query: URLSearchParams } {
  const [path, setPath] = useState(currentPath());
  useEffect(() => {
    const on = () => setPath(currentPath());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const [p = '/', q = ''] = path.split('?');
  return { path: p, parts: p.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(q) };
}

export function navigate(path: string): void {
  location.hash = path;
  window.scrollTo?.(0, 0);
}

export function href(path: string): string {
  return `#${path}`;
}
