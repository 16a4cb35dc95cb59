// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { shownBytes } from '../../../extension/page/controls/upload';
import { type LocatedField, locateFields } from '../../../extension/page/locate-fields';
import { readDraft } from '../../../extension/page/read-draft';
import { loadHtml } from './fixture-dom';

// Issue 13 §1: date pickers (document validity) and upload widgets, in markup as rendered by
// @alifd/next 1.27, antd 6, tdesign-react 1.18 and element-plus 2.14 (icons and styles left out).

function byPath(fields: LocatedField[]): Map<string, LocatedField> {
  return new Map(fields.map((f) => [f.path, f]));
}

const nameRow = `<div class="t-form__item"><div class="t-form__label"><label>主办单位名称</label></div>
  <div class="t-form__controls"><div class="t-form__controls-content"><div class="t-input__wrap"><div class="t-input">
  <input class="t-input__inner" placeholder="请输入" value="张三"></div></div></div></div></div>`;

/** TDesign DateRangePicker: read-only inputs seven levels below a label without `for`. */
const tdesignRange = (start: string, end: string) => `
  <div class="t-form__item"><div class="t-form__label"><label>证件有效期</label></div>
  <div class="t-form__controls"><div class="t-form__controls-content"><div class="t-date-range-picker">
  <div class="t-range-input-popup"><div class="t-range-input"><div class="t-range-input__inner">
    <div class="t-input__wrap t-range-input__inner-left"><div class="t-input t-is-readonly">
      <input placeholder="开始日期" type="text" class="t-input__inner" readonly value="${start}"></div></div>
    <div class="t-range-input__inner-separator"> - </div>
    <div class="t-input__wrap t-range-input__inner-right"><div class="t-input t-is-readonly">
      <input placeholder="结束日期" type="text" class="t-input__inner" readonly value="${end}"></div></div>
  </div></div></div></div></div></div></div>`;

/** Element Plus el-date-picker type="date" and a 长期 el-checkbox beside it (the page keeps `is-checked`). */
const elementDate = (label: string, value: string, longTerm: boolean) => `
  <div class="el-form-item"><label class="el-form-item__label" for="d1">${label}</label>
  <div class="el-form-item__content"><div style="display:flex">
    <div class="el-input el-input--prefix el-date-editor el-date-editor--date"><div class="el-input__wrapper">
      <input class="el-input__inner" aria-haspopup="dialog" type="text" placeholder="请选择日期" role="combobox" id="d1" value="${value}">
    </div></div>
    <label class="el-checkbox${longTerm ? ' is-checked' : ''}"><span class="el-checkbox__input${longTerm ? ' is-checked' : ''}">
      <input class="el-checkbox__original" type="checkbox"${longTerm ? ' checked' : ''}><span class="el-checkbox__inner"></span></span>
      <span class="el-checkbox__label">长期</span></label>
  </div></div></div>`;

/** Element Plus daterange: two role="combobox" inputs in one `el-range-editor`. */
const elementRange = (start: string, end: string) => `
  <div class="el-form-item"><label class="el-form-item__label" for="r1">证件有效期</label>
  <div class="el-form-item__content"><div class="el-date-editor el-date-editor--daterange el-input__wrapper el-range-editor">
    <input role="combobox" aria-haspopup="dialog" placeholder="开始日期" class="el-range-input" id="r1" value="${start}">
    <span class="el-range-separator">-</span>
    <input role="combobox" aria-haspopup="dialog" placeholder="结束日期" class="el-range-input" value="${end}">
  </div></div></div>`;

const elementName = `<div class="el-form-item"><label class="el-form-item__label" for="n1">主办单位名称</label>
  <div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper">
  <input class="el-input__inner" id="n1" value="张三"></div></div></div></div>`;

