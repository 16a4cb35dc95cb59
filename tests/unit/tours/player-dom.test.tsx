// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SubjectPage } from '../../../simulator/pages/beian/subject';
import { CheckboxGroup, SelectField, TextField } from '../../../simulator/pages/shared/form';
import {
  accessibleName,
  chooseOption,
  findAll,
  findOne,
  setChecked,
  setOverlayHost,
  shownValue,
  typeValue,
} from '../../../simulator/pages/tour-player/dom';
import { mount } from '../simulator-pages/helpers';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});
// happy-dom does no layout: every attached element counts as visible unless hidden.
beforeEach(() => {
  Element.prototype.getClientRects = function (this: Element) {
    return (this.isConnected && !(this as HTMLElement).hidden
      ? [{ x: 0, y: 0, width: 10, height: 10 }]
      : []) as unknown as DOMRectList;
  };
});

function Form({ onName }: { onName?: (v: string) => void }) {
  const [name, setName] = useState('');
  const [nature, setNature] = useState('');
  const [content, setContent] = useState<string[]>([]);
  return (
    <form>
      <TextField
        fieldKey="subject.name"
        value={name}
        onValue={(v) => {
          setName(v);
          onName?.(v);
        }}
        required
      />
      <SelectField fieldKey="subject.nature" value={nature} onValue={setNature} options={['个人', '企业']} />
      <CheckboxGroup
        fieldKey="websites[0].serviceContent"
        value={content}
        onValue={setContent}
        options={['综合门户', '其他']}
      />
      <input placeholder="短信验证码" aria-label="短信验证码" />
      <button type="button">下一步</button>
      <button type="button" aria-label="申请（弹性Web托管-1）">
        申请
      </button>
      <p>
        备案成功。<span>网站开通后 30 日内请办理公安备案</span>
      </p>
      <output data-name={name} data-nature={nature} data-content={content.join(',')} />
    </form>
  );
}

describe("finding a step's element the way a user names it (issue 6 item 1: label or role, not CSS)", () => {
  it('by the exact label of the page (required stars and colons ignored)', () => {
    const { root, unmount } = mount(<Form />);
    cleanup = unmount;
    expect(findOne({ label: '主办单位或主办人名称' })?.getAttribute('name')).toBe('subject.name');
    expect(findOne({ label: '主办单位或主办人名称：' })?.getAttribute('name')).toBe('subject.name');
    expect(findOne({ label: '主办单位性质' })?.tagName).toBe('SELECT');
    expect(findOne({ label: '短信验证码' })?.getAttribute('placeholder')).toBe('短信验证码');
    expect(findOne({ label: '网站服务内容' })?.tagName).toBe('FIELDSET');
    expect(findOne({ label: '主办单位' })).toBeUndefined();
    expect(root).toBeTruthy();
  });

  it('by role and accessible name, aria-label first, exact unless partial', () => {
    cleanup = mount(<Form />).unmount;
    expect(findOne({ role: 'button', name: '下一步' })?.textContent).toBe('下一步');
    expect(findOne({ role: 'button', name: '申请（弹性Web托管-1）' })?.textContent?.trim()).toBe('申请');
    expect(findOne({ role: 'button', name: '申请' })).toBeUndefined();
    expect(findOne({ role: 'button', name: '弹性Web托管', partial: true })).toBeDefined();
    expect(findOne({ role: 'checkbox', name: '其他', within: { label: '网站服务内容' } })?.getAttribute('value')).toBe(
      '其他',
    );
  });

  it('by visible text, the innermost element that holds it', () => {
    cleanup = mount(<Form />).unmount;
    expect(findOne({ text: '公安备案' })?.tagName).toBe('SPAN');
    expect(findOne({ text: '备案成功。' })?.tagName).toBe('P');
  });

  it("never finds the player's own overlay", () => {
    const host = document.createElement('div');
    host.innerHTML = '<button type="button">下一步</button>';
    document.body.append(host);
    setOverlayHost(host);
    cleanup = mount(<Form />).unmount;
    expect(findAll({ role: 'button', name: '下一步' })).toHaveLength(1);
    host.remove();
  });

  it('names fields like an accessibility tree would', () => {
    cleanup = mount(<Form />).unmount;
    expect(accessibleName(findOne({ label: '主办单位或主办人名称' }) as Element)).toBe('主办单位或主办人名称');
  });
});

describe('acting on the page so Preact and the extension see it (issue 6 item 3)', () => {
  it('types with the native setter and input events: the page state follows', async () => {
    const seen: string[] = [];
    cleanup = mount(<Form onName={(v) => seen.push(v)} />).unmount;
    const input = findOne({ label: '主办单位或主办人名称' }) as Element;
    await typeValue(input, '王小明', 0);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.at(-1)).toBe('王小明');
    expect(document.querySelector('output')?.getAttribute('data-name')).toBe('王小明');
  });

  it('types character by character for an audience', async () => {
    const seen: string[] = [];
    cleanup = mount(<Form onName={(v) => seen.push(v)} />).unmount;
    await typeValue(findOne({ label: '主办单位或主办人名称' }) as Element, '王小明', 1);
    expect(seen).toEqual(['', '王', '王小', '王小明']);
  });

  it('chooses an option by its text and ticks a box once', async () => {
    cleanup = mount(<Form />).unmount;
    const select = findOne({ label: '主办单位性质' }) as Element;
    chooseOption(select, '企业');
    const box = findOne({ role: 'checkbox', name: '其他', within: { label: '网站服务内容' } }) as Element;
    setChecked(box, true);
    setChecked(box, true);
    await new Promise((r) => setTimeout(r, 0));
    expect(shownValue(select)).toBe('企业');
    expect(document.querySelector('output')?.getAttribute('data-nature')).toBe('企业');
    expect(document.querySelector('output')?.getAttribute('data-content')).toBe('其他');
    expect(() => chooseOption(select, '外国企业')).toThrow(/外国企业/);
  });

  it('refuses to type into a read-only field (a locked access-filing subject)', async () => {
    const order = {
      id: 'O-1',
      type: 'access-new',
      status: 'draft',
      actions: ['save-subject'],
      steps: ['subject'],
      draft: {
        subject: {
          province: '江苏省',
          nature: '企业',
          idType: '营业执照',
          idNumber: '91320106MA1XY2345B',
          name: '南京示例信息技术有限公司',
        },
      },
    };
    cleanup = mount(<SubjectPage order={order as never} onOrder={() => {}} reload={() => {}} />).unmount;
    const name = findOne({ label: '主办单位或主办人名称' }) as Element;
    await expect(typeValue(name, '别的名字', 0)).rejects.toThrow(/read-only/);
  });
});
