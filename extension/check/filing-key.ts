/**
 * Which filing a tab is editing (issue 15 item 1). The tab's merged draft and its findings belong to
 * one filing: when the tab moves to another one, they must not leak into it (the previous
 * applicant's name in a hint, errors "not on this page" from the last filing).
 *
 * The filing is known by the order id in the page's address when the site puts one there
 * (`#/order/O-0001/subject`, `?orderId=…`). A page with filing fields but no order id, seen while the
 * tab is bound to an order, is the start of another filing (the type-decision page comes before any
 * order exists). The bureau's SMS-check form carries no order id and belongs to whatever filing is
 * being checked, so it never starts a new one. Sites without order ids in their addresses never
 * reset by themselves: the panel's "新建备案 / 清除" does it.
 */

const ORDER_ID = '([A-Za-z0-9][A-Za-z0-9_-]{1,63})';
/** Query or hash parameters, then path segments, that name an order. */
const ORDER_PATTERNS: readonly RegExp[] = [
  new RegExp(`[?&#](?:order[_-]?id|order[_-]?no|orderCode)=${ORDER_ID}`, 'i'),
  new RegExp(`/orders?/${ORDER_ID}(?=[/?#&]|$)`, 'i'),
];

/** The order id in a page address, if the site puts one there. */
export function orderIdOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  for (const pattern of ORDER_PATTERNS) {
    const m = pattern.exec(url);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** Fields of the bureau's SMS-check form: checked against the current filing, never a new one. */
const isSmsCheckField = (path: string) => path.startsWith('smsCheck.');

/**
 * Whether a page belongs to another filing than the one the tab is bound to (`boundOrderId`).
 * Without a bound order nothing is known yet: the page continues (or starts) the tab's filing.
 */
export function startsAnotherFiling(
  boundOrderId: string | undefined,
  page: { orderId?: string; pageFields: readonly string[] },
): boolean {
  if (!boundOrderId) return false;
  if (page.orderId) return page.orderId !== boundOrderId;
  return page.pageFields.some((p) => !isSmsCheckField(p));
}