describe('date pickers: the shown date, a range as two fields, 长期 (issue 13 §1)', () => {
  test('TDesign range with read-only inputs: start → idValidFrom, end → idValidUntil, each marked on its own input', () => {
    loadHtml(`<form><h3>主办单位信息</h3>${tdesignRange('2016-05-01', '2036-05-01')}${nameRow}</form>`);
    const fields = locateFields(document);
    const map = byPath(fields);
    expect(map.get('subject.idValidFrom')?.kind).toBe('date');
    expect(map.get('subject.idValidFrom')?.controls[0]?.getAttribute('placeholder')).toBe('开始日期');
    expect(map.get('subject.idValidUntil')?.controls[0]?.getAttribute('placeholder')).toBe('结束日期');
    expect(readDraft(fields).subject).toEqual({ idValidFrom: '2016-05-01', idValidUntil: '2036-05-01', name: '张三' });
  });

  test('an empty range reads as absent, not as its placeholder', () => {
    loadHtml(`<form>${tdesignRange('', '')}${nameRow}</form>`);
    expect(readDraft(locateFields(document)).subject).toEqual({ name: '张三' });
  });

  test('Element Plus daterange: role="combobox" inputs are dates, not selects (their value is the date, not the box text)', () => {
    loadHtml(`<form>${elementName}${elementRange('2010-01-01', '2020-01-01')}</form>`);
    const fields = locateFields(document);
    expect(fields.map((f) => [f.path, f.kind])).toEqual([
      ['subject.name', 'text'],
      ['subject.idValidUntil', 'date'],
      ['subject.idValidFrom', 'date'],
    ]);
    expect(readDraft(fields).subject).toMatchObject({ idValidFrom: '2010-01-01', idValidUntil: '2020-01-01' });
  });

  test('a ticked 长期 box beside the principal’s date reads 长期; unticked, the date; the box is no field of its own', () => {
    loadHtml(`<form>${elementName}<h3>主体负责人信息</h3>${elementDate('证件有效期至', '2027-01-01', true)}</form>`);
    let fields = locateFields(document);
    expect(fields.map((f) => f.path)).toEqual(['subject.name', 'subject.principal.idValidUntil']);
    expect(readDraft(fields).subject?.principal).toEqual({ idValidUntil: '长期' });
    loadHtml(`<form>${elementName}<h3>主体负责人信息</h3>${elementDate('证件有效期至', '2027-01-01', false)}</form>`);
    fields = locateFields(document);
    expect(readDraft(fields).subject?.principal).toEqual({ idValidUntil: '2027-01-01' });
  });
});

/** Fusion Upload holding one file (limit 1: the trigger hidden, the list shows name and size). */
const fusionUpload = (file?: string, size?: string) => `
  <div role="row" class="next-row next-form-item"><div role="gridcell" class="next-form-item-label"><label for="icon">应用图标</label></div>
  <div role="gridcell" class="next-form-item-control"><div class="next-upload">
    <div role="application" class="next-upload-inner${file ? ' next-hidden' : ''}" tabindex="0">
      <input type="file" id="icon" aria-hidden="true" style="display:none"><button type="button" class="next-btn">选择图标</button></div>
    <div class="next-upload-list next-upload-list-text">${
      file
        ? `<div class="next-upload-list-item"><div class="next-upload-list-item-name-wrap"><a class="next-upload-list-item-name">
      <span>${file}</span><span class="next-upload-list-item-size">${size}</span></a></div>
      <span class="next-upload-list-item-op"><i role="button" aria-label="删除" tabindex="0" class="next-icon next-icon-close"></i></span></div>`
        : ''
    }</div></div> 不超过100KB</div></div>`;

const fusionAppName = `<div role="row" class="next-row next-form-item"><div role="gridcell" class="next-form-item-label"><label>APP名称</label></div>
  <div role="gridcell" class="next-form-item-control"><span class="next-input"><input value="西湖鲜花"></span></div></div>`;

/** Element Plus el-upload: the list is a sibling of `.el-upload`; the tip sits between them. */
const elementUpload = (file?: string) => `
  <div class="el-form-item" role="group" aria-labelledby="l9"><div id="l9" class="el-form-item__label">应用图标</div>
  <div class="el-form-item__content"><div>
    <div class="el-upload el-upload--text" tabindex="0" role="button"><button type="button" class="el-button"><span>选择图标</span></button>
      <input class="el-upload__input" name="file" type="file"></div>
    <div class="el-upload__tip">不超过100KB</div>
    <ul class="el-upload-list el-upload-list--text">${
      file
        ? `<li class="el-upload-list__item is-ready" tabindex="0" role="button"><div class="el-upload-list__item-info">
      <a class="el-upload-list__item-name"><span class="el-upload-list__item-file-name" title="${file}">${file}</span></a></div>
      <label class="el-upload-list__item-status-label"></label><i class="el-icon--close" role="button" tabindex="0"></i></li>`
        : ''
    }</ul></div></div></div>`;

