/**
 * The two helpers of the field catalogue (fields.ts) that the content script needs without the
 * catalogue itself, which it receives from the background (issue 17 item 4: its 20 KB gzip budget).
 * fields.ts re-exports both.
 */

/** `websites[0].domains[1]` → `websites[].domains[]`: the catalogue key of a concrete field path. */
export function fieldPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** Label text as it is compared: no required stars, colons, spaces (any width), or zero-width characters. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKC')
    .replace(/[*＊:：\s\u200b\u00a0]/g, '')
    .trim();
}
