// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { catalogueMatches, filingTypeOf, locateFields } from '../../../extension/page/locate-fields';
import { loadHtml } from './fixture-dom';

// Today's filing system says 互联网信息服务 where it said 网站 (research F19): the catalogue's aliases let
// the locator find such a form.

describe('forms labelled the 2026 way (互联网信息服务 for 网站)', () => {
  test('互联网信息服务名称 / 域名 / 负责人 fields are located as the website and its principal', () => {
    loadHtml(`<form>
      <h2>互联网信息服务基本信息</h2>
      <p><label for="n">互联网信息服务名称</label><input id="n"></p>
      <p><label for="d">互联网信息服务域名</label><input id="d"></p>
      <p><label for="r">互联网信息服务备注</label><textarea id="r"></textarea></p>
      <h2>互联网信息服务负责人信息</h2>
      <p><label for="pn">互联网信息服务负责人姓名</label><input id="pn"></p>
      <p><label for="pm">互联网信息服务负责人手机号码</label><input id="pm"></p>
    </form>`);
    const byPath = new Map(locateFields(document).map((f) => [f.path, f]));
    expect(byPath.get('websites[0].name')?.controls[0]).toBe(document.getElementById('n'));
    expect(byPath.get('websites[0].domains[0]')?.controls[0]).toBe(document.getElementById('d'));
    expect(byPath.get('websites[0].remark')?.controls[0]).toBe(document.getElementById('r'));
    expect(byPath.get('websites[0].principal.name')?.controls[0]).toBe(document.getElementById('pn'));
    expect(byPath.get('websites[0].principal.mobile')?.controls[0]).toBe(document.getElementById('pm'));
    expect([...byPath.keys()].some((p) => p.startsWith('subject.'))).toBe(false);
  });

  test('ICP负责人证件号码 is the website principal’s document number', () => {
    expect(catalogueMatches('ICP负责人证件号码').map((f) => f.key)).toContain('websites[].principal.idNumber');
  });

  test.each([
    ['新增互联网信息服务', 'new-website-here'],
    ['注销互联网信息服务', 'cancel-website'],
    ['变更互联网信息服务', 'change-website'],
    ['首次备案', 'first'],
  ] as const)('the type name %s is read as %s', (text, type) => {
    expect(filingTypeOf(text)).toBe(type);
  });
});
