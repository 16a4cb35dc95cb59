// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { cascadeLevels } from '../../../extension/page/controls/cascader';
import { type LocatedField, locateFields } from '../../../extension/page/locate-fields';
import { PROVIDER_PROFILES, profileForHost } from '../../../extension/page/profiles';
import { PROVIDER_NOTES } from '../../../extension/page/profiles/notes';
import { readDraft } from '../../../extension/page/read-draft';
import { loadHtml } from './fixture-dom';

// Issue 13: component-library controls as the libraries render them (markup as rendered by
// @alifd/next 1.27, antd 6, tdesign-react 1.18 and element-plus 2.14; icons and styles left out).

function byPath(fields: LocatedField[]): Map<string, LocatedField> {
  return new Map(fields.map((f) => [f.path, f]));
}

/** A Fusion form row: label column and control column as sibling grid cells. */
const fusionRow = (label: string, control: string, help = '') => `
  <div role="row" class="next-row next-form-item next-left">
    <div role="gridcell" class="next-col next-col-fixed-8 next-form-item-label"><label required>${label}</label></div>
    <div role="gridcell" class="next-col next-col-14 next-form-item-control">${control}${help}</div>
  </div>`;

/** Fusion's Select / CascaderSelect: the chosen text in an `em`, the combobox input empty and read-only. */
const fusionSelect = (shown: string, extra = 'next-select-single') => `
  <span class="next-select next-select-trigger ${extra} next-medium" aria-haspopup="true" aria-expanded="false">
    <span class="next-input next-medium next-select-inner"><span class="next-select-values next-input-text-field">
      ${shown ? `<em title="${shown}">${shown}</em>` : ''}
      <span class="next-select-trigger-search">
        <input aria-label="select" role="combobox" tabindex="0" aria-expanded="false" ${shown ? '' : 'placeholder="请选择"'} readonly value="">
        <span aria-hidden="true"><span>${shown ? '' : '请选择'}</span><span>&nbsp;</span></span>
      </span></span>
      <span class="next-input-control"><span aria-hidden="true" class="next-select-arrow"><i class="next-icon"></i></span></span>
    </span>
    <span class="next-sr-only" aria-live="polite">${shown}</span>
  </span>`;

const fusionInput = (value = '') =>
  `<span class="next-input next-medium"><input placeholder="请输入" autocomplete="off" value="${value}"></span>`;