/** TDesign Upload theme="file": the file input has `hidden`; one file's name in `t-upload__single-name`. */
const tdesignUpload = (file: string) => `
  <div class="t-form__item"><div class="t-form__label"><label>应用图标</label></div><div class="t-form__controls">
  <div class="t-form__controls-content"><div class="t-upload"><input type="file" hidden>
    <div class="t-upload__single t-upload__single-file"><div class="t-upload__trigger"><button type="button" class="t-button">
      <span class="t-button__text">重新选择</span></button></div>
    <div class="t-upload__single-display-text"><span class="t-upload__single-name">${file}</span></div></div></div></div></div></div>`;

describe('upload widgets: the listed file name and shown size; markers on the trigger (issue 13 §1)', () => {
  test('Fusion: name and size 「(120.00K)」 fill apps[0].icon and apps[0].iconBytes; the hidden trigger gives way to the file’s delete button', () => {
    loadHtml(`<form><h3>APP信息</h3>${fusionAppName}${fusionUpload('icon.png', '(120.00K)')}</form>`);
    const fields = locateFields(document);
    const icon = byPath(fields).get('apps[0].icon');
    expect(icon?.kind).toBe('upload');
    expect(icon?.controls[0]?.getAttribute('aria-label')).toBe('删除');
    // The size is on the page too: the check keeps it (tab session merges only the page's paths).
    expect(icon?.paths).toEqual(['apps[0].icon', 'apps[0].iconBytes']);
    expect(readDraft(fields).apps?.[0]).toEqual({ name: '西湖鲜花', icon: 'icon.png', iconBytes: 120 * 1024 });
  });

  test('Fusion with no file yet: markers on the 选择图标 button; no value', () => {
    loadHtml(`<form>${fusionAppName}${fusionUpload()}</form>`);
    const fields = locateFields(document);
    expect(byPath(fields).get('apps[0].icon')?.controls[0]?.textContent).toBe('选择图标');
    expect(readDraft(fields).apps?.[0]).toEqual({ name: '西湖鲜花' });
  });

  test('Element Plus: the list beside .el-upload is found past the tip; the name only (Element shows no size)', () => {
    loadHtml(`<form>${fusionAppName}${elementUpload('icon-2.png')}</form>`);
    const fields = locateFields(document);
    const icon = byPath(fields).get('apps[0].icon');
    expect(icon?.controls[0]?.tagName).toBe('BUTTON');
    expect(icon?.anchor.querySelector('.el-upload-list')).not.toBeNull();
    expect(readDraft(fields).apps?.[0]).toEqual({ name: '西湖鲜花', icon: 'icon-2.png' });
  });

  test('TDesign: a hidden file input still makes the widget; the single file name is read', () => {
    loadHtml(`<form>${fusionAppName}${tdesignUpload('logo.jpg')}</form>`);
    const fields = locateFields(document);
    expect(byPath(fields).get('apps[0].icon')?.controls[0]?.textContent?.trim()).toBe('重新选择');
    expect(readDraft(fields).apps?.[0]?.icon).toBe('logo.jpg');
  });

  test('shown sizes: K, KB, MB and bytes; no size in the text is none', () => {
    expect(shownBytes('(120.00K)')).toBe(122880);
    expect(shownBytes('98 KB')).toBe(98 * 1024);
    expect(shownBytes('1.5MB')).toBe(1572864);
    expect(shownBytes('980 B')).toBe(980);
    expect(shownBytes('icon.png')).toBeUndefined();
  });
});

describe('a listbox (role="listbox", no native control): the selected option is the value', () => {
  test('single and multi-select listboxes', () => {
    loadHtml(`<form>
      <div><span id="t1">主办单位证件类型</span><div role="listbox" aria-labelledby="t1" tabindex="0">
        <div role="option" aria-selected="false">护照</div><div role="option" aria-selected="true">居民身份证</div></div></div>
      <div><span id="t2">网站语言</span><div role="listbox" aria-labelledby="t2" aria-multiselectable="true" tabindex="0">
        <div role="option" aria-selected="true">中文简体</div><div role="option" aria-selected="false">英语</div>
        <div role="option" aria-selected="true">日语</div></div></div>
      ${fusionAppName}</form>`);
    const fields = locateFields(document);
    const map = byPath(fields);
    expect(map.get('subject.idType')?.controls[0]?.getAttribute('role')).toBe('listbox');
    const draft = readDraft(fields);
    expect(draft.subject?.idType).toBe('居民身份证');
    expect(draft.websites?.[0]?.languages).toEqual(['中文简体', '日语']);
  });
});
