// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { locateFields, sectionOf } from '../../../extension/page/locate-fields';
import { loadHtml } from '../extension/fixture-dom';

// The simulator's app step names its principal block 「APP负责人信息」 and then uses the generic 负责人
// labels (负责人姓名, 联系方式1 …) as the filing site does: the extension must read them as the app's.

describe('the app step’s principal block (simulator 填写APP信息)', () => {
  test('「APP负责人信息」 starts the app principal, 「网站负责人信息」 still the website’s', () => {
    expect(sectionOf('APP负责人信息')?.scope).toBe('app-principal');
    expect(sectionOf('App负责人')?.scope).toBe('app-principal');
    expect(sectionOf('网站负责人信息')?.scope).toBe('website-principal');
  });

  test('generic 负责人 labels under it are apps[0].principal.*', () => {
    loadHtml(`
      <h2>APP基本信息</h2>
      <label for="n">APP名称</label><input id="n">
      <label for="s">签名MD5值</label><input id="s">
      <h2>APP负责人信息</h2>
      <label for="pn">负责人姓名</label><input id="pn">
      <label for="pm">联系方式1</label><input id="pm">
      <label for="pe">电子邮件地址</label><input id="pe">`);
    const paths = locateFields(document).map((f) => f.path);
    expect(paths).toEqual([
      'apps[0].name',
      'apps[0].platforms[0].signature',
      'apps[0].principal.name',
      'apps[0].principal.mobile',
      'apps[0].principal.email',
    ]);
  });
});
