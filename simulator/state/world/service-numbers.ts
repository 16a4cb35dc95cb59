import type { Bilingual } from '../../../shared/domain/bilingual';
import {
  SERVICE_NUMBER_PRODUCTS,
  type ServiceNumberEligibility,
  type ServiceNumberProductId,
  serviceNumberEligibility,
} from '../../../shared/process/index';
import { ApiError, fieldFinding, notFound, refused, validationError } from '../errors';
import { randomDigits } from '../random';
import type { Instance, Order, ServiceNumber } from '../schema';
import { account, findOrder, hasStep, instant, iso, type World } from './core';
import { requireAction } from './machine';

/** Service numbers (spec §7): eligibility, issue, delete, binding to an order's websites. */

function productOf(id: string) {
  return SERVICE_NUMBER_PRODUCTS.find((p) => p.id === id);
}

/** Numbers that count toward a limit: live ones, and used ones forever (a used number is never freed). */
function counts(n: ServiceNumber): boolean {
  return !n.deleted || n.status === '已使用';
}

export function monthsRemaining(instance: Instance, now: number): number {
  if (!instance.expiresAt) return 0;
  const ms = instant(instance.expiresAt) - now;
  return Math.max(0, Math.floor(ms / (30 * 86_400_000)));
}

export function instanceEligibility(w: World, instance: Instance): ServiceNumberEligibility {
  const product = productOf(instance.product);
  if (!product || instance.released) {
    return {
      eligible: false,
      limit: 0,
      remaining: 0,
      reasons: [
        instance.released
          ? { zh: '实例已释放', en: 'The instance is released' }
          : { zh: '该产品不支持备案', en: 'This product cannot be used for filing' },
      ],
    };
  }
  const issued = w.state.serviceNumbers.filter((n) => n.instanceId === instance.id && counts(n)).length;
  const onAccount = product.perAccount
    ? w.state.serviceNumbers.filter(
        (n) => n.accountId === instance.accountId && n.product === instance.product && counts(n),
      ).length
    : undefined;
  return serviceNumberEligibility(
    {
      product: instance.product as ServiceNumberProductId,
      billing: instance.billing,
      purchasedMonths: instance.purchasedMonths,
      monthsRemaining: monthsRemaining(instance, w.at),
      region: instance.region,
      ...(instance.publicBandwidth !== undefined ? { publicBandwidth: instance.publicBandwidth } : {}),
      ...(instance.orderYuan !== undefined ? { orderYuan: instance.orderYuan } : {}),
      numbersIssued: issued,
    },
    onAccount,
  );
}

function findInstance(w: World, id: string, field = 'instanceId'): Instance {
  const instance = w.state.instances.find((i) => i.id === id && i.accountId === account(w.state).id);
  if (!instance)
    throw refused(field, 'sim.instance-unknown', { zh: `实例 ${id} 不存在`, en: `No instance ${id} in this account` });
  return instance;
}

function eligibilityError(field: string, e: ServiceNumberEligibility): ApiError {
  const message: Bilingual = {
    zh: e.reasons.map((r) => r.zh).join('；'),
    en: e.reasons.map((r) => r.en).join('; '),
  };
  return new ApiError(422, 'refused', message, {
    [field]: e.reasons.map((r) => fieldFinding(field, 'sim.service-number-eligibility', r, undefined, 'spec §7')),
  });
}

function issueNumber(w: World, instance: Instance): ServiceNumber {
  const e = instanceEligibility(w, instance);
  if (!e.eligible) throw eligibilityError('instanceId', e);
  let number = '';
  do number = randomDigits(w.state, 10);
  while (number.startsWith('0') || w.state.serviceNumbers.some((n) => n.number === number));
  const n: ServiceNumber = {
    number,
    accountId: instance.accountId,
    instanceId: instance.id,
    product: instance.product,
    status: '未使用',
    createdAt: iso(w.at),
    deleted: false,
  };
  w.state.serviceNumbers.push(n);
  return n;
}

export function applyServiceNumber(w: World, instanceId: string): ServiceNumber {
  return issueNumber(w, findInstance(w, instanceId));
}

export function deleteServiceNumber(w: World, number: string): void {
  const n = w.state.serviceNumbers.find(
    (x) => x.number === number && x.accountId === account(w.state).id && !x.deleted,
  );
  if (!n) throw notFound({ zh: `备案服务号 ${number} 不存在`, en: `No service number ${number}` });
  if (n.status !== '未使用') {
    throw new ApiError(409, 'wrong-status', {
      zh: `备案服务号状态为"${n.status}"，不能删除`,
      en: `The service number is "${n.status}" and cannot be deleted`,
    });
  }
  n.deleted = true;
}

