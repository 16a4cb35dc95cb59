// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/domain/finding';
import { errorFromBody } from '../../../simulator/pages/shared/api';
import { ErrorSummary, FindingsContext, TextField } from '../../../simulator/pages/shared/form';
import { byLabel, mount } from './helpers';

const idNumberError: Finding = {
  field: 'subject.idNumber',
  rule: 'id-number.checksum',
  severity: 'error',
  message: { zh: '身份证号码校验位错误', en: 'The ID number check digit is wrong' },
  fix: { zh: '请核对最后一位', en: 'Check the last character' },
  source: 'spec §4.1; GB 11643-1999',
};

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

describe('per-field errors from the simulator (design §6, simulator/API.md §0)', () => {
  it('parses the error body and shows the finding at its field: aria-invalid, aria-describedby, both languages', () => {
    const err = errorFromBody(422, {
      error: {
        code: 'validation',
        message: '请检查标红的字段 / Check the fields marked in red',
        fields: { 'subject.idNumber': [idNumberError] },
      },
    });
    expect(err.code).toBe('validation');
    expect(err.text).toEqual({ zh: '请检查标红的字段', en: 'Check the fields marked in red' });

    const m = mount(
      <FindingsContext.Provider value={err.fields}>
        <TextField fieldKey="subject.idNumber" value="330106199003071235" onValue={() => {}} />
        <TextField fieldKey="subject.name" value="王小明" onValue={() => {}} />
      </FindingsContext.Provider>,
    );
    cleanup = m.unmount;
    // The label is the spec's exact text, tied to the input by `for` (getByLabel('主办单位证件号码')).
    const input = byLabel(m.root, '主办单位证件号码');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    const message = document.getElementById(describedBy.split(' ').pop() ?? '');
    expect(message?.textContent).toContain('身份证号码校验位错误');
    expect(message?.textContent).toContain('The ID number check digit is wrong');
    expect(message?.textContent).toContain('请核对最后一位');

    // A field without findings is left alone.
    const name = byLabel(m.root, '主办单位或主办人名称');
    expect(name.hasAttribute('aria-invalid')).toBe(false);
    expect(name.hasAttribute('aria-describedby')).toBe(false);
  });

  it('marks a warning without aria-invalid but still describes the field with it', () => {
    const warning: Finding = { ...idNumberError, severity: 'warning', message: { zh: '请核对', en: 'Please check' } };
    const m = mount(
      <FindingsContext.Provider value={{ 'subject.idNumber': [warning] }}>
        <TextField fieldKey="subject.idNumber" value="x" onValue={() => {}} />
      </FindingsContext.Provider>,
    );
    cleanup = m.unmount;
    const input = byLabel(m.root, '主办单位证件号码');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    const id = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(id)?.textContent).toContain('请核对');
  });

  it('keeps errors of fields not on the page visible in the summary, named by label', () => {
    const m = mount(
      <ErrorSummary
        title={{ zh: '请检查标红的字段', en: 'Check the fields marked in red' }}
        findings={{
          'websites[1].domains[0]': [
            {
              ...idNumberError,
              field: 'websites[1].domains[0]',
              message: { zh: '域名后缀不能备案', en: 'Suffix cannot be filed' },
            },
          ],
          'upload.verification-form': [
            {
              ...idNumberError,
              field: 'upload.verification-form',
              message: { zh: '请上传核验单', en: 'Upload the form' },
            },
          ],
        }}
      />,
    );
    cleanup = m.unmount;
    const text = m.root.textContent ?? '';
    expect(text).toContain('网站2 网站域名');
    expect(text).toContain('域名后缀不能备案');
    expect(text).toContain('请上传核验单');
    expect(m.root.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('turns a non-JSON failure and a bare message into readable errors', () => {
    expect(errorFromBody(503, 'Service Unavailable').text.zh).toContain('HTTP 503');
    const e = errorFromBody(422, { error: { message: 'bad', fields: { captcha: ['验证码错误 / Wrong captcha'] } } });
    expect(e.fields.captcha?.[0]?.message).toEqual({ zh: '验证码错误', en: 'Wrong captcha' });
  });
});
