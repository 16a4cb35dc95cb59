/**
 * The extension's hints as the player sees them (design §5): a hint host carries
 * `data-icp-hint-for="<field path>"` (the field's `data-icp-field`), draws in an open shadow root,
 * one `.item[data-rule]` per finding with its message in `.msg` after the severity label, and opens
 * fully (`data-open`: fix and source) while its field has focus.
 */

/** Every hint host the extension drew for the field of this control. */
export function hintHosts(el: Element | null): Element[] {
  const key = el?.getAttribute('data-icp-field');
  if (!key) return [];
  return [...document.querySelectorAll(`[data-icp-hint-for="${CSS.escape(key)}"]`)];
}

/** The message the extension shows for `rule` on this control (without the severity label). */
export function hintMessage(el: Element, rule: string | undefined): string | undefined {
  for (const host of hintHosts(el)) {
    const items = [...(host.shadowRoot?.querySelectorAll('.item[data-rule]') ?? [])];
    const item = items.find((i) => rule === undefined || i.getAttribute('data-rule') === rule);
    const msg = item?.querySelector('.msg');
    if (!msg) continue;
    const sev = msg.querySelector('.sev')?.textContent ?? '';
    const text = msg.textContent ?? '';
    return (text.startsWith(sev) ? text.slice(sev.length) : text).trim();
  }
  return undefined;
}

/** Focus a field without scrolling, so the extension opens its hint as for a person in the field. */
export function focusField(el: Element): void {
  if (el instanceof HTMLElement && document.activeElement !== el) el.focus({ preventScroll: true });
}
