import { describe, expect, it } from 'vitest';
import {
  canReuseServiceNumber,
  type ProductInstance,
  SERVICE_NUMBER_PRODUCTS,
  type ServiceNumberProductId,
  serviceNumberEligibility,
} from '../../../shared/process/service-numbers';

// spec §7 table: minimum months, numbers, per account.
const TABLE: [ServiceNumberProductId, number, number, boolean][] = [
  ['ecs', 3, 5, false],
  ['virtual-host', 3, 5, false],
  ['lightweight', 3, 5, false],
  ['elastic-web', 6, 5, true],
  ['site-builder', 12, 1, false],
  ['nat-gateway', 1, 2, false],
  ['ipv6-translation', 1, 2, false],
  ['ens', 3, 5, false],
];

const good = (product: ServiceNumberProductId, months: number): ProductInstance => ({
  product,
  billing: 'subscription',
  purchasedMonths: months,
  monthsRemaining: months,
  region: 'mainland',
  publicBandwidth: true,
  orderYuan: 99,
  numbersIssued: 0,
});

describe('service-number products (spec §7)', () => {
  it('one row per product of the table', () => {
    expect(SERVICE_NUMBER_PRODUCTS.map((p) => p.id).sort()).toEqual(TABLE.map(([id]) => id).sort());
  });
  for (const [id, months, numbers, perAccount] of TABLE) {
    it(`${id}: ≥ ${months} months, ${numbers} number(s) per ${perAccount ? 'account' : 'instance'}`, () => {
      const row = SERVICE_NUMBER_PRODUCTS.find((p) => p.id === id);
      expect(row).toMatchObject({ minMonths: months, numbers, perAccount });
      const ok = serviceNumberEligibility(good(id, months), 0);
      expect(ok).toEqual({ eligible: true, limit: numbers, remaining: numbers, reasons: [] });
      const last = serviceNumberEligibility({ ...good(id, months), numbersIssued: numbers - 1 }, numbers - 1);
      expect(last).toMatchObject({ eligible: true, remaining: 1 });
      const full = serviceNumberEligibility({ ...good(id, months), numbersIssued: numbers }, numbers);
      expect(full.eligible).toBe(false);
      expect(full.remaining).toBe(0);
      expect(full.reasons.map((r) => r.zh).join()).toContain('已达上限');
    });
    it(`${id}: bought for ${months - 1} month(s) is too short`, () => {
      const r = serviceNumberEligibility({ ...good(id, months), purchasedMonths: months - 1 });
      expect(r.eligible).toBe(false);
      expect(r.reasons.length).toBeGreaterThan(0);
    });
    it(`${id}: overseas instances are refused (mainland China only)`, () => {
      const r = serviceNumberEligibility({ ...good(id, months), region: 'overseas' });
      expect(r.eligible).toBe(false);
      expect(r.reasons[0]?.en).toContain('mainland');
    });
  }
  it('ECS: pay-as-you-go refused, with the fix', () => {
    const r = serviceNumberEligibility({ ...good('ecs', 3), billing: 'pay-as-you-go' });
    expect(r.eligible).toBe(false);
    expect(r.reasons[0]?.zh).toContain('按量付费');
    expect(r.reasons[0]?.en).toContain('subscription');
  });
  it('ECS: no public bandwidth refused', () => {
    const r = serviceNumberEligibility({ ...good('ecs', 3), publicBandwidth: false });
    expect(r.eligible).toBe(false);
    expect(r.reasons[0]?.en).toContain('public bandwidth');
  });
  it('too little prepaid time left: 请先续费 / renew first', () => {
    const r = serviceNumberEligibility({ ...good('ecs', 12), monthsRemaining: 2 });
    expect(r.eligible).toBe(false);
    expect(r.reasons[0]?.zh).toContain('请先续费');
    expect(r.reasons[0]?.en).toContain('renew first');
    const short = serviceNumberEligibility({ ...good('virtual-host', 2) });
    expect(short.reasons.some((x) => x.zh.includes('请先续费'))).toBe(true);
  });
  it('site builder: first purchase ≥ 12 months and an order ≥ 99 yuan', () => {
    expect(serviceNumberEligibility({ ...good('site-builder', 12), monthsRemaining: 1 }).eligible).toBe(true);
    const cheap = serviceNumberEligibility({ ...good('site-builder', 12), orderYuan: 98 });
    expect(cheap.eligible).toBe(false);
    expect(cheap.reasons[0]?.zh).toContain('99 元');
    const short = serviceNumberEligibility({ ...good('site-builder', 6) });
    expect(short.reasons[0]?.zh).toContain('首次购买须满 12 个月');
  });
  it('elastic web hosting: the limit is per account, counted across instances', () => {
    const one = { ...good('elastic-web', 6), numbersIssued: 0 };
    expect(serviceNumberEligibility(one, 4)).toMatchObject({ eligible: true, remaining: 1 });
    const r = serviceNumberEligibility(one, 5);
    expect(r.eligible).toBe(false);
    expect(r.reasons[0]?.en).toContain('per account');
  });
  it('elastic web hosting does not allow a commercial filing', () => {
    expect(SERVICE_NUMBER_PRODUCTS.find((p) => p.id === 'elastic-web')?.extra.commercialFilingAllowed).toBe(false);
    expect(SERVICE_NUMBER_PRODUCTS.filter((p) => !p.extra.commercialFilingAllowed).map((p) => p.id)).toEqual([
      'elastic-web',
    ]);
  });
  it('lists every reason at once, so all can be fixed in one go', () => {
    const r = serviceNumberEligibility({
      ...good('ecs', 1),
      billing: 'pay-as-you-go',
      region: 'overseas',
      publicBandwidth: false,
      numbersIssued: 5,
    });
    expect(r.reasons).toHaveLength(6);
  });
});

describe('service-number reuse (spec §7)', () => {
  it('a number used for a successful filing is never reused; an unused one can be', () => {
    expect(canReuseServiceNumber({ usedForSuccessfulFiling: true })).toBe(false);
    expect(canReuseServiceNumber({ usedForSuccessfulFiling: false })).toBe(true);
  });
});
