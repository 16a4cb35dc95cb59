import { delay, HttpResponse, http } from 'msw';
import type { Fault } from '../state/schema';
import type { SimStore } from '../state/store';

/**
 * Fault injection for `/api/…` (issue 5 item 8; design §6): a delay, an HTTP error, or a dropped
 * connection. Runs first; returns nothing when no fault matches, so the real handler answers.
 */
export function faultMatches(f: Pick<Fault, 'path' | 'method'>, method: string, pathname: string): boolean {
  if (f.method && f.method.toUpperCase() !== method.toUpperCase()) return false;
  return f.path.endsWith('*') ? pathname.startsWith(f.path.slice(0, -1)) : pathname === f.path;
}

export function faultHandlers(store: SimStore) {
  return [
    http.all('*/api/*', async ({ request }) => {
      const { pathname } = new URL(request.url);
      const candidate = store.peek((s) => s.faults.some((f) => faultMatches(f, request.method, pathname)));
      if (!candidate) return undefined;
      // Consume one use of the fault inside a transaction (it persists, and parallel requests count right).
      const fault = await store.transact((tx) => {
        const f = tx.state.faults.find((x) => faultMatches(x, request.method, pathname));
        if (!f) return undefined;
        const copy = { ...f };
        if (f.times !== undefined) {
          f.times -= 1;
          if (f.times <= 0) tx.state.faults = tx.state.faults.filter((x) => x.id !== f.id);
        }
        return copy;
      });
      if (!fault) return undefined;
      if (fault.kind === 'network') return HttpResponse.error();
      if (fault.kind === 'error') {
        const status = fault.status ?? 500;
        return HttpResponse.json(
          {
            error: {
              code: 'fault',
              message: `模拟故障 ${status} / injected fault ${status}`,
              text: { zh: `模拟故障 ${status}`, en: `Injected fault ${status}` },
            },
          },
          { status },
        );
      }
      await delay(fault.ms ?? 1000);
      return undefined;
    }),
  ];
}
