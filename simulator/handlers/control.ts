import { http } from 'msw';
import { z } from 'zod';
import {
  formatChina,
  inSimRange,
  parseDuration,
  parseInstant,
  SIM_TIME_RANGE_TEXT,
  setRunning,
  setSimNow,
} from '../state/clock';
import { REJECTION_REASONS } from '../state/data';
import { ApiError, fieldFinding, notFound, validationError } from '../state/errors';
import { migrateState } from '../state/migrations';
import { nextId } from '../state/random';
import { buildScenario, DEFAULT_SCENARIO, findScenario, scenarioList } from '../state/scenarios/index';
import { FaultFieldsSchema, REVIEW_STAGES, SettingsSchema, SimStateSchema } from '../state/schema';
import type { SimStore, Tx } from '../state/store';
import { catchUp, findOrder, review } from '../state/world';
import {
  body,
  errorResponse,
  guarded,
  internalErrorResponse,
  inWorld,
  json,
  param,
  parseBody,
  readJson,
} from './common';
import { orderView, pendingReviews } from './views';

/** The control API (design §6, extended; simulator/API.md §5). */

const ResetBody = z.object({ scenario: z.string().optional() }).strict();
const ClockBody = z
  .object({ advance: z.string().optional(), set: z.string().optional(), running: z.boolean().optional() })
  .strict()
  .refine((b) => b.advance !== undefined || b.set !== undefined || b.running !== undefined, {
    message: 'advance, set or running',
    path: ['advance'],
  });
const ReviewBody = z.object({ stage: z.string(), decision: z.string(), reason: z.string().optional() }).strict();
const FaultBody = FaultFieldsSchema.strict();
const SettingsBody = SettingsSchema.partial().strict();

/** A transaction that replaces the state without opening (catching up) the old one. */
async function replaceState(store: SimStore, fn: (tx: Tx) => Response | Promise<Response>): Promise<Response> {
  try {
    return await store.transact(fn);
  } catch (e) {
    if (e instanceof ApiError) return errorResponse(e);
    return internalErrorResponse(e);
  }
}

