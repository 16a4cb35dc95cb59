import { describe, expect, test } from 'vitest';
import { orderIdOf, startsAnotherFiling } from '../../../extension/check/filing-key';

describe('which filing a page belongs to (issue 15 item 1)', () => {
  test('order ids from the simulator’s hash routes and from query parameters', () => {
    expect(orderIdOf('http://127.0.0.1:5180/beian/#/order/O-0001/subject')).toBe('O-0001');
    expect(orderIdOf('http://127.0.0.1:5180/w/class-a/beian/#/order/O-0012/website/0')).toBe('O-0012');
    expect(orderIdOf('https://beian.aliyun.com/order/detail?orderId=2018112600001&step=2')).toBe('2018112600001');
    expect(orderIdOf('https://beian.aliyun.com/pcContainer/#/?order_no=BA123')).toBe('BA123');
    expect(orderIdOf('http://127.0.0.1:5180/beian/#/start')).toBeUndefined();
    expect(orderIdOf('http://127.0.0.1:5180/beian/#/orders')).toBeUndefined();
    expect(orderIdOf(undefined)).toBeUndefined();
  });

  test('another order, or a filing form without an order while bound to one, is another filing', () => {
    const subject = ['subject.name', 'subject.idNumber'];
    expect(startsAnotherFiling('O-0001', { orderId: 'O-0002', pageFields: subject })).toBe(true);
    expect(startsAnotherFiling('O-0001', { orderId: 'O-0001', pageFields: subject })).toBe(false);
    // The type-decision page of the next filing comes before its order exists.
    expect(startsAnotherFiling('O-0001', { pageFields: ['subject.province', 'websites[0].domains[0]'] })).toBe(true);
    // Nothing bound yet: the start page of this filing, then its first order page, continue it.
    expect(startsAnotherFiling(undefined, { pageFields: subject })).toBe(false);
    expect(startsAnotherFiling(undefined, { orderId: 'O-0001', pageFields: subject })).toBe(false);
  });

  test('the bureau’s SMS-check form belongs to the filing being checked', () => {
    expect(startsAnotherFiling('O-0001', { pageFields: ['smsCheck.mobile', 'smsCheck.code'] })).toBe(false);
  });
});