describe('library selects and cascaders: the value is what the box shows (issue 13 §1)', () => {
  test('Fusion CascaderSelect under 所属区域: one control fills province, city and district; markers on the combobox, hint beside the box', () => {
    loadHtml(`<form>${fusionRow('主办单位所属区域', fusionSelect('浙江省 / 杭州市 / 西湖区'))}
      ${fusionRow('主办单位名称', fusionInput('张三'))}</form>`);
    const fields = byPath(locateFields(document));
    const region = fields.get('subject.province');
    expect(region?.kind).toBe('combobox');
    expect(region?.controls[0]?.getAttribute('role')).toBe('combobox');
    expect(region?.anchor.classList.contains('next-select')).toBe(true);
    expect(region?.paths).toEqual(['subject.province', 'subject.city', 'subject.district']);
    expect(readDraft([...fields.values()]).subject).toMatchObject({
      province: '浙江省',
      city: '杭州市',
      district: '西湖区',
      name: '张三',
    });
  });

  test('Fusion Select: the chosen 身份证 is read from the em (not the empty input); nothing chosen reads as absent, not as 请选择', () => {
    loadHtml(`<form>${fusionRow('主办单位证件类型', fusionSelect('居民身份证'))}
      ${fusionRow('负责人证件类型', fusionSelect(''))}</form>`);
    const fields = locateFields(document);
    const draft = readDraft(fields);
    expect(draft.subject?.idType).toBe('居民身份证');
    expect(draft.subject?.principal?.idType).toBeUndefined();
    // Touched and left blank, it is '' (the required rule's business), never the prompt text.
    expect(readDraft(fields, { keepBlank: () => true }).subject?.principal?.idType).toBe('');
  });

  test('antd Select: the chosen text is a text node beside the read-only input; the placeholder div is not a value', () => {
    loadHtml(`<form><div class="ant-form-item"><div class="ant-row ant-form-item-row">
      <div class="ant-col ant-form-item-label"><label for="icp_idType" class="ant-form-item-required" title="主办单位证件类型">主办单位证件类型</label></div>
      <div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">
        <div class="ant-select ant-select-outlined ant-select-single ant-select-show-arrow">
          <div class="ant-select-content ant-select-content-has-value" title="护照">护照<input id="icp_idType" type="text" readonly class="ant-select-input" role="combobox" aria-haspopup="listbox" value="">
            <div class="ant-select-suffix"><span role="img" aria-label="down" class="anticon anticon-down"></span></div></div>
        </div></div></div></div></div></div>
      <div class="ant-form-item"><div class="ant-row ant-form-item-row">
      <div class="ant-col ant-form-item-label"><label for="icp_pIdType" title="负责人证件类型">负责人证件类型</label></div>
      <div class="ant-col ant-form-item-control"><div class="ant-select ant-select-single">
          <div class="ant-select-content"><div class="ant-select-placeholder">请选择</div><input id="icp_pIdType" type="text" readonly class="ant-select-input" role="combobox" value=""></div>
      </div></div></div></div></form>`);
    const fields = byPath(locateFields(document));
    expect(fields.get('subject.idType')?.via).toBe('label-for');
    const draft = readDraft([...fields.values()]);
    expect(draft.subject?.idType).toBe('护照');
    expect(draft.subject?.principal?.idType).toBeUndefined();
  });

  test('TDesign Select and Cascader: the library writes the chosen text into the read-only input', () => {
    loadHtml(`<form class="t-form">
      <div class="t-form__item"><div class="t-form__label t-form__label--required"><label>主办单位所属区域</label></div>
        <div class="t-form__controls"><div class="t-form__controls-content"><div class="t-cascader t-select-input">
          <div class="t-input__wrap"><div class="t-input t-input--suffix"><input placeholder="请选择" type="text" class="t-input__inner" readonly value="浙江省 / 宁波市 / 海曙区"></div></div>
        </div></div></div></div>
      <div class="t-form__item"><div class="t-form__label"><label>主办单位证件类型</label></div>
        <div class="t-form__controls"><div class="t-form__controls-content"><div class="t-select__wrap"><div class="t-select t-select-input">
          <div class="t-input__wrap"><div class="t-input"><input placeholder="请选择" type="text" class="t-input__inner" readonly value="护照"></div></div>
        </div></div></div></div></div></form>`);
    const fields = locateFields(document);
    expect(fields.map((f) => [f.path, f.kind, f.via])).toEqual([
      ['subject.province', 'combobox', 'form-item'],
      ['subject.idType', 'combobox', 'form-item'],
    ]);
    expect(readDraft(fields).subject).toEqual({
      province: '浙江省',
      city: '宁波市',
      district: '海曙区',
      idType: '护照',
    });
  });

  test('an ARIA combobox that is no input (a div with role="combobox") is a control with its shown text', () => {
    loadHtml(`<div class="form-row"><span class="form-label">主办单位证件类型</span>
      <div class="my-select"><div role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false"><span class="my-select-value">居民身份证</span></div></div></div>
      <div class="form-row"><label for="n">主办单位名称</label><input id="n" value="张三"></div>`);
    const fields = byPath(locateFields(document));
    const idType = fields.get('subject.idType');
    expect(idType?.controls[0]?.getAttribute('role')).toBe('combobox');
    expect(readDraft([...fields.values()]).subject?.idType).toBe('居民身份证');
  });

  test('cascade levels: 「/」, 「>」 and full-width separators; a single level is the province only', () => {
    expect(cascadeLevels('浙江省 / 杭州市 / 西湖区')).toEqual(['浙江省', '杭州市', '西湖区']);
    expect(cascadeLevels('北京市>北京市>东城区')).toEqual(['北京市', '北京市', '东城区']);
    expect(cascadeLevels('浙江省／杭州市')).toEqual(['浙江省', '杭州市']);
    expect(cascadeLevels('浙江省')).toEqual(['浙江省']);
    expect(cascadeLevels('  ')).toEqual([]);
  });
});

