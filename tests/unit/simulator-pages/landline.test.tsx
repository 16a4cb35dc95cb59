// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { joinLandline, LandlineField, splitLandline } from '../../../simulator/pages/shared/landline';
import { byLabel, mount, typeInto } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function Harness({ initial, onChange }: { initial?: string; onChange: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <LandlineField
      fieldKey="subject.principal.landline"
      value={value}
      onValue={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

describe('联系方式2 split input `086-` [区号] - [号码] - [分机] (spec §4.2)', () => {
  it('composes 086-0571-88888888 from the typed parts, and adds the extension when given', () => {
    let value = '';
    const m = mount(<Harness onChange={(v) => (value = v)} />);
    cleanup = m.unmount;
    // The label points at the area-code input; the other parts have their own accessible names.
    const area = byLabel(m.root, '联系方式2');
    typeInto(area, '0571');
    typeInto(m.root.querySelector('[aria-label="电话号码"]'), '88888888');
    expect(value).toBe('086-0571-88888888');
    typeInto(m.root.querySelector('[aria-label="分机号"]'), '123');
    expect(value).toBe('086-0571-88888888-123');
    expect(m.root.querySelector('[data-field="subject.principal.landline"]')?.getAttribute('data-value')).toBe(
      '086-0571-88888888-123',
    );
  });

  it('shows a pre-filled value (北京 `086-010-`) in its parts and empties to nothing', () => {
    let value = 'unchanged';
    const m = mount(<Harness initial="086-010-" onChange={(v) => (value = v)} />);
    cleanup = m.unmount;
    const area = byLabel(m.root, '联系方式2') as HTMLInputElement;
    expect(area.value).toBe('010');
    typeInto(area, '');
    expect(value).toBe('');
  });

  it('round-trips values with or without the country prefix', () => {
    expect(splitLandline('086-0571-88888888-12')).toEqual({ area: '0571', number: '88888888', ext: '12' });
    expect(splitLandline('0571-88888888')).toEqual({ area: '0571', number: '88888888', ext: '' });
    expect(joinLandline({ area: '0571', number: '8888-8888', ext: '' })).toBe('086-0571-88888888');
  });
});
