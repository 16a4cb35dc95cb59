import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/** Render into a fresh container; returns it and an unmount function. */
export function mount(node: ComponentChild): { root: HTMLElement; unmount: () => void } {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => {
    render(node, root);
  });
  return {
    root,
    unmount: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Type into an input as a user would: set the value, fire `input`. */
export function typeInto(input: Element | null, value: string): void {
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) throw new Error('not an input');
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function press(el: Element | null, key: string, opts: { shiftKey?: boolean } = {}): void {
  if (!el) throw new Error('no element');
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...opts }));
  });
}

/** The control a `<label>` with exactly this text points to (what `getByLabel` resolves). */
export function byLabel(root: HTMLElement, text: string): HTMLElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  const id = label?.getAttribute('for');
  const el = id ? root.ownerDocument.getElementById(id) : null;
  if (!el) throw new Error(`no control labelled ${text}`);
  return el;
}

/** Wait until the pending promises (fetch mocks, state updates) have settled. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}
