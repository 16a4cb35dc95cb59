/**
 * Generated filing pages for the benchmark (issue 7 §1): table rows of label cell + control cell with
 * the field catalogue's labels, as the filing site lays its forms out (spec §4), one subject section
 * and as many website blocks (网站1, 网站2 …) as the field count needs. Values are realistic and some are
 * wrong on purpose (checksum, short mobile, broken e-mail, unfileable suffix) so the extension has
 * findings to annotate. Deterministic: the same size always gives the same page.
 */
import { idNumberCheckChar } from '../../shared/formats/id-number';

export interface PageField {
  /** Draft path the row stands for, e.g. `websites[2].principal.mobile`. */
  path: string;
  label: string;
  kind: 'text' | 'select' | 'textarea' | 'checkbox-group';
  value: string;
  options?: string[];
}

const validId = (body17: string) => body17 + idNumberCheckChar(body17);
const badId = (body17: string) => {
  const ok = idNumberCheckChar(body17);
  return body17 + (ok === '0' ? '1' : '0');
};

/** The subject section: 主办单位信息 + 主办单位负责人信息 (spec §4.1, §4.2), 18 rows. */
function subjectRows(): PageField[] {
  return [
    {
      path: 'subject.province',
      label: '主办单位所属区域',
      kind: 'select',
      value: '浙江省',
      options: ['北京市', '浙江省', '上海市'],
    },
    { path: 'subject.city', label: '市', kind: 'select', value: '杭州市', options: ['杭州市', '宁波市'] },
    { path: 'subject.district', label: '区/县', kind: 'select', value: '西湖区', options: ['西湖区', '上城区'] },
    { path: 'subject.nature', label: '主办单位性质', kind: 'select', value: '个人', options: ['个人', '企业'] },
    { path: 'subject.idType', label: '主办单位证件类型', kind: 'select', value: '身份证', options: ['身份证', '护照'] },
    { path: 'subject.idNumber', label: '主办单位证件号码', kind: 'text', value: validId('33010619900307123') },
    { path: 'subject.name', label: '主办单位或主办人名称', kind: 'text', value: '张三' },
    { path: 'subject.idAddress', label: '主办单位证件住所', kind: 'text', value: '浙江省杭州市西湖区文三路90号' },
    { path: 'subject.mailAddress', label: '主办单位通讯地址', kind: 'text', value: '浙江省杭州市西湖区文三路90号' },
    { path: 'subject.investor', label: '投资人或主管单位', kind: 'text', value: '张三' },
    { path: 'subject.remark', label: '主体备注', kind: 'textarea', value: '' },
    { path: 'subject.principal.name', label: '负责人姓名', kind: 'text', value: '张三' },
    {
      path: 'subject.principal.idType',
      label: '负责人证件类型',
      kind: 'select',
      value: '身份证',
      options: ['身份证', '护照'],
    },
    { path: 'subject.principal.idNumber', label: '负责人证件号码', kind: 'text', value: validId('33010619900307123') },
    { path: 'subject.principal.mobile', label: '联系方式1', kind: 'text', value: '1381234567' },
    { path: 'subject.principal.landline', label: '联系方式2', kind: 'text', value: '086-0571-88888888' },
    { path: 'subject.principal.emergencyPhone', label: '应急联系电话', kind: 'text', value: '13700002222' },
    { path: 'subject.principal.email', label: '电子邮件地址', kind: 'text', value: 'zhangsan@163.com' },
  ];
}

/** One website block: 网站信息 + 网站负责人信息 (spec §4.3), 14 rows; every third website has mistakes. */
function websiteRows(i: number): PageField[] {
  const p = `websites[${i}]`;
  const wrong = i % 3 === 1;
  const n = String(i).padStart(3, '0');
  const idBody = `3301061985121${String(2000 + (i % 1000)).slice(-4)}`;
  return [
    { path: `${p}.name`, label: '网站名称', kind: 'text', value: `山水摄影记录${i + 1}` },
    { path: `${p}.domains[0]`, label: '网站域名', kind: 'text', value: wrong ? `photo${n}.xyz` : `photo${n}.cn` },
    { path: `${p}.homeUrl`, label: '网站首页URL', kind: 'text', value: `www.photo${n}.cn` },
    {
      path: `${p}.serviceContent`,
      label: '网站服务内容',
      kind: 'checkbox-group',
      value: '其他',
      options: ['综合门户', '博客/个人空间', '其他'],
    },
    {
      path: `${p}.languages`,
      label: '网站语言',
      kind: 'checkbox-group',
      value: '中文简体',
      options: ['中文简体', '中文繁体', '英语'],
    },
    {
      path: `${p}.preApproval`,
      label: '前置或专项审批内容类型',
      kind: 'checkbox-group',
      value: '',
      options: ['新闻', '出版', '文化'],
    },
    { path: `${p}.remark`, label: '网站备注', kind: 'textarea', value: '个人摄影作品展示与记录，不含企业、单位信息。' },
    { path: `${p}.principal.name`, label: '网站负责人姓名', kind: 'text', value: '李红' },
    {
      path: `${p}.principal.idType`,
      label: '网站负责人证件类型',
      kind: 'select',
      value: '身份证',
      options: ['身份证', '护照'],
    },
    {
      path: `${p}.principal.idNumber`,
      label: '网站负责人证件号码',
      kind: 'text',
      value: wrong ? badId(idBody) : validId(idBody),
    },
    {
      path: `${p}.principal.mobile`,
      label: '网站负责人手机号码',
      kind: 'text',
      value: wrong ? '139000011' : `1390000${n}1`,
    },
    { path: `${p}.principal.landline`, label: '办公电话', kind: 'text', value: '086-0571-88888888' },
    { path: `${p}.principal.emergencyPhone`, label: '应急联系电话', kind: 'text', value: '13700002222' },
    {
      path: `${p}.principal.email`,
      label: '电子邮件地址',
      kind: 'text',
      value: wrong ? 'lihong@' : `lihong${n}@163.com`,
    },
  ];
}