describe('tag selects: each tag one value (issue 13 §1)', () => {
  test('Fusion Select mode="tag": domains[0] and domains[1] from two tags, close buttons not in the value; a following domain input continues at [2]', () => {
    const tag = (t: string) =>
      `<div class="next-tag next-tag-closable" tabindex="0" role="button"><span class="next-tag-body">${t}</span><span class="next-tag-close-btn" role="button" aria-label="删除"><i class="next-icon"></i></span></div>`;
    const tags = `<span class="next-select next-select-trigger next-select-tag next-medium" aria-haspopup="true">
      <span class="next-input next-select-inner"><span class="next-select-values">${tag('example.cn')}${tag('example.com.cn')}
      <span class="next-select-trigger-search"><input aria-label="select" role="combobox" value=""><span aria-hidden="true"><span></span></span></span></span></span></span>`;
    loadHtml(`<form><h3>网站信息</h3>${fusionRow('网站域名', tags)}${fusionRow('网站其他域名', fusionInput('example.net'))}
      ${fusionRow('网站首页URL', fusionInput('www.example.cn'))}</form>`);
    const fields = locateFields(document);
    const domains = fields.find((f) => f.kind === 'tags');
    expect(domains?.path).toBe('websites[0].domains[0]');
    expect(domains?.paths).toEqual(['websites[0].domains[0]', 'websites[0].domains[1]']);
    expect(fields.map((f) => f.path)).toContain('websites[0].domains[2]');
    expect(readDraft(fields).websites?.[0]?.domains).toEqual(['example.cn', 'example.com.cn', 'example.net']);
  });

  test('antd Select mode="tags": tags from .ant-select-selection-item; none typed yet is no value', () => {
    const html = (items: string[]) => `<form><div class="ant-form-item"><div class="ant-row">
      <div class="ant-col ant-form-item-label"><label for="icp_domains" title="网站域名">网站域名</label></div>
      <div class="ant-col ant-form-item-control"><div class="ant-select ant-select-outlined ant-select-multiple ant-select-show-search"><div class="ant-select-content">
        ${items.map((t) => `<div class="ant-select-content-item"><span title="${t}" class="ant-select-selection-item"><span class="ant-select-selection-item-content">${t}</span><span class="ant-select-selection-item-remove" aria-hidden="true">×</span></span></div>`).join('')}
        <div class="ant-select-content-item ant-select-content-item-suffix"><input id="icp_domains" class="ant-select-input" role="combobox" value=""></div>
      </div></div>
      <div class="ant-form-item-additional"><div class="ant-form-item-explain"><div>输入域名后按回车</div></div></div></div></div></div></form>`;
    loadHtml(html(['example.cn', 'b.cn']));
    expect(readDraft(locateFields(document)).websites?.[0]?.domains).toEqual(['example.cn', 'b.cn']);
    loadHtml(html([]));
    const empty = locateFields(document);
    expect(empty[0]?.kind).toBe('tags');
    expect(readDraft(empty).websites).toBeUndefined();
  });
});

