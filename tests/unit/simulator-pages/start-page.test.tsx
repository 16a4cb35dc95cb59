// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StartPage } from '../../../simulator/pages/beian/start';
import { byLabel, mount, settle, typeInto } from './helpers';

function choose(el: HTMLElement, value: string) {
  act(() => {
    (el as HTMLSelectElement).value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  vi.unstubAllGlobals();
});

describe('开始备案 page (spec §2, design §6)', () => {
  it('sends the form, shows a refused document number at its field, then shows the decided type and next step', async () => {
    const requests: { url: string; body?: unknown }[] = [];
    let decisions = 0;
    let captchas = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        requests.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
        if (url.startsWith('/api/captcha')) {
          captchas++;
          return json(200, { id: `C-${captchas}`, kind: 'picture', image: 'data:,', length: 4 });
        }
        if (url === '/api/beian/type-decision') {
          decisions++;
          if (decisions === 1) {
            return json(422, {
              error: {
                code: 'validation',
                message: '请检查标红的字段 / Check the fields marked in red',
                fields: {
                  'subject.idNumber': [
                    {
                      field: 'subject.idNumber',
                      rule: 'id-number.checksum',
                      severity: 'error',
                      message: { zh: '身份证号码校验位错误', en: 'Wrong check digit' },
                      source: 'spec §4.1',
                    },
                  ],
                },
              },
            });
          }
          return json(200, {
            type: 'first',
            label: { zh: '首次备案', en: 'First filing' },
            next: { zh: '进入产品验证', en: 'Go on to product verification' },
            reason: { zh: '主体和域名均未备案', en: 'Neither is filed' },
            order: { id: 'O-0001', type: 'first', steps: ['type', 'product', 'subject', 'website', 'upload'] },
            subjectId: null,
            startFrom: 'order',
          });
        }
        return json(404, { error: { message: 'not here' } });
      }),
    );
    const m = mount(<StartPage query={new URLSearchParams()} />);
    cleanup = m.unmount;
    await settle();

    choose(byLabel(m.root, '主办单位所属区域'), '浙江省');
    choose(byLabel(m.root, '市'), '杭州市');
    choose(byLabel(m.root, '区/县'), '西湖区');
    choose(byLabel(m.root, '主办单位性质'), '个人');
    choose(byLabel(m.root, '主办单位证件类型'), '身份证');
    typeInto(byLabel(m.root, '主办单位证件号码'), '330106199003071235');
    typeInto(byLabel(m.root, '域名'), 'example.com');
    typeInto(byLabel(m.root, '验证码'), 'ab3k');

    const button = [...m.root.querySelectorAll('button')].find((b) => b.textContent === '验证备案类型');
    expect(button).toBeDefined();
    act(() => button?.click());
    await settle();

    const sent = requests.find((r) => r.url === '/api/beian/type-decision')?.body;
    expect(sent).toMatchObject({
      province: '浙江省',
      city: '杭州市',
      district: '西湖区',
      nature: '个人',
      idType: '身份证',
      idNumber: '330106199003071235',
      domain: 'example.com',
      captchaId: 'C-1',
      captcha: 'ab3k',
    });
    const idInput = byLabel(m.root, '主办单位证件号码');
    expect(idInput.getAttribute('aria-invalid')).toBe('true');
    const msgId = (idInput.getAttribute('aria-describedby') ?? '').split(' ').pop() ?? '';
    expect(document.getElementById(msgId)?.textContent).toContain('身份证号码校验位错误');
    // The captcha is single-use: a new one was fetched after the attempt.
    expect(captchas).toBe(2);

    typeInto(idInput, '330106199003071236');
    typeInto(byLabel(m.root, '验证码'), 'xy9z');
    act(() => button?.click());
    await settle();

    expect(byLabel(m.root, '主办单位证件号码').hasAttribute('aria-invalid')).toBe(false);
    expect(m.root.querySelector('[data-filing-type="first"]')?.textContent).toContain('首次备案');
    const next = [...m.root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('下一步'));
    expect(next?.textContent).toBe('下一步：产品验证');
  });
});
