/**
 * A cascader shows several levels in one box: 「浙江省 / 杭州市 / 西湖区」 (Fusion CascaderSelect, antd and
 * TDesign Cascader, Element cascader). The levels become the region's province, city and district.
 */

/** Separators the libraries put between levels: ` / ` (most), `>` or `，`. */
const LEVEL_SEPARATOR = /\s*[/／>＞]\s*|\s*，\s*/;

/** Draft paths of the levels of 所属区域, in order. */
export const REGION_LEVEL_PATHS = ['subject.province', 'subject.city', 'subject.district'] as const;

/** The levels a cascader shows, in order; a single name is one level. */
export function cascadeLevels(text: string): string[] {
  const t = text.trim();
  if (!t) return [];
  return t
    .split(LEVEL_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}
