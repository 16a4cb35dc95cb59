/** Hand-written province rules (one province each) get the same id, dates and `{province}` filling as factory rules. */
import { type PackMeta, provinceRule, type RowBase, type RuleBody } from './common';

export function customRule(meta: PackMeta, row: RowBase, body: RuleBody) {
  return provinceRule('custom', meta, row, body);
}