describe('radio and checkbox groups as libraries keep them (issue 13 §1)', () => {
  test('role="radio" with aria-checked in a radiogroup (no native box): the checked option is the value', () => {
    loadHtml(`<div class="form-item"><div class="form-item__label">主办单位性质</div>
      <div role="radiogroup" class="my-radios"><div role="radio" aria-checked="false" tabindex="-1">企业</div><div role="radio" aria-checked="true" tabindex="0">个人</div></div></div>
      <div class="form-item"><label for="n">主办单位名称</label><input id="n"></div>`);
    const fields = byPath(locateFields(document));
    const nature = fields.get('subject.nature');
    expect(nature?.kind).toBe('radio');
    expect(nature?.controls).toHaveLength(2);
    expect(readDraft([...fields.values()]).subject?.nature).toBe('个人');
  });

  test('Fusion/TDesign boxes whose state the library shows on the wrapper (aria-checked, t-is-checked) are read as checked', () => {
    loadHtml(`<form>
      ${fusionRow(
        '网站服务内容',
        `<span class="next-checkbox-group"><label class="next-checkbox-wrapper checked" aria-checked="true"><span class="next-checkbox"><input type="checkbox" class="next-checkbox-input" value="博客/个人空间"></span><span class="next-checkbox-label">博客/个人空间</span></label>
        <label class="next-checkbox-wrapper"><span class="next-checkbox"><input type="checkbox" class="next-checkbox-input" value="综合门户"></span><span class="next-checkbox-label">综合门户</span></label></span>`,
      )}
      <div class="t-form__item"><div class="t-form__label"><label>主办单位性质</label></div><div class="t-form__controls"><div class="t-form__controls-content"><div class="t-radio-group">
        <label tabindex="0" class="t-radio t-is-checked"><input type="radio" class="t-radio__former" value="个人"><span class="t-radio__input"></span><span class="t-radio__label">个人</span></label>
        <label tabindex="0" class="t-radio"><input type="radio" class="t-radio__former" value="企业"><span class="t-radio__input"></span><span class="t-radio__label">企业</span></label>
      </div></div></div></div></form>`);
    const draft = readDraft(locateFields(document));
    expect(draft.websites?.[0]?.serviceContent).toEqual(['博客/个人空间']);
    expect(draft.subject?.nature).toBe('个人');
  });
});

describe('labels as libraries render them (issue 13 §2)', () => {
  test('TDesign: <label> without for in the form item, the input four levels below in a sibling column', () => {
    const tRow = (label: string, required: boolean) => `<div class="t-form__item">
      <div class="t-form__label ${required ? 't-form__label--required' : ''}"><label>${label}</label></div>
      <div class="t-form__controls"><div class="t-form__controls-content"><div class="t-input__wrap"><div class="t-input"><input placeholder="请输入" type="text" class="t-input__inner" value=""></div></div></div></div></div>`;
    loadHtml(
      `<form class="t-form">${tRow('主办单位名称', true)}${tRow('主办单位证件号码', true)}${tRow('手机号码', false)}${tRow('电子邮箱', false)}</form>`,
    );
    const fields = locateFields(document);
    expect(fields.map((f) => [f.path, f.via])).toEqual([
      ['subject.name', 'form-item'],
      ['subject.idNumber', 'form-item'],
      ['subject.principal.mobile', 'form-item'],
      ['subject.principal.email', 'form-item'],
    ]);
  });

  test('required asterisks as separate spans and label/control in grid columns', () => {
    loadHtml(`<div class="grid" style="display:grid">
      <div class="col form-label"><span class="required">*</span><span>主办单位证件住所</span></div>
      <div class="col"><div class="wrap"><div class="inner"><input id="a" value="浙江省杭州市西湖区文三路1号"></div></div></div></div>
      <div class="grid"><div class="col form-label"><span>主办单位通讯地址</span><span class="req">*</span></div><div class="col"><div class="x"><div class="y"><div class="z"><input id="b"></div></div></div></div></div>`);
    const fields = byPath(locateFields(document));
    expect(fields.get('subject.idAddress')?.controls[0]?.id).toBe('a');
    expect(fields.get('subject.mailAddress')?.controls[0]?.id).toBe('b');
  });

  test('help and error text below a control are no labels; 请输入 placeholders never become labels', () => {
    loadHtml(`<form>
      <div class="t-form__item"><div class="t-form__label"><label>主办单位名称</label></div>
        <div class="t-form__controls"><div class="t-form__controls-content"><div class="t-input__wrap"><div class="t-input"><input id="name" placeholder="请输入" value=""></div></div></div>
        <div class="t-input__extra">请输入网站名称</div></div></div>
      <div class="t-form__item"><div class="t-form__controls"><div class="t-form__controls-content"><div class="t-input__wrap"><div class="t-input"><input id="unlabelled" placeholder="请输入内容" value=""></div></div></div></div></div>
      <div class="t-form__item"><div class="t-form__controls"><div class="t-form__controls-content"><div class="t-input__wrap"><div class="t-input"><input id="generic" placeholder="请输入" value=""></div></div></div></div></div>
    </form>`);
    const fields = locateFields(document);
    expect(fields.map((f) => f.path)).toEqual(['subject.name']);
    expect(fields[0]?.controls[0]?.id).toBe('name');
  });
});

