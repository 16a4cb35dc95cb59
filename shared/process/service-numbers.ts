import type { Bilingual } from '../domain/bilingual';

/**
 * Service numbers (备案服务号): one per website, linking it to the server that hosts it (spec §7).
 * The number of websites a product can file is the same whether numbers are generated automatically or
 * applied for by hand (spec §7), so one table serves both.
 */

export type ServiceNumberProductId =
  | 'ecs'
  | 'virtual-host'
  | 'lightweight'
  | 'elastic-web'
  | 'site-builder'
  | 'nat-gateway'
  | 'ipv6-translation'
  | 'ens';

export type Billing = 'subscription' | 'pay-as-you-go';

export interface ServiceNumberProduct {
  id: ServiceNumberProductId;
  label: Bilingual;
  /** Minimum prepaid purchase, in months. */
  minMonths: number;
  /** Billing the product must use: monthly/yearly prepaid for every product in the table. */
  billing: 'subscription';
  /** Service numbers per instance, or per account when `perAccount`. */
  numbers: number;
  perAccount: boolean;
  extra: {
    /** The instance must have public bandwidth. */
    publicBandwidth?: boolean;
    /** The order must be worth at least this many yuan. */
    minOrderYuan?: number;
    /** The minimum applies to the first purchase. */
    firstPurchaseMonths?: number;
    commercialFilingAllowed: boolean;
  };
  source: string;
}

export const SERVICE_NUMBER_PRODUCTS: readonly ServiceNumberProduct[] = [
  {
    id: 'ecs',
    label: { zh: 'ECS实例', en: 'ECS instance' },
    minMonths: 3,
    billing: 'subscription',
    numbers: 5,
    perAccount: false,
    extra: { publicBandwidth: true, commercialFilingAllowed: true },
    source: 'spec §7',
  },
  {
    id: 'virtual-host',
    label: { zh: '云虚拟主机', en: 'Virtual host' },
    minMonths: 3,
    billing: 'subscription',
    numbers: 5,
    perAccount: false,
    extra: { commercialFilingAllowed: true },
    source: 'spec §7',
  },
  {
    id: 'lightweight',
    label: { zh: '轻量应用服务器', en: 'Lightweight application server' },
    minMonths: 3,
    billing: 'subscription',
    numbers: 5,
    perAccount: false,
    extra: { commercialFilingAllowed: true },
    source: 'spec §7',
  },
  {
    id: 'elastic-web',
    label: { zh: '弹性Web托管', en: 'Elastic web hosting' },
    minMonths: 6,
    billing: 'subscription',
    numbers: 5,
    perAccount: true,
    extra: { commercialFilingAllowed: false },
    source: 'spec §7; §3 (no commercial filing)',
  },
  {
    id: 'site-builder',
    label: { zh: '建站市场产品', en: 'Site-builder market product' },
    minMonths: 12,
    billing: 'subscription',
    numbers: 1,
    perAccount: false,
    extra: { firstPurchaseMonths: 12, minOrderYuan: 99, commercialFilingAllowed: true },
    source: 'spec §7',
  },
  {
    id: 'nat-gateway',
    label: { zh: 'NAT网关', en: 'NAT gateway' },
    minMonths: 1,
    billing: 'subscription',
    numbers: 2,
    perAccount: false,
    extra: { commercialFilingAllowed: true },
    source: 'spec §7',
  },
  {
    id: 'ipv6-translation',
    label: { zh: 'IPv6转换服务', en: 'IPv6 translation service' },
    minMonths: 1,
    billing: 'subscription',
    numbers: 2,
    perAccount: false,
    extra: { commercialFilingAllowed: true },
    source: 'spec §7',
  },
  {
    id: 'ens',
    label: { zh: 'ENS', en: 'ENS' },
    minMonths: 3,
    billing: 'subscription',
    numbers: 5,
    perAccount: false,
    extra: { commercialFilingAllowed: true },
    source: 'spec §7',
  },
];

/** Products can file only when hosted in mainland China (spec §7 "mainland China only"). */
export const SERVICE_NUMBER_REGIONS: readonly ProductInstance['region'][] = ['mainland'];

export interface ProductInstance {
  product: ServiceNumberProductId;
  billing: Billing;
  /** Length of the prepaid purchase (the first purchase, for products whose rule is about it). */
  purchasedMonths: number;
  /** Prepaid time left. */
  monthsRemaining: number;
  region: 'mainland' | 'overseas';
  publicBandwidth?: boolean;
  orderYuan?: number;
  /** Service numbers already issued for this instance. */
  numbersIssued: number;
}

