import fc from 'fast-check';

/**
 * Strings a page or a draft file can hold and a checker must survive (research §2.4: BLNS, fast-check
 * `unit`s, lone surrogates, full-width digits): control characters, emoji (incl. ZWJ sequences),
 * full-width forms, RTL text and overrides, zero-width marks, lone surrogates, and very long values.
 * Mixed with realistic values (valid ID numbers, phones, domains) so the rules' deeper branches run.
 */

/** GB 11643 check character, computed here so valid numbers can be generated independently of shared/. */
function idCheck(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * (weights[i] ?? 0);
  return '10X98765432'[sum % 11] ?? '0';
}

export const validIdNumber = fc
  .record({
    region: fc.constantFrom('110101', '330106', '310104', '440305', '510107', '650102', '810000'),
    year: fc.integer({ min: 1930, max: 2015 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, year, month, day, seq }) => {
    const body = `${region}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
    return body + idCheck(body);
  });

export const mobile = fc
  .tuple(
    fc.constantFrom('138', '139', '150', '186', '170', '199', '192', '145'),
    fc.integer({ min: 0, max: 99_999_999 }),
  )
  .map(([p, n]) => p + String(n).padStart(8, '0'));

export const landline = fc
  .tuple(fc.constantFrom('010', '0571', '021', '0755', '028', '0991'), fc.integer({ min: 2_000_000, max: 89_999_999 }))
  .map(([a, n]) => `086-${a}-${n}`);

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
export const domain = fc
  .tuple(label, fc.constantFrom('com', 'cn', 'com.cn', 'net', 'xyz', 'org', 'top', 'gov.cn', '中国', 'io'))
  .map(([l, s]) => `${l}.${s}`);
export const email = fc.tuple(label, domain).map(([l, d]) => `${l}@${d}`);

/** Single "nasty" characters: full width, invisible, bidi controls, RTL letters, emoji, combining marks. */
const NASTY_CHARS = [
  '０',
  '１',
  '９',
  'Ｘ',
  'ｘ',
  '＠',
  '．',
  '。',
  '　',
  '－',
  '—',
  '＊',
  '：',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\u00ad',
  'ש',
  'ע',
  'ع',
  'ب',
  '\u0301',
  '\u0345',
  '😀',
  '👨‍👩‍👧',
  '🇨🇳',
  '\u{1F9D1}\u{1F3FD}',
  '\u{20BB7}',
  '\0',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const nastyChar = fc.oneof(fc.constantFrom(...NASTY_CHARS), loneSurrogate, controlChar);

/** Full-width digits and letters: what an IME in full-width mode types (NFKC folds them). */
export function toFullWidth(s: string): string {
  return s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** A realistic value, possibly with nasty characters spliced in. */
function spliced(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(base, fc.array(fc.tuple(fc.nat(), nastyChar), { maxLength: 3 })).map(([s, inserts]) => {
    let out = s;
    for (const [at, ch] of inserts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + ch + out.slice(i);
    }
    return out;
  });
}

const realistic = fc.oneof(
  validIdNumber,
  mobile,
  landline,
  domain,
  email,
  fc.constantFrom(
    '张三',
    '王小明',
    '北京市朝阳区建国路1号',
    '个人',
    '企业',
    '身份证',
    '护照',
    '其他',
    '中文简体',
    'www.example.com',
  ),
);

/** A huge value: one unit (possibly a surrogate pair or an emoji) repeated up to the schema's 10 000 characters. */
const huge = fc
  .tuple(
    fc.oneof(fc.constantFrom('1', 'a', '中', '😀', '０', '\u200b', '\u202e'), loneSurrogate),
    fc.integer({ min: 500, max: 4_900 }),
  )
  .map(([unit, n]) => unit.repeat(n).slice(0, 10_000));

/** Any hostile string (≤ 10 000 UTF-16 units, the draft schema's limit). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: spliced(realistic) },
  { weight: 2, arbitrary: realistic.map(toFullWidth) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: nastyChar, maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '　',
      '\u200b',
      'null',
      'undefined',
      '__proto__',
      'constructor',
      '{0}',
      '{name}',
      '$&',
    ),
  },
  { weight: 1, arbitrary: huge },
);
