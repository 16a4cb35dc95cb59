// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { PuzzleCaptchaView, SliderHandle } from '../../../simulator/pages/shared/captcha';
import { FindingsContext } from '../../../simulator/pages/shared/form';
import { mount, press } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function Slider({ onChange }: { onChange: (v: number) => void }) {
  const [v, setV] = useState(0);
  return (
    <SliderHandle
      value={v}
      max={256}
      label="拖动滑块完成拼图"
      onValue={(x) => {
        setV(x);
        onChange(x);
      }}
    />
  );
}

describe('bureau puzzle slider is keyboard-operable (spec §6.4)', () => {
  it('moves by arrows (1 px), Shift+arrow and Page Up/Down (10 px), Home/End, within 0..max', () => {
    let value = -1;
    const m = mount(<Slider onChange={(v) => (value = v)} />);
    cleanup = m.unmount;
    const handle = m.root.querySelector('[role="slider"]');
    expect(handle?.getAttribute('tabindex')).toBe('0');
    expect(handle?.getAttribute('aria-label')).toBe('拖动滑块完成拼图');
    press(handle, 'ArrowRight');
    press(handle, 'ArrowRight');
    expect(value).toBe(2);
    press(handle, 'ArrowRight', { shiftKey: true });
    expect(value).toBe(12);
    press(handle, 'PageUp');
    expect(value).toBe(22);
    press(handle, 'ArrowLeft');
    expect(value).toBe(21);
    expect(handle?.getAttribute('aria-valuenow')).toBe('21');
    press(handle, 'End');
    expect(value).toBe(256);
    press(handle, 'ArrowRight');
    expect(value).toBe(256);
    press(handle, 'Home');
    expect(value).toBe(0);
    press(handle, 'ArrowLeft');
    expect(value).toBe(0);
  });

  it('moves the puzzle piece with the slider and shows the captcha error at the slider', () => {
    function Harness() {
      const [x, setX] = useState(0);
      return (
        <FindingsContext.Provider
          value={{
            captcha: [
              {
                field: 'captcha',
                rule: 'sim.captcha',
                severity: 'error',
                message: { zh: '拼图验证未通过', en: 'Puzzle captcha failed' },
                source: 'spec §6.4',
              },
            ],
          }}
        >
          <PuzzleCaptchaView
            captcha={{
              id: 'C-1',
              kind: 'puzzle',
              image: 'data:,',
              piece: 'data:,',
              width: 300,
              height: 150,
              pieceY: 40,
            }}
            offset={x}
            onOffset={setX}
          />
        </FindingsContext.Provider>
      );
    }
    const m = mount(<Harness />);
    cleanup = m.unmount;
    const handle = m.root.querySelector('[role="slider"]');
    press(handle, 'PageUp');
    press(handle, 'PageUp');
    const piece = m.root.querySelector('.puzzle-piece') as HTMLElement;
    expect(piece.style.left).toBe('20px');
    expect(handle?.getAttribute('aria-valuemax')).toBe(String(300 - 44));
    expect(handle?.getAttribute('aria-invalid')).toBe('true');
    const ids = (handle?.getAttribute('aria-describedby') ?? '').split(' ');
    expect(ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')).toContain('拼图验证未通过');
  });
});