/** A number the applicant typed: it must be theirs, live, and never used (spec §7). */
function usableNumber(w: World, number: string, field: string, orderId: string): ServiceNumber {
  const n = w.state.serviceNumbers.find((x) => x.number === number.trim() && x.accountId === account(w.state).id);
  if (!n || (n.deleted && n.status !== '已使用')) {
    throw refused(
      field,
      'sim.service-number-unknown',
      { zh: `备案服务号 ${number} 不存在`, en: `No service number ${number} in this account` },
      {
        zh: '在"备案服务号管理"中查看可用的服务号，或选择实例自动生成',
        en: 'See 备案服务号管理 for your numbers, or pick an instance to generate one',
      },
    );
  }
  if (n.status === '已使用') {
    throw refused(
      field,
      'sim.service-number-used',
      {
        zh: '该备案服务号已用于成功的备案，不能再次使用',
        en: 'This service number was used for a successful filing and can never be reused',
      },
      { zh: '请选择实例生成新的备案服务号', en: 'Pick an instance to generate a new service number' },
      'spec §7',
    );
  }
  if (n.status === '已绑定' && n.orderId !== orderId) {
    throw refused(field, 'sim.service-number-bound', {
      zh: `该备案服务号已绑定订单 ${n.orderId ?? ''}`,
      en: `This service number is bound to order ${n.orderId ?? ''}`,
    });
  }
  return n;
}

export function releaseNumber(n: ServiceNumber): void {
  if (n.status !== '已绑定') return;
  n.status = '未使用';
  delete n.orderId;
  delete n.websiteIndex;
}

export function setProduct(w: World, orderId: string, input: { instanceId?: string; serviceNumber?: string }): Order {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'product');
  if (!hasStep(w, order, 'product')) {
    throw new ApiError(409, 'wrong-status', {
      zh: '该备案类型无需产品验证',
      en: 'This filing type has no product verification',
    });
  }
  if (input.instanceId) {
    const instance = findInstance(w, input.instanceId);
    const e = instanceEligibility(w, instance);
    if (!e.eligible) throw eligibilityError('instanceId', e);
    order.product = { instanceId: instance.id };
  } else if (input.serviceNumber) {
    const n = usableNumber(w, input.serviceNumber, 'serviceNumber', order.id);
    order.product = { serviceNumber: n.number, instanceId: n.instanceId };
  } else {
    throw validationError({
      instanceId: [
        fieldFinding('instanceId', 'sim.product-required', {
          zh: '请选择实例或输入备案服务号',
          en: 'Pick an instance or enter a service number',
        }),
      ],
    });
  }
  order.updatedAt = iso(w.at);
  return order;
}

/** Bind a service number to website `index` (spec §3 step 2: picking an instance generates one). */
export function bindWebsiteNumber(w: World, order: Order, index: number, requested: string | undefined): void {
  const site = order.draft.websites?.[index];
  if (!site) return;
  const field = `websites[${index}].serviceNumber`;
  const current = site.serviceNumber ? w.state.serviceNumbers.find((n) => n.number === site.serviceNumber) : undefined;
  if (
    current &&
    current.orderId === order.id &&
    current.status === '已绑定' &&
    (!requested || requested.trim() === current.number)
  )
    return;
  let n: ServiceNumber;
  if (requested) {
    n = usableNumber(w, requested, field, order.id);
  } else {
    const fromProduct = order.product?.serviceNumber
      ? w.state.serviceNumbers.find((x) => x.number === order.product?.serviceNumber)
      : undefined;
    const productNumberFree =
      fromProduct &&
      (fromProduct.status === '未使用' ||
        (fromProduct.status === '已绑定' && fromProduct.orderId === order.id && fromProduct.websiteIndex === index));
    if (fromProduct && productNumberFree) {
      n = usableNumber(w, fromProduct.number, field, order.id);
    } else if (order.product?.instanceId) {
      const instance = findInstance(w, order.product.instanceId, field);
      const e = instanceEligibility(w, instance);
      if (!e.eligible) throw eligibilityError(field, e);
      n = issueNumber(w, instance);
    } else {
      throw refused(
        field,
        'sim.product-first',
        { zh: '请先完成产品验证', en: 'Verify the product first' },
        {
          zh: '选择服务器实例或输入备案服务号',
          en: 'Pick a server instance or enter a service number',
        },
        'spec §3 step 2',
      );
    }
  }
  if (current && current.number !== n.number && current.orderId === order.id) releaseNumber(current);
  n.status = '已绑定';
  n.orderId = order.id;
  n.websiteIndex = index;
  site.serviceNumber = n.number;
}
