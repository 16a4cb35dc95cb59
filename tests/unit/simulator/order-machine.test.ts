import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, REVIEW_STAGES } from '../../../simulator/state/schema';
import { withOrderMachineSection } from '../../../simulator/state/world/diagram';
import { inProgress, ORDER_MACHINE, reviewStatus, transition, type World } from '../../../simulator/state/world/index';
import { fileUpToSubmit, useSim, ZJ } from './helpers';

describe('the order state machine (simulator/state/world/machine.ts)', () => {
  const sim = useSim();

  it('is finished exactly at approved and abandoned (API.md: every other status blocks a new order)', () => {
    const finished = ORDER_STATUSES.filter((s) => Object.keys(ORDER_MACHINE[s].next).length === 0);
    expect(finished).toEqual(['approved', 'abandoned']);
  });

  it('each review stage waits in exactly one status, and that status allows the review action', () => {
    expect(REVIEW_STAGES.map(reviewStatus)).toEqual(['initial-review', 'photo-review', 'bureau-review']);
    for (const stage of REVIEW_STAGES) {
      expect(ORDER_MACHINE[reviewStatus(stage)].actions).toContain('review');
      expect(ORDER_STATUSES.filter((s) => ORDER_MACHINE[s].review === stage)).toHaveLength(1);
    }
  });

  it('refuses a status change that is not in the table, and leaves the order as it was', async () => {
    await sim.reset('zj-first-sms-pending');
    const state = sim.store.snapshot();
    const order = state.orders.at(-1);
    if (!order) throw new Error('scenario has no order');
    expect(order.status).toBe('sms-check');
    const w: World = { state, now: 0, at: 0, blobs: sim.store.blobs };
    const historyBefore = order.history.length;
    expect(() => transition(w, order, 'approved', 'skipping the bureau', 'test')).toThrow(
      'no transition sms-check → approved',
    );
    expect(order.status).toBe('sms-check');
    expect(order.history).toHaveLength(historyBefore);
    expect(inProgress(order)).toBe(true);
  });

  it("an order's buttons follow the machine: in sms-check only the SMS check and abandon; editing is refused with 409", async () => {
    await sim.reset('zj-first-sms-pending');
    const id = (await sim.state()).orders.at(-1)?.id;
    const view = await sim.get(`/api/beian/orders/${id}`);
    expect(view.body.actions).toEqual(['bureau-sms-check', 'abandon']);
    const edit = await sim.put(`/api/beian/orders/${id}/subject`, ZJ.subject);
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('wrong-status');
    expect(edit.body.error.text.zh).toContain('订单状态为"sms-check"，不能修改主体信息');
  });

  it('bureau-review offers no abandon button, and the server refuses abandon there; sms-check offers and accepts it', async () => {
    await sim.reset('zj-first-sms-pending');
    const order = (await sim.state()).orders.at(-1);
    const id = order?.id ?? '';
    const codes = (await sim.sms()).filter((m) => m.kind === 'sms-check' && m.orderId === id);
    const tails: Record<string, string> = { '13812345678': '071236', '13900001111': '124565' };
    for (const m of codes) {
      const r = await sim.post('/api/bureau/sms-check', { code: m.code, mobile: m.to, idTail: tails[m.to] });
      expect(r.status).toBe(200);
    }
    const view = await sim.get(`/api/beian/orders/${id}`);
    expect(view.body.status).toBe('bureau-review');
    expect(view.body.actions).toEqual([]);
    const abandon = await sim.post(`/api/beian/orders/${id}/abandon`, {});
    expect(abandon.status).toBe(409);
    expect(abandon.body.error.text.en).toBe('The order is "bureau-review": cannot abandon the order');

    await sim.reset('zj-first-sms-pending');
    expect((await sim.get(`/api/beian/orders/${id}`)).body.actions).toContain('abandon');
    const ok = await sim.post(`/api/beian/orders/${id}/abandon`, {});
    expect(ok.status).toBe(200);
    expect((await sim.state()).orders.at(-1)?.status).toBe('abandoned');
  });

  it('a draft shows the editing buttons its type needs, in order, ending with submit and abandon', async () => {
    await sim.reset('empty');
    const id = await fileUpToSubmit(sim);
    expect((await sim.get(`/api/beian/orders/${id}`)).body.actions).toEqual([
      'product',
      'save-subject',
      'save-website',
      'save-app',
      'upload',
      'submit',
      'abandon',
    ]);
  });

  it('every transition recorded while the scenarios are built is an edge of the machine', async () => {
    for (const scenario of [
      'zj-first-sms-pending',
      'sh-first-photo-pending',
      'bj-company-approved',
      'sh-app-android-ios',
    ]) {
      await sim.reset(scenario);
      for (const order of (await sim.state()).orders) {
        for (const h of order.history) {
          if (h.from === null) expect(h.to).toBe('draft');
          else
            expect(ORDER_MACHINE[h.from].next[h.to], `${scenario} ${order.id}: ${h.from} → ${h.to}`).toBeTypeOf(
              'string',
            );
        }
      }
    }
  });

  it('simulator/README.md shows the current machine (run scripts/order-machine-diagram.ts after changing it)', () => {
    const readme = readFileSync(new URL('../../../simulator/README.md', import.meta.url), 'utf8');
    expect(withOrderMachineSection(readme)).toBe(readme);
    expect(readme).toContain('sms_check --> returned: window ran out, or ID tail wrong 5 times');
  });
});
