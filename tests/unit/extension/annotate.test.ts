// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createAnnotator } from '../../../extension/page/annotate';
import { type LocatedField, locateFields } from '../../../extension/page/locate-fields';
import type { Finding } from '../../../shared/domain/finding';
import { loadFixture } from './fixture-dom';

const ID_ERROR: Finding = {
  field: 'subject.idNumber',
  rule: 'id-number.checksum',
  severity: 'error',
  message: { zh: '证件号码校验位不正确', en: 'Wrong check digit' },
  fix: { zh: '核对证件号码', en: 'Check the number' },
  source: 'spec §4.1; GB 11643-1999',
  sourceUrl: 'https://example.org/gb11643',
};
const NAME_WARNING: Finding = {
  field: 'subject.name',
  rule: 'subject.name-latin',
  severity: 'warning',
  message: { zh: '名称含拉丁字母', en: 'Latin letters in the name' },
  source: 'spec §4.1',
};
const MAIL_INFO: Finding = {
  field: 'subject.mailAddress',
  rule: 'address.house-number',
  severity: 'info',
  message: { zh: '无门牌号时请在备注说明', en: 'No house number: say so in the remark' },
  source: 'spec §4.1',
};

const q = (sel: string) => document.querySelector(sel) as HTMLElement;
const wait = () => new Promise((r) => setTimeout(r, 0));

let fields: LocatedField[];
beforeEach(() => {
  loadFixture('step-subject.html');
  fields = locateFields(document);
});

describe('markers (design §5)', () => {
  test('data-icp-field on every recognised control, none on anything else', () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info' });
    a.update(fields, []);
    expect(q('[name=idNumber]').getAttribute('data-icp-field')).toBe('subject.idNumber');
    expect(q('[name=pTel]').getAttribute('data-icp-field')).toBe('subject.principal.landline');
    expect(q('[name=pExt]').getAttribute('data-icp-field')).toBe('subject.principal.landline');
    expect(document.querySelectorAll('select[data-icp-field]')).toHaveLength(5);
    expect(document.querySelector('button[data-icp-field]')).toBeNull();
    // No finding: no severity, no aria state.
    expect(q('[name=idNumber]').hasAttribute('data-icp-severity')).toBe(false);
    expect(q('[name=idNumber]').hasAttribute('aria-invalid')).toBe(false);
  });

  test('an error sets aria-invalid, data-icp-severity and data-icp-rules; a warning sets no aria-invalid', () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info' });
    a.update(fields, [ID_ERROR, { ...ID_ERROR, rule: 'id-number.birth-date', severity: 'warning' }, NAME_WARNING]);
    const id = q('[name=idNumber]');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(id.getAttribute('data-icp-severity')).toBe('error');
    expect(id.getAttribute('data-icp-rules')).toBe('id-number.checksum id-number.birth-date');
    const name = q('[name=name]');
    expect(name.hasAttribute('aria-invalid')).toBe(false);
    expect(name.getAttribute('data-icp-severity')).toBe('warning');
    expect(name.getAttribute('data-icp-rules')).toBe('subject.name-latin');
  });

  test('fixed → markers removed and the page’s own aria-invalid / aria-describedby exactly as they were', () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info' });
    const id = q('[name=idNumber]');
    const mail = q('[name=mailAddress]');
    expect(id.getAttribute('aria-describedby')).toBe('idno-tip');
    expect(mail.getAttribute('aria-invalid')).toBe('false');
    a.update(fields, [ID_ERROR, { ...MAIL_INFO, severity: 'error' }]);
    expect(id.getAttribute('aria-describedby')).toMatch(/^idno-tip icp-desc-\d+$/);
    expect(mail.getAttribute('aria-invalid')).toBe('true');
    a.update(fields, []);
    expect(id.getAttribute('aria-describedby')).toBe('idno-tip');
    expect(id.hasAttribute('aria-invalid')).toBe(false);
    expect(mail.getAttribute('aria-invalid')).toBe('false');
    expect(mail.hasAttribute('aria-describedby')).toBe(false);
    expect(id.hasAttribute('data-icp-severity')).toBe(false);
    expect(id.hasAttribute('data-icp-rules')).toBe(false);
    expect(a.hintFor('subject.idNumber')).toBeUndefined();
    expect(document.querySelectorAll('icp-hint')).toHaveLength(0);
  });

  test('switched off (clear): the page is exactly as before, markup and all', () => {
    const form = q('#subject');
    const before = form.outerHTML;
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info' });
    a.update(fields, [ID_ERROR, NAME_WARNING, MAIL_INFO]);
    expect(form.outerHTML).not.toBe(before);
    a.clear();
    expect(form.outerHTML).toBe(before);
    expect(document.querySelector('icp-hint-layer')).toBeNull();
  });

  test('a value the page set itself while our marker was on is what comes back', async () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info' });
    const mail = q('[name=mailAddress]');
    a.update(fields, [{ ...MAIL_INFO, severity: 'error' }]);
    // The page validates on its own and changes its attributes under our marker.
    mail.setAttribute('aria-invalid', 'spelling');
    mail.setAttribute('aria-describedby', 'page-error');
    await wait();
    // Our error marker stays on top while the finding stands …
    expect(mail.getAttribute('aria-invalid')).toBe('true');
    expect(mail.getAttribute('aria-describedby')).toMatch(/^page-error icp-desc-\d+$/);
    a.update(fields, []);
    // … and the page's latest own values come back.
    expect(mail.getAttribute('aria-invalid')).toBe('spelling');
    expect(mail.getAttribute('aria-describedby')).toBe('page-error');
  });

  test('a value the page set in the same task as our fix still comes back (no observer turn between)', () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info' });
    const mail = q('[name=mailAddress]');
    a.update(fields, [{ ...MAIL_INFO, severity: 'error' }]);
    // The page validates (its change handler) and our check clears the finding before any observer runs.
    mail.setAttribute('aria-invalid', 'spelling');
    mail.setAttribute('aria-describedby', 'page-error');
    a.update(fields, []);
    expect(mail.getAttribute('aria-invalid')).toBe('spelling');
    expect(mail.getAttribute('aria-describedby')).toBe('page-error');
  });

  test('only fields whose findings changed are touched', () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info' });
    a.update(fields, [ID_ERROR, NAME_WARNING]);
    const idHint = a.hintFor('subject.idNumber');
    const root = idHint?.shadowRoot?.firstChild;
    a.update(fields, [ID_ERROR]);
    expect(a.hintFor('subject.idNumber')).toBe(idHint);
    expect(idHint?.shadowRoot?.firstChild).toBe(root); // not re-rendered
    expect(a.hintFor('subject.name')).toBeUndefined();
  });
});

