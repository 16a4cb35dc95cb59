import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../shared/domain/draft';
import { checkAndPlan } from '../../../shared/rules/engine';

const good = (): FilingDraft => JSON.parse(readFileSync('tests/fixtures/drafts/zj-app-good.json', 'utf8'));

describe('app plan', () => {
  it('a 浙江 first filing with one app: number -1A, the app principal gets the SMS code, display duty', () => {
    const d = good();
    const app = d.apps?.[0];
    if (app?.principal) app.principal.mobile = '13900001111';
    const { plan } = checkAndPlan(d);
    expect(plan.apps?.[0]).toMatchObject({
      path: 'apps[0]',
      kind: 'app',
      number: '浙ICP备<8 digits>号-1A',
      smsPhone: '13900001111',
    });
    expect(plan.smsCheck.phones).toEqual(['13812345678', '13900001111']);
    expect(plan.apps?.[0]?.display.zh).toContain('显著位置');
    expect(plan.apps?.[0]?.steps.map((s) => s.zh).join(' ')).toContain('SHA-1');
  });

  it('websites take the first serials; mini programs get X, quick apps K; 新增 leaves the serial open', () => {
    const d = good();
    d.websites = [{ name: '山水摄影记录', domains: ['zhangsan-photo.cn'] }];
    d.apps?.push({ kind: '小程序', name: '山水小程序' }, { kind: 'quick-app', name: '山水快应用' });
    expect(checkAndPlan(d).plan.apps?.map((a) => a.number)).toEqual([
      '浙ICP备<8 digits>号-2A',
      '浙ICP备<8 digits>号-3X',
      '浙ICP备<8 digits>号-4K',
    ]);
    d.filingType = 'new-website-here';
    expect(checkAndPlan(d).plan.apps?.[0]?.number).toBe('浙ICP备<8 digits>号-<n>A');
  });

  it('no app plan before app filing began', () => {
    expect(checkAndPlan({ ...good(), date: '2023-08-31' }).plan.apps).toBeUndefined();
  });
});