describe('provider profiles (issue 13 §4)', () => {
  test("a profile adds the console's own wording; without the profile the label is not a field", () => {
    loadHtml(`<form><h3>短信核验</h3><div class="el-form-item"><label class="el-form-item__label">证件号码后6位</label>
      <div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner" value="12345X"></div></div></div></div></form>`);
    expect(locateFields(document)).toEqual([]);
    const miit = profileForHost('beian.miit.gov.cn');
    expect(miit?.id).toBe('miit');
    const fields = locateFields(document, miit ? { profile: miit } : {});
    expect(fields.map((f) => f.path)).toEqual(['smsCheck.idTail']);
    // The scan after it, without a profile, is back to the catalogue alone.
    expect(locateFields(document)).toEqual([]);
  });

  test('hosts: subdomains match their console; other hosts have no profile; every profile cites a followable page', () => {
    expect(profileForHost('www.beian.aliyun.com')?.id).toBe('alibaba');
    expect(profileForHost('beian.miit.gov.cn')?.id).toBe('miit');
    expect(profileForHost('console.cloud.tencent.com')?.id).toBe('tencent');
    expect(profileForHost('example.com')).toBeUndefined();
    expect(profileForHost('notbeian.aliyun.com.evil.cn')).toBeUndefined();
    expect(PROVIDER_PROFILES.map((p) => p.id).sort()).toEqual(['alibaba', 'huawei', 'miit', 'tencent']);
    // Every profile has its notes, and nothing is described that is not a profile.
    expect(Object.keys(PROVIDER_NOTES).sort()).toEqual(PROVIDER_PROFILES.map((p) => p.id).sort());
    for (const p of PROVIDER_PROFILES) expect(PROVIDER_NOTES[p.id]?.source.url).toMatch(/^https:\/\/[a-z0-9.-]+\//);
  });
});

describe('所属区域 as three library selects in one row (issue 13 §1)', () => {
  test('the selects after the province are city and district, each read from what it shows', () => {
    loadHtml(
      `<form>${fusionRow(
        '主办单位所属区域',
        `${fusionSelect('浙江省')}${fusionSelect('杭州市')}${fusionSelect('西湖区')}`,
      )}${fusionRow('主办单位名称', fusionInput('张三'))}</form>`,
    );
    const fields = locateFields(document);
    expect(fields.map((f) => [f.path, f.kind])).toEqual([
      ['subject.province', 'combobox'],
      ['subject.city', 'combobox'],
      ['subject.district', 'combobox'],
      ['subject.name', 'text'],
    ]);
    expect(fields[0]?.paths).toBeUndefined();
    const boxes = document.querySelectorAll('.next-select');
    expect(fields[2]?.anchor).toBe(boxes[2]);
    expect(readDraft(fields).subject).toEqual({ province: '浙江省', city: '杭州市', district: '西湖区', name: '张三' });
  });
});