describe('hints (issue 4 §3)', () => {
  test('in an open shadow root: severity word + icon + message + fix + a "why" link to the source', () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info' });
    a.update(fields, [ID_ERROR]);
    const host = a.hintFor('subject.idNumber') as HTMLElement;
    expect(host.getAttribute('data-icp-hint-for')).toBe('subject.idNumber');
    const root = host.shadowRoot as ShadowRoot;
    expect(root).not.toBeNull();
    const text = root.textContent ?? '';
    expect(text).toContain('错误');
    expect(text).toContain('✖');
    expect(text).toContain('证件号码校验位不正确');
    expect(text).toContain('修改：核对证件号码');
    const link = root.querySelector('.why a') as HTMLAnchorElement;
    expect(link.href).toBe('https://example.org/gb11643');
    expect(link.textContent).toContain('GB 11643-1999');
    expect(link.rel).toBe('noopener noreferrer');
  });

  test('without a source URL the hint shows the source text', () => {
    const a = createAnnotator(document, { lang: 'en', minSeverity: 'info' });
    a.update(fields, [NAME_WARNING]);
    const root = a.hintFor('subject.name')?.shadowRoot as ShadowRoot;
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('Source: spec §4.1');
    expect(root.textContent).toContain('Warning');
    expect(root.textContent).toContain('Latin letters in the name');
  });

  test('sources are citations a person can follow; internal notes never reach the hint', () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info', ruleDate: '2018-11-26' });
    a.update(fields, [
      {
        ...ID_ERROR,
        source: 'spec §5.2; later lists in shared/rules/data/domain-suffixes.ts',
        citations: [
          {
            title: '《工业和信息化部关于规范因特网信息服务使用域名的通知》',
            publisher: '工业和信息化部',
            date: '2017-08-24',
            url: 'https://www.miit.gov.cn/example',
          },
        ],
      } as Finding,
      { ...NAME_WARNING, source: 'spec §4.1; research domain-rules N8; shared/rules/data/x.ts' },
    ]);
    const id = a.hintFor('subject.idNumber')?.shadowRoot as ShadowRoot;
    const link = id.querySelector('.why a') as HTMLAnchorElement;
    expect(link.textContent).toBe(
      '《工业和信息化部关于规范因特网信息服务使用域名的通知》 — 工业和信息化部，2017-08-24',
    );
    expect(link.href).toBe('https://www.miit.gov.cn/example');
    expect(id.textContent).not.toMatch(/shared\/|later lists/);
    // The open hint says which day's rules it applies.
    expect(id.querySelector('.date')?.textContent).toBe('按 2018-11-26 的规则检查');
    const name = a.hintFor('subject.name')?.shadowRoot as ShadowRoot;
    expect(name.querySelector('.why')?.textContent).toBe('依据：spec §4.1');
  });

  test('aria-describedby points to a light-DOM description a screen reader can reach', () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info' });
    a.update(fields, [NAME_WARNING]);
    const name = q('[name=name]');
    const descId = name.getAttribute('aria-describedby') as string;
    const desc = document.getElementById(descId) as HTMLElement;
    expect(desc).not.toBeNull();
    expect(desc.getRootNode()).toBe(document); // not inside a shadow root
    expect(desc.textContent).toContain('警告：名称含拉丁字母');
    expect(desc.textContent).toContain('依据：spec §4.1');
  });

  test('never takes focus: nothing in a hint is in the tab order, and the overlay takes no pointer events', () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info' });
    a.update(fields, [ID_ERROR, NAME_WARNING]);
    for (const host of document.querySelectorAll('icp-hint')) {
      const root = host.shadowRoot as ShadowRoot;
      for (const el of root.querySelectorAll('a,button,input,[tabindex]')) {
        expect((el as HTMLElement).tabIndex).toBe(-1);
      }
    }
    const layer = q('icp-hint-layer');
    expect(layer.style.getPropertyValue('pointer-events')).toBe('none');
    expect(layer.style.getPropertyValue('position')).toBe('absolute');
    // The overlay sits at the end of <body>, outside the host's own form.
    expect(layer.parentElement).toBe(document.body);
    expect(q('#subject').querySelector('icp-hint')).toBeNull();
  });

  test('the severity filter hides hints below it, but markers still say everything', () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'error' });
    a.update(fields, [ID_ERROR, NAME_WARNING, MAIL_INFO]);
    expect(a.hintFor('subject.idNumber')).toBeDefined();
    expect(a.hintFor('subject.name')).toBeUndefined();
    expect(a.hintFor('subject.mailAddress')).toBeUndefined();
    expect(q('[name=name]').getAttribute('data-icp-severity')).toBe('warning');
    expect(q('[name=name]').hasAttribute('aria-describedby')).toBe(false);
  });

  test('a static value gets field and finding markers but no ARIA state (it is no control)', () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info' });
    a.update(fields, [{ ...ID_ERROR, field: 'subject.nature', rule: 'subject.nature-x' }]);
    const cell = fields.find((f) => f.path === 'subject.nature')?.anchor as HTMLElement;
    expect(cell.getAttribute('data-icp-field')).toBe('subject.nature');
    expect(cell.getAttribute('data-icp-severity')).toBe('error');
    expect(cell.hasAttribute('aria-invalid')).toBe(false);
  });

  test('more than three findings on one field: three shown and a pointer to the panel', () => {
    const a = createAnnotator(document, { lang: 'zh', minSeverity: 'info' });
    a.update(
      fields,
      ['a', 'b', 'c', 'd', 'e'].map((r) => ({ ...ID_ERROR, rule: `r.${r}` })),
    );
    const root = a.hintFor('subject.idNumber')?.shadowRoot as ShadowRoot;
    expect(root.querySelectorAll('.item')).toHaveLength(3);
    expect(root.textContent).toContain('另有 2 条');
  });
});
