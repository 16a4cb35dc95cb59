import { getResponse, http, type RequestHandler } from 'msw';
import { z } from 'zod';
import { ApiError, notFound } from '../state/errors';
import { DEFAULT_SCENARIO } from '../state/scenarios/index';
import {
  DEFAULT_WORLD,
  TooManyWorldsError,
  UnknownScenarioError,
  WORLD_ID,
  type WorldEntry,
  WorldExistsError,
  type WorldRegistry,
} from '../state/worlds';
import { body, errorResponse, guarded, json } from './common';
import { guardHandlers } from './guard';
import { createHandlers } from './index';

/**
 * Worlds over HTTP (design §6 "Worlds"): `POST/GET /__sim/worlds`, `DELETE /__sim/worlds/:id`, and
 * every path under `/w/<id>/…` answered by that world's own handlers; unprefixed paths go to the
 * world `default`. Each world keeps a journal of its requests (`GET /__sim/requests`).
 */

const CreateWorldBody = z
  .object({
    id: z.string().regex(WORLD_ID, 'ids are [a-z0-9-]{1,40}'),
    scenario: z.string().optional(),
  })
  .strict();

const SAFE = new Set(['GET', 'HEAD']);

/** What the console's progress table shows of a world, read without copying its state. */
export function worldSummary(entry: WorldEntry) {
  return entry.store.peek((s) => {
    const last = s.orders.at(-1);
    return {
      id: entry.id,
      scenario: s.scenario,
      createdAt: entry.createdAt,
      now: s.clock.now,
      counts: {
        orders: s.orders.length,
        subjects: s.subjects.length,
        sms: s.sms.length,
        requests: entry.journal.length + entry.journalDropped,
      },
      statuses: s.orders.reduce<Record<string, number>>((acc, o) => {
        acc[o.status] = (acc[o.status] ?? 0) + 1;
        return acc;
      }, {}),
      lastOrder: last
        ? { id: last.id, type: last.type, status: last.status, updatedAt: last.updatedAt, steps: last.history.length }
        : null,
    };
  });
}

const NO_ENDPOINT = new ApiError(404, 'not-found', {
  zh: '没有这个接口',
  en: 'No such endpoint: see simulator/API.md',
});

export function createSimulatorHandlers(registry: WorldRegistry): RequestHandler[] {
  const cache = new WeakMap<WorldEntry, RequestHandler[]>();
  const handlersOf = (entry: WorldEntry) => {
    let list = cache.get(entry);
    if (!list) {
      list = createHandlers(entry.store);
      cache.set(entry, list);
    }
    return list;
  };

  async function dispatch(entry: WorldEntry, request: Request, path: string): Promise<Response> {
    const started = performance.now();
    const url = new URL(request.url);
    url.pathname = path;
    const method = request.method.toUpperCase();
    if (method === 'GET' && path === '/__sim/requests') {
      return json({ world: entry.id, items: entry.journal, dropped: entry.journalDropped });
    }
    const bytes = SAFE.has(method) ? undefined : await request.arrayBuffer();
    const inner = new Request(url, {
      method,
      headers: request.headers,
      ...(bytes && bytes.byteLength > 0 ? { body: bytes } : {}),
    });
    const response = (await getResponse(handlersOf(entry), inner)) ?? errorResponse(NO_ENDPOINT);
    registry.record(entry, {
      method,
      path: path + url.search,
      status: response.type === 'error' ? 0 : response.status,
      at: new Date().toISOString(),
      ms: Math.round((performance.now() - started) * 10) / 10,
      bodySize: bytes?.byteLength ?? 0,
    });
    return response;
  }

  return [
    // Foreign requests are refused before anything else, on every world.
    ...guardHandlers(),

    http.get('*/__sim/worlds', () => json({ items: registry.list().map(worldSummary) })),

    http.post('*/__sim/worlds', ({ request }) =>
      guarded(async () => {
        if (/\/w\/[^/]+\/__sim\/worlds$/.test(new URL(request.url).pathname)) throw NO_ENDPOINT;
        const b = await body(request, CreateWorldBody);
        const scenario = b.scenario ?? DEFAULT_SCENARIO;
        try {
          const entry = await registry.create(b.id, scenario);
          return json(worldSummary(entry), 201);
        } catch (e) {
          if (e instanceof WorldExistsError)
            throw new ApiError(409, 'conflict', { zh: `世界 ${b.id} 已存在`, en: `World ${b.id} exists already` });
          if (e instanceof UnknownScenarioError)
            throw notFound({
              zh: `没有名为 ${scenario} 的场景`,
              en: `No scenario named ${scenario}; GET /__sim/scenarios lists them`,
            });
          if (e instanceof TooManyWorldsError)
            throw new ApiError(422, 'refused', {
              zh: `世界数量已达上限 ${e.message}：请先删除不用的世界`,
              en: `At most ${e.message} worlds: delete some first`,
            });
          throw e;
        }
      }),
    ),

    http.delete('*/__sim/worlds/:id', ({ params }) =>
      guarded(async () => {
        const id = String(params.id ?? '');
        if (id === DEFAULT_WORLD)
          throw new ApiError(409, 'conflict', {
            zh: '默认世界不能删除（可用 POST /__sim/reset 重置）',
            en: 'The default world cannot be deleted (POST /__sim/reset resets it)',
          });
        if (!(await registry.delete(id)))
          throw notFound({ zh: `世界 ${id} 不存在`, en: `No world ${id}; GET /__sim/worlds lists them` });
        return json({ removed: id });
      }),
    ),

    http.all('*/w/:world/*', ({ request, params }) => {
      const id = String(params.world ?? '');
      const entry = registry.get(id);
      if (!entry) {
        return errorResponse(
          notFound({ zh: `世界 ${id} 不存在`, en: `No world ${id}: POST /__sim/worlds {"id":"${id}"} creates it` }),
        );
      }
      const path = new URL(request.url).pathname.slice(`/w/${id}`.length) || '/';
      return dispatch(entry, request, path);
    }),

    http.all('*/api/*', ({ request }) => dispatch(registry.default, request, new URL(request.url).pathname)),
    http.all('*/__sim/*', ({ request }) => dispatch(registry.default, request, new URL(request.url).pathname)),
  ];
}
