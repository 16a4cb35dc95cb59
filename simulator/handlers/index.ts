import type { RequestHandler } from 'msw';
import type { SimStore } from '../state/store';
import { appHandlers } from './apps';
import { bureauHandlers } from './bureau';
import { controlHandlers } from './control';
import { faultHandlers } from './faults';
import { filingHandlers } from './filing';
import { guardHandlers } from './guard';
import { phoneHandlers } from './phone';

/**
 * Every simulator endpoint as MSW handlers (design §7: plain request → response functions), so the
 * same list serves the Node server (`getResponse`), vitest's `setupServer` and a browser worker.
 * The guard comes first (requests from other sites are refused), then faults: they apply to
 * `/api/…` before the real handler.
 */
export function createHandlers(store: SimStore): RequestHandler[] {
  return [
    ...guardHandlers(),
    ...faultHandlers(store),
    ...filingHandlers(store),
    ...appHandlers(store),
    ...bureauHandlers(store),
    ...phoneHandlers(store),
    ...controlHandlers(store),
  ];
}

export { SimStore } from '../state/store';