export interface ServiceNumberEligibility {
  eligible: boolean;
  /** Numbers the instance (or, for per-account products, the account) can have. */
  limit: number;
  /** Numbers still available under the limit, whatever else blocks the application. */
  remaining: number;
  /** Why it cannot apply, each with how to fix it; empty when eligible. */
  reasons: Bilingual[];
}

export function serviceNumberProduct(id: ServiceNumberProductId): ServiceNumberProduct {
  const row = SERVICE_NUMBER_PRODUCTS.find((p) => p.id === id);
  if (!row) throw new RangeError(`unknown product: ${id}`);
  return row;
}

/**
 * Whether an instance can get another service number (the console's 申请 button, spec §7).
 * For per-account products (elastic web hosting) pass the numbers already used on the account.
 *
 * "If the prepaid time left is too short, renew first" (spec §7) gives no threshold: we require the
 * time left to cover the product's minimum purchase (the first purchase, for the site builder, where
 * any time left will do).
 */
export function serviceNumberEligibility(instance: ProductInstance, usedOnAccount?: number): ServiceNumberEligibility {
  const product = serviceNumberProduct(instance.product);
  const name = product.label;
  const reasons: Bilingual[] = [];

  if (!SERVICE_NUMBER_REGIONS.includes(instance.region)) {
    reasons.push({
      zh: `${name.zh}位于中国大陆以外的地域，不能申请备案服务号；请使用中国大陆地域的实例`,
      en: `The ${name.en} is outside mainland China and cannot get a service number; use an instance in a mainland region`,
    });
  }
  if (instance.billing !== product.billing) {
    reasons.push(
      instance.product === 'ecs'
        ? {
            zh: '按量付费的 ECS 实例不能申请备案服务号；请改用包年包月实例',
            en: 'A pay-as-you-go ECS instance cannot get a service number; use a monthly (subscription) instance',
          }
        : {
            zh: `${name.zh}须为包年包月计费才能申请备案服务号`,
            en: `The ${name.en} must be billed monthly (subscription) to get a service number`,
          },
    );
  }
  if (product.extra.publicBandwidth && !instance.publicBandwidth) {
    reasons.push({
      zh: `${name.zh}没有公网带宽，不能申请备案服务号；请先购买公网带宽`,
      en: `The ${name.en} has no public bandwidth and cannot get a service number; add public bandwidth first`,
    });
  }
  const minPurchase = product.extra.firstPurchaseMonths ?? product.minMonths;
  if (instance.purchasedMonths < minPurchase) {
    reasons.push(
      product.extra.firstPurchaseMonths
        ? {
            zh: `${name.zh}首次购买须满 ${minPurchase} 个月（当前 ${instance.purchasedMonths} 个月）`,
            en: `The ${name.en} must be bought for at least ${minPurchase} months at first purchase (it was ${instance.purchasedMonths})`,
          }
        : {
            zh: `${name.zh}购买时长不足 ${minPurchase} 个月（当前 ${instance.purchasedMonths} 个月），请先续费`,
            en: `The ${name.en} was bought for less than ${minPurchase} months (${instance.purchasedMonths}); renew first`,
          },
    );
  }
  const minRemaining = product.extra.firstPurchaseMonths ? 0 : product.minMonths;
  if (instance.monthsRemaining <= 0 || instance.monthsRemaining < minRemaining) {
    reasons.push({
      zh: `${name.zh}剩余时长不足${minRemaining > 0 ? ` ${minRemaining} 个月` : ''}，请先续费`,
      en: `The ${name.en} has too little prepaid time left${minRemaining > 0 ? ` (under ${minRemaining} months)` : ''}; renew first`,
    });
  }
  if (product.extra.minOrderYuan !== undefined && (instance.orderYuan ?? 0) < product.extra.minOrderYuan) {
    reasons.push({
      zh: `${name.zh}订单金额须不低于 ${product.extra.minOrderYuan} 元`,
      en: `The ${name.en} order must be worth at least ${product.extra.minOrderYuan} yuan`,
    });
  }

  const used = product.perAccount ? Math.max(usedOnAccount ?? 0, instance.numbersIssued) : instance.numbersIssued;
  const limit = product.numbers;
  const remaining = Math.max(0, limit - used);
  if (remaining === 0) {
    reasons.push({
      zh: `${name.zh}的备案服务号已达上限（每${product.perAccount ? '账号' : '实例'} ${limit} 个）`,
      en: `The ${name.en} has reached its limit of ${limit} service number${limit === 1 ? '' : 's'} per ${product.perAccount ? 'account' : 'instance'}`,
    });
  }
  return { eligible: reasons.length === 0, limit, remaining, reasons };
}

/** A service number once used for a successful filing is never reused, not even after release (spec §7). */
export function canReuseServiceNumber(n: { usedForSuccessfulFiling: boolean }): boolean {
  return !n.usedForSuccessfulFiling;
}