export function controlHandlers(store: SimStore) {
  return [
    http.get('*/__sim/scenarios', () => json({ items: scenarioList() })),

    http.post('*/__sim/reset', ({ request }) =>
      guarded(async () => {
        const b = await body(request, ResetBody);
        const name = b.scenario ?? DEFAULT_SCENARIO;
        if (!findScenario(name)) {
          throw new ApiError(404, 'not-found', {
            zh: `没有名为 ${name} 的场景`,
            en: `No scenario named ${name}; GET /__sim/scenarios lists them`,
          });
        }
        // The old state is not opened (no catching up): a reset works whatever that state is.
        return replaceState(store, async (tx) => {
          await tx.blobs.clear();
          const state = await buildScenario(name, store.realNow, tx.blobs);
          Object.assign(tx.state, state);
          return json({ scenario: name, now: state.clock.now });
        });
      }),
    ),

    http.get('*/__sim/state', () => inWorld(store, (w) => json(w.state))),

    http.put('*/__sim/state', ({ request }) =>
      guarded(async () => {
        const state = parseBody(SimStateSchema, migrateState(await readJson(request)));
        return replaceState(store, (tx) => {
          Object.assign(tx.state, state);
          return json({ imported: true, scenario: state.scenario, now: state.clock.now });
        });
      }),
    ),

    http.get('*/__sim/sms', ({ request }) =>
      inWorld(store, (w) => {
        const to = new URL(request.url).searchParams.get('to');
        const items = w.state.sms
          .filter((m) => Date.parse(m.sentAt) <= w.at && (!to || m.to === to))
          .map(({ to, from, text, code, sentAt, kind, orderId }) => ({
            to,
            from,
            text,
            code,
            sentAt,
            kind,
            orderId: orderId ?? null,
          }));
        return json({ items });
      }),
    ),

    http.get('*/__sim/clock', () =>
      inWorld(store, (w) => json({ now: w.state.clock.now, running: w.state.clock.running })),
    ),

    http.post('*/__sim/clock', ({ request }) =>
      guarded(async () => {
        const b = await body(request, ClockBody);
        return inWorld(store, (w) => {
          let target = w.now;
          if (b.set !== undefined) {
            const ms = parseInstant(b.set);
            if (ms === undefined) {
              throw validationError({
                set: [
                  fieldFinding('set', 'sim.clock-set', {
                    zh: '时间格式应为 ISO-8601',
                    en: 'Use an ISO-8601 time, e.g. 2018-11-28T09:00:00+08:00',
                  }),
                ],
              });
            }
            target = ms;
          }
          if (b.advance !== undefined) {
            const ms = parseDuration(b.advance);
            if (ms === undefined) {
              throw validationError({
                advance: [
                  fieldFinding('advance', 'sim.clock-advance', {
                    zh: '时长格式应为 ISO-8601，如 PT24H、P3D',
                    en: 'Use an ISO-8601 duration such as PT24H or P3D',
                  }),
                ],
              });
            }
            target += ms;
          }
          if (!inSimRange(target)) {
            const field = b.set !== undefined && b.advance === undefined ? 'set' : 'advance';
            throw validationError({
              [field]: [
                fieldFinding(field, 'sim.clock-range', {
                  zh: `模拟时间须在 ${SIM_TIME_RANGE_TEXT} 之内`,
                  en: `The simulated time must stay within ${SIM_TIME_RANGE_TEXT}`,
                }),
              ],
            });
          }
          setSimNow(w.state, target, store.realNow);
          if (b.running !== undefined) setRunning(w.state, b.running, store.realNow);
          // Expiry and auto review follow the clock at once (forward only: the past is not undone).
          if (target > w.now) {
            w.now = target;
            catchUp(w);
          } else {
            w.now = target;
            w.at = target;
          }
          return json({ now: formatChina(w.now), running: w.state.clock.running });
        });
      }),
    ),

    http.get('*/__sim/reviews', () => inWorld(store, (w) => json({ items: pendingReviews(w) }))),

    http.get('*/__sim/rejection-reasons', () =>
      json({ items: REJECTION_REASONS.map((r) => ({ id: r.id, stages: r.stages, text: r.text, source: r.source })) }),
    ),

    http.post('*/__sim/orders/:id/review', ({ request, params }) =>
      guarded(async () => {
        const b = await body(request, ReviewBody);
        return inWorld(store, (w) => {
          const order = findOrder(w.state, param(params, 'id'));
          const fields: Record<string, ReturnType<typeof fieldFinding>[]> = {};
          if (!(REVIEW_STAGES as readonly string[]).includes(b.stage)) {
            fields.stage = [
              fieldFinding('stage', 'sim.stage', {
                zh: `未知的审核阶段 ${b.stage}`,
                en: `Unknown stage ${b.stage}: use initial, photo or bureau`,
              }),
            ];
          }
          if (b.decision !== 'approve' && b.decision !== 'reject') {
            fields.decision = [
              fieldFinding('decision', 'sim.decision', {
                zh: `未知的审核结论 ${b.decision}`,
                en: `Unknown decision ${b.decision}: use approve or reject`,
              }),
            ];
          }
          if (Object.keys(fields).length) throw validationError(fields);
          const o = review(
            w,
            order.id,
            b.stage as (typeof REVIEW_STAGES)[number],
            b.decision as 'approve' | 'reject',
            b.reason,
            'reviewer',
          );
          return json(orderView(w, o));
        });
      }),
    ),

    http.get('*/__sim/faults', () => inWorld(store, (w) => json({ items: w.state.faults }))),

    http.post('*/__sim/faults', ({ request }) =>
      guarded(async () => {
        const b = await body(request, FaultBody);
        return inWorld(store, (w) => {
          const fault = {
            id: nextId(w.state, 'F'),
            path: b.path,
            kind: b.kind,
            ...(b.method ? { method: b.method.toUpperCase() } : {}),
            ...(b.kind === 'delay' ? { ms: b.ms ?? 1000 } : {}),
            ...(b.kind === 'error' ? { status: b.status ?? 500 } : {}),
            ...(b.times !== undefined ? { times: b.times } : {}),
          };
          w.state.faults.push(fault);
          return json(fault, 201);
        });
      }),
    ),

    http.delete('*/__sim/faults', () =>
      inWorld(store, (w) => {
        const removed = w.state.faults.length;
        w.state.faults = [];
        return json({ removed });
      }),
    ),

    http.delete('*/__sim/faults/:id', ({ params }) =>
      inWorld(store, (w) => {
        const id = param(params, 'id');
        if (!w.state.faults.some((f) => f.id === id)) throw notFound({ zh: `故障 ${id} 不存在`, en: `No fault ${id}` });
        w.state.faults = w.state.faults.filter((f) => f.id !== id);
        return json({ removed: 1 });
      }),
    ),

    http.get('*/__sim/settings', () => inWorld(store, (w) => json(w.state.settings))),

    http.post('*/__sim/settings', ({ request }) =>
      guarded(async () => {
        const b = await body(request, SettingsBody);
        return inWorld(store, (w) => {
          Object.assign(w.state.settings, b);
          catchUp(w);
          return json(w.state.settings);
        });
      }),
    ),

    http.get('*/__sim/captcha/:id', ({ params }) =>
      inWorld(store, (w) => {
        const c = w.state.captchas.find((x) => x.id === param(params, 'id'));
        if (!c) throw notFound({ zh: '验证码不存在或已使用', en: 'No such captcha (or already used)' });
        return json({ answer: c.answer });
      }),
    ),

    // Unknown control paths: JSON 404, not a fall-through to static files.
    http.all('*/__sim/*', () =>
      json(
        new ApiError(404, 'not-found', {
          zh: '没有这个控制接口',
          en: 'No such control endpoint: see simulator/API.md',
        }).toJSON(),
        404,
      ),
    ),
  ];
}