export interface FilingPage {
  fields: number;
  websites: number;
  rows: PageField[];
  html: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function control(f: PageField, id: string): string {
  switch (f.kind) {
    case 'select':
      return `<select id="${id}" name="${id}">${(f.options ?? [])
        .map((o) => `<option${o === f.value ? ' selected' : ''}>${esc(o)}</option>`)
        .join('')}</select>`;
    case 'textarea':
      return `<textarea id="${id}" name="${id}" rows="2">${esc(f.value)}</textarea>`;
    case 'checkbox-group':
      return (f.options ?? [])
        .map(
          (o, k) =>
            `<label class="check"><input type="checkbox" id="${id}-${k}" name="${id}" value="${esc(o)}"${o === f.value ? ' checked' : ''}> ${esc(o)}</label>`,
        )
        .join(' ');
    default:
      return `<input type="text" id="${id}" name="${id}" value="${esc(f.value)}" autocomplete="off">`;
  }
}

function rowsHtml(rows: PageField[], start: number): string {
  return rows
    .map(
      (f, k) =>
        `<tr><td class="label"><span class="required">*</span>${esc(f.label)}：</td><td class="value">${control(f, `f${start + k}`)}</td></tr>`,
    )
    .join('\n');
}

/** A filing page with exactly `fields` labelled rows: the subject section, then website blocks. */
export function filingPage(fields: number): FilingPage {
  const subject = subjectRows().slice(0, fields);
  const blocks: PageField[][] = [];
  let left = fields - subject.length;
  for (let i = 0; left > 0; i++) {
    const rows = websiteRows(i).slice(0, left);
    blocks.push(rows);
    left -= rows.length;
  }
  // Section headings as the filing site words them; the website principal's rows get their own heading.
  const table = (rows: PageField[], start: number) => `<table class="form">\n${rowsHtml(rows, start)}\n</table>`;
  const split = (rows: PageField[], start: number, heading: string) => {
    const k = rows.findIndex((r) => r.path.includes('.principal.'));
    if (k < 0) return table(rows, start);
    return `${table(rows.slice(0, k), start)}\n<h3>${heading}</h3>\n${table(rows.slice(k), start + k)}`;
  };
  let start = 0;
  const parts = [
    `<h2>主办单位信息</h2>\n${split(subject, 0, '主办单位负责人信息')}`,
    ...blocks.map((rows, i) => {
      start += i === 0 ? subject.length : (blocks[i - 1]?.length ?? 0);
      return `<section class="website"><h2>网站${i + 1}</h2>\n${split(rows, start, '网站负责人信息')}</section>`;
    }),
  ];
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>备案信息填写（${fields} 项）</title>
<style>
body { font: 14px/1.5 "PingFang SC", "Microsoft YaHei", sans-serif; margin: 24px; color: #333; }
table.form { border-collapse: collapse; width: 860px; margin-bottom: 16px; }
td.label { width: 220px; text-align: right; padding: 6px 12px; color: #666; }
td.value { padding: 6px 0; }
input[type=text], select, textarea { width: 420px; padding: 4px 6px; border: 1px solid #ccc; border-radius: 2px; }
.required { color: #e4393c; margin-right: 2px; }
section.website { border-top: 1px solid #eee; padding-top: 8px; }
</style></head>
<body>
<h1>ICP备案 · 填写备案信息</h1>
<form id="filing" onsubmit="return false">
${parts.join('\n')}
<button type="button" id="next">下一步</button>
</form>
</body></html>`;
  return { fields, websites: blocks.length, rows: [...subject, ...blocks.flat()], html };
}
