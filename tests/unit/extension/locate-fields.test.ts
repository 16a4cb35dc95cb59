// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  catalogueMatches,
  isFilingPage,
  type LocatedField,
  locateFields,
  pageStep,
  sectionOf,
} from '../../../extension/page/locate-fields';
import { readDraft } from '../../../extension/page/read-draft';
import { loadFixture, loadHtml, type } from './fixture-dom';

function byPath(fields: LocatedField[]): Map<string, LocatedField> {
  return new Map(fields.map((f) => [f.path, f]));
}
function paths(fields: LocatedField[]): string[] {
  return fields.map((f) => f.path);
}

describe('locateFields: every layout of the filing pages (issue 4 §1, design §2)', () => {
  test('<label for> (start page, spec §2): each control gets its catalogue field', () => {
    loadFixture('step-start.html');
    const fields = byPath(locateFields(document));
    expect(fields.get('subject.province')?.via).toBe('label-for');
    expect(fields.get('subject.nature')?.controls[0]).toBe(document.getElementById('nature'));
    expect(fields.get('subject.idType')?.kind).toBe('select');
    expect(fields.get('subject.idNumber')?.controls[0]).toBe(document.getElementById('idno'));
    expect(fields.get('websites[0].domains[0]')?.controls[0]).toBe(document.getElementById('domain'));
  });

  test('开始备案 (region, nature, document, domain) is the type step, not 填写主体信息; the subject page is the subject step', () => {
    loadFixture('step-start.html');
    expect(pageStep(locateFields(document))).toBe('type');
    loadFixture('step-subject.html');
    expect(pageStep(locateFields(document))).toBe('subject');
  });

  test('所属区域 as three selects (spec §4.1): the unlabelled city and district selects follow the province', () => {
    loadFixture('step-start.html');
    const fields = byPath(locateFields(document));
    const selects = document.querySelectorAll('select');
    expect(fields.get('subject.province')?.controls[0]).toBe(selects[0]);
    expect(fields.get('subject.city')?.controls[0]).toBe(selects[1]);
    expect(fields.get('subject.district')?.controls[0]).toBe(selects[2]);
  });

  test('region selects with no placeholder options are still city and district, by their order', () => {
    loadHtml(`<form><div><span>主办单位所属区域：</span>
      <select id="p"><option>浙江省</option></select><select id="c"><option>杭州市</option></select><select id="d"><option>西湖区</option></select></div>
      <div><label for="n">主办单位名称</label><input id="n"></div></form>`);
    const fields = byPath(locateFields(document));
    expect(fields.get('subject.city')?.controls[0]?.id).toBe('c');
    expect(fields.get('subject.city')?.via).toBe('region-order');
    expect(fields.get('subject.district')?.controls[0]?.id).toBe('d');
  });

  test('a label cell beside the input cell of a table row (subject page, spec §4.1–§4.2)', () => {
    loadFixture('step-subject.html');
    const fields = byPath(locateFields(document));
    expect(fields.get('subject.idNumber')?.via).toBe('table');
    expect(fields.get('subject.idNumber')?.controls[0]).toBe(document.querySelector('[name=idNumber]'));
    expect(fields.get('subject.name')?.controls[0]).toBe(document.querySelector('[name=name]'));
    // 通讯地址 has the pre-filled region text between its label and its input.
    expect(fields.get('subject.mailAddress')?.controls[0]).toBe(document.querySelector('[name=mailAddress]'));
    expect(fields.get('subject.principal.email')?.controls[0]).toBe(document.querySelector('[name=pEmail]'));
    expect(fields.get('subject.principal.emergencyPhone')?.controls[0]).toBe(
      document.querySelector('[name=pEmergency]'),
    );
  });

  test('a static text value: 主办单位性质 shown as 个人 after type determination (spec §4.1)', () => {
    loadFixture('step-subject.html');
    const nature = byPath(locateFields(document)).get('subject.nature');
    expect(nature?.kind).toBe('static');
    expect(nature?.controls).toEqual([]);
    expect(nature?.anchor.textContent).toBe('个人');
    expect(readDraft(locateFields(document)).subject?.nature).toBe('个人');
  });

  test('a static value written "label：value" in one element', () => {
    loadHtml(`<div><p>主办单位性质：企业</p></div><div><label for="a">主办单位名称</label><input id="a"></div>`);
    const fields = locateFields(document);
    expect(readDraft(fields).subject?.nature).toBe('企业');
  });

  test('split landline 联系方式2 as `086-010- [ ] - [ ]` is one field whose value is composed (spec §4.2)', () => {
    loadFixture('step-subject.html');
    const fields = locateFields(document);
    const tel = byPath(fields).get('subject.principal.landline');
    expect(tel?.kind).toBe('split');
    expect(tel?.controls).toEqual([document.querySelector('[name=pTel]'), document.querySelector('[name=pExt]')]);
    type(document.querySelector('[name=pTel]'), '12345678');
    expect(readDraft(fields).subject?.principal?.landline).toBe('086-010-12345678');
    type(document.querySelector('[name=pExt]'), '12');
    expect(readDraft(fields).subject?.principal?.landline).toBe('086-010-12345678-12');
  });

  test('split landline with the area code typed too: 086- [区号] - [号码] - [分机]', () => {
    loadHtml(`<h2>主办单位负责人信息</h2><div class="row"><label for="a">联系方式2</label>
      <div class="split"><span>086-</span><input id="a" placeholder="区号"><span>-</span><input id="b" aria-label="电话号码"><span>-</span><input id="c" aria-label="分机号"></div>
      <div class="hint">格式：086-区号-电话号码-分机号</div></div>
      <div><label for="m">联系方式1</label><input id="m"></div>`);
    const fields = locateFields(document);
    const tel = byPath(fields).get('subject.principal.landline');
    expect(tel?.controls.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    type(document.getElementById('a'), '0571');
    type(document.getElementById('b'), '88888888');
    expect(readDraft(fields).subject?.principal?.landline).toBe('086-0571-88888888');
    // The parts are not fields of their own.
    expect(paths(fields)).toEqual(['subject.principal.landline', 'subject.principal.mobile']);
  });

  test('placeholders only: the bureau SMS-check page (spec §6.4)', () => {
    loadFixture('bureau-sms.html');
    const fields = locateFields(document);
    expect(paths(fields)).toEqual(['smsCheck.code', 'smsCheck.mobile', 'smsCheck.idTail']);
    expect(fields.every((f) => f.via === 'placeholder')).toBe(true);
    expect(isFilingPage(fields)).toBe(true);
  });

  test('aria-label and aria-labelledby (several ids joined)', () => {
    loadFixture('aria-labels.html');
    const fields = byPath(locateFields(document));
    expect(fields.get('subject.idNumber')?.via).toBe('aria-label');
    expect(fields.get('subject.name')?.via).toBe('aria-labelledby');
    expect(fields.get('subject.principal.email')?.via).toBe('aria-labelledby');
    expect(fields.get('subject.principal.mobile')?.controls[0]).toBe(document.querySelector('[name=e]'));
  });

  test('labels with extra spaces, stars, full-width colons and digits, zero-width spaces, notes and nested spans', () => {
    loadFixture('messy-labels.html');
    const fields = byPath(locateFields(document));
    const at = (id: string) => document.getElementById(id);
    expect(fields.get('subject.idNumber')?.controls[0]).toBe(at('m1'));
    expect(fields.get('subject.name')?.controls[0]).toBe(at('m2'));
    expect(fields.get('subject.mailAddress')?.controls[0]).toBe(at('m3'));
    expect(fields.get('subject.principal.name')?.controls[0]).toBe(at('m4'));
    expect(fields.get('subject.principal.email')?.via).toBe('label-wrap');
    expect(fields.get('subject.principal.mobile')?.controls[0]).toBe(at('m6'));
    expect(fields.get('subject.idAddress')?.controls[0]).toBe(at('m7'));
  });

  test('text followed by an input in the same container (div rows and dt/dd)', () => {
    loadFixture('principal-sections.html');
    const fields = byPath(locateFields(document));
    expect(fields.get('subject.principal.name')?.via).toBe('text-before');
    expect(fields.get('websites[0].name')?.controls[0]).toBe(document.querySelector('[name=site-name]'));
  });

  test('a wrapping label around a select: its options are not part of the label', () => {
    loadHtml(`<form><label>主办单位证件类型 <select><option value="">请选择</option><option>身份证</option></select></label>
      <label>主办单位证件号码 <input></label></form>`);
    expect(paths(locateFields(document))).toEqual(['subject.idType', 'subject.idNumber']);
  });
});

describe('sections: which principal, which website (spec §4.2, §4.3)', () => {
  test('the same labels under 主办单位负责人信息 and 网站负责人 map to subject.principal and websites[0].principal', () => {
    loadFixture('principal-sections.html');
    const fields = byPath(locateFields(document));
    expect(fields.get('subject.principal.name')?.controls[0]).toBe(document.querySelector('[name=s-name]'));
    expect(fields.get('subject.principal.mobile')?.controls[0]).toBe(document.querySelector('[name=s-mobile]'));
    // 证件号码 inside the principal's block is the principal's, not the subject's.
    expect(fields.get('subject.principal.idNumber')?.controls[0]).toBe(document.querySelector('[name=s-id]'));
    expect(fields.has('subject.idNumber')).toBe(false);
    expect(fields.get('websites[0].principal.name')?.controls[0]).toBe(document.querySelector('[name=w-name]'));
    expect(fields.get('websites[0].principal.mobile')?.controls[0]).toBe(document.querySelector('[name=w-mobile]'));
  });

  test('two website blocks (fieldsets 网站1, 网站2) map to websites[0] and websites[1], each with its principal', () => {
    loadFixture('step-website.html');
    const fields = byPath(locateFields(document));
    const named = (n: string) => document.querySelector(`[name=${n}]`);
    expect(fields.get('websites[0].name')?.controls[0]).toBe(named('w1name'));
    expect(fields.get('websites[1].name')?.controls[0]).toBe(named('w2name'));
    expect(fields.get('websites[0].principal.mobile')?.controls[0]).toBe(named('w1pmobile'));
    expect(fields.get('websites[1].principal.mobile')?.controls[0]).toBe(named('w2pmobile'));
    expect(fields.get('websites[1].principal.email')?.controls[0]).toBe(named('w2pemail'));
    expect([...fields.keys()].some((p) => p.startsWith('subject.'))).toBe(false);
  });

  test('several domain inputs → domains[0], domains[1] of their own website', () => {
    loadFixture('step-website.html');
    const fields = byPath(locateFields(document));
    expect(fields.get('websites[0].domains[0]')?.controls[0]).toBe(document.querySelector('[name=w1d1]'));
    expect(fields.get('websites[0].domains[1]')?.controls[0]).toBe(document.querySelector('[name=w1d2]'));
    expect(fields.get('websites[1].domains[0]')?.controls[0]).toBe(document.querySelector('[name=w2d1]'));
    expect(fields.has('websites[1].domains[1]')).toBe(false);
  });

  test('without headings, a website field seen again starts the next website', () => {
    loadHtml(`<form>
      <p><label for="a">网站名称</label><input id="a"></p><p><label for="b">网站域名</label><input id="b"></p>
      <p><label for="c">网站名称</label><input id="c"></p><p><label for="d">网站域名</label><input id="d"></p></form>`);
    expect(paths(locateFields(document))).toEqual([
      'websites[0].name',
      'websites[0].domains[0]',
      'websites[1].name',
      'websites[1].domains[0]',
    ]);
  });

  test('a tab marked aria-current names the website the page shows (网站2 → websites[1]); other tabs do not count', () => {
    loadHtml(`<nav><a href="#1">网站1</a><a href="#2" aria-current="page">网站2</a><a href="#3">网站3</a></nav>
      <form><h2>网站基本信息</h2><p><label for="a">网站名称</label><input id="a"></p>
      <h2>网站负责人信息</h2><p><label for="b">负责人姓名</label><input id="b"></p></form>`);
    expect(paths(locateFields(document))).toEqual(['websites[1].name', 'websites[1].principal.name']);
  });

  test('section headings are read by their text', () => {
    expect(sectionOf('主办单位负责人信息')?.scope).toBe('subject-principal');
    expect(sectionOf('网站负责人')?.scope).toBe('website-principal');
    expect(sectionOf('网站2')).toMatchObject({ scope: 'website', websiteIndex: 1 });
    expect(sectionOf('网站基本信息')).toMatchObject({ scope: 'website', startsWebsite: true });
    expect(sectionOf('主办单位信息')?.scope).toBe('subject');
    expect(sectionOf('网站服务内容')).toBeUndefined();
  });
});

describe('groups and selects', () => {
  test('checkbox groups 网站服务内容 and 网站语言 are one field each, read as the checked options (spec §4.3)', () => {
    loadFixture('step-website.html');
    const fields = locateFields(document);
    const svc = byPath(fields).get('websites[0].serviceContent');
    expect(svc?.kind).toBe('checkbox-group');
    expect(svc?.controls).toHaveLength(4);
    const boxes = document.querySelectorAll<HTMLInputElement>('[name=w1svc]');
    (boxes[0] as HTMLInputElement).checked = true;
    (boxes[3] as HTMLInputElement).checked = true;
    (document.querySelector('[name=w2lang][value=en]') as HTMLInputElement).checked = true;
    const draft = readDraft(fields);
    expect(draft.websites?.[0]?.serviceContent).toEqual(['综合门户', '其他']);
    expect(draft.websites?.[1]?.languages).toEqual(['英语']);
    expect(draft.websites?.[0]?.languages).toBeUndefined();
  });

  test('a fieldset with a legend labels its boxes (the simulator layout)', () => {
    loadHtml(`<form><h2>网站基本信息</h2><fieldset><legend>网站语言</legend>
      <label><input type="checkbox" name="l" checked>中文简体</label><label><input type="checkbox" name="l">英语</label></fieldset></form>`);
    const fields = locateFields(document);
    expect(fields[0]?.path).toBe('websites[0].languages');
    expect(fields[0]?.via).toBe('legend');
    expect(readDraft(fields).websites?.[0]?.languages).toEqual(['中文简体']);
  });

  test('a radio group for 主办单位性质 reads the checked option; a lone "I agree" box is no field', () => {
    loadHtml(`<form><div><span>主办单位性质</span>
      <input type="radio" name="n" value="1"> 个人 <input type="radio" name="n" value="2" checked> 企业</div>
      <div><label for="x">主办单位名称</label><input id="x"></div>
      <label><input type="checkbox" name="agree">我已阅读并同意</label></form>`);
    const fields = locateFields(document);
    expect(paths(fields)).toEqual(['subject.nature', 'subject.name']);
    expect(fields[0]?.kind).toBe('radio');
    expect(readDraft(fields).subject?.nature).toBe('企业');
  });
});

describe('isFilingPage: do nothing elsewhere (issue 4 §1)', () => {
  test.each([
    ['step-start.html', true],
    ['step-subject.html', true],
    ['step-website.html', true],
    ['bureau-sms.html', true],
    ['aria-labels.html', true],
    ['messy-labels.html', true],
    ['principal-sections.html', true],
  ])('%s is a filing page', (file, expected) => {
    loadFixture(file);
    expect(isFilingPage(locateFields(document))).toBe(expected);
  });

  test('a sign-up form with 姓名, 手机号码 and 邮箱 is not a filing page', () => {
    loadFixture('not-filing.html');
    const fields = locateFields(document);
    expect(fields.length).toBeGreaterThan(0);
    expect(isFilingPage(fields)).toBe(false);
  });

  test('the upload step shows no catalogue field: not a filing page for checking', () => {
    loadFixture('step-upload.html');
    expect(isFilingPage(locateFields(document))).toBe(false);
  });
});

describe('what is not a field', () => {
  test('hidden blocks, hidden inputs, buttons and our own overlay are skipped', () => {
    loadHtml(`<form><div hidden><label for="h">主办单位名称</label><input id="h"></div>
      <input type="hidden" name="token" value="x"><button>下一步</button>
      <icp-hint-layer data-icp-ui><label for="o">主办单位证件号码</label><input id="o"></icp-hint-layer>
      <p><label for="v">主办单位证件号码</label><input id="v"></p></form>`);
    const fields = locateFields(document);
    expect(paths(fields)).toEqual(['subject.idNumber']);
    expect(fields[0]?.controls[0]?.id).toBe('v');
  });

  test('the filing type shown after type determination is read once the result appears (spec §2)', () => {
    loadFixture('step-start.html');
    expect(readDraft(locateFields(document)).filingType).toBeUndefined();
    document.getElementById('result')?.removeAttribute('hidden');
    expect(readDraft(locateFields(document)).filingType).toBe('first');
  });

  test('label matching ignores required stars, colons and notes but not other words', () => {
    expect(catalogueMatches('＊主办单位证件号码（必填）：').map((f) => f.key)).toEqual(['subject.idNumber']);
    expect(catalogueMatches('请输入手机号码').map((f) => f.key)).toContain('smsCheck.mobile');
    expect(catalogueMatches('主办单位证件号码说明')).toEqual([]);
  });
});
