// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { installCatalogue, locateFields } from '../../../extension/page/locate-fields';
import { FIELD_CATALOGUE } from '../../../shared/domain/fields';
import { loadHtml } from './fixture-dom';

// The content script does not carry the field catalogue: the background sends it at start and the
// locator indexes what it was given (issue 17 item 4). fixture-dom.ts installs the real one.
describe('the locator matches against the catalogue it was given', () => {
  afterEach(() => installCatalogue(FIELD_CATALOGUE));

  const page = `<form>
    <label for="n">主办单位名称</label><input id="n" value="张三">
    <label for="d">网站域名</label><input id="d" value="example.cn">
  </form>`;

  test('with the real catalogue both fields are found; with none, nothing is', () => {
    loadHtml(page);
    expect(locateFields(document).map((f) => f.path)).toEqual(['subject.name', 'websites[0].domains[0]']);
    installCatalogue([]);
    expect(locateFields(document)).toEqual([]);
  });

  test('installing again replaces the index: a catalogue without the domain field finds only the name', () => {
    loadHtml(page);
    installCatalogue(FIELD_CATALOGUE.filter((f) => f.key !== 'websites[].domains[]'));
    expect(locateFields(document).map((f) => f.path)).toEqual(['subject.name']);
  });
});
