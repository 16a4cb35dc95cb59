import { describe, expect, test } from 'vitest';
import { fillBilingual } from '../../../shared/domain/bilingual';

describe('fillBilingual (every finding message goes through it)', () => {
  test('fills each placeholder in both languages, as often as it appears', () => {
    expect(
      fillBilingual(
        { zh: '{value} 不是有效的手机号码（{n} 位，应为 11 位）', en: '{value} has {n} digits, not 11: {value}' },
        { value: '1381234567', n: 10 },
      ),
    ).toEqual({
      zh: '1381234567 不是有效的手机号码（10 位，应为 11 位）',
      en: '1381234567 has 10 digits, not 11: 1381234567',
    });
  });

  test('leaves unknown placeholders and braces that are no placeholder as they are; the same template fills again', () => {
    const text = { zh: '{a}{b} {c-d} {}', en: 'x{b}y' };
    expect(fillBilingual(text, { a: 1 })).toEqual({ zh: '1{b} {c-d} {}', en: 'x{b}y' });
    expect(fillBilingual(text, { a: 2, b: '' })).toEqual({ zh: '2 {c-d} {}', en: 'xy' });
    expect(fillBilingual({ zh: '没有占位符', en: 'none' })).toEqual({ zh: '没有占位符', en: 'none' });
  });
});
