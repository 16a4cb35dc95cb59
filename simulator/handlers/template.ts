import type { Order } from '../state/schema';

/**
 * The 网站备案信息真实性核验单 template (spec §3 step 5): printed, filled in with a black signing pen,
 * signed, then scanned or photographed. Pre-filled from the order when one is given.
 */
const esc = (s: string | undefined) =>
  (s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export function verificationFormHtml(order: Order | undefined, now: string): string {
  const d = order?.draft;
  const subject = d?.subject;
  const rows: [string, string | undefined][] = [
    ['主办单位或主办人名称', subject?.name],
    ['主办单位性质', subject?.nature],
    ['主办单位证件类型', subject?.idType],
    ['主办单位证件号码', subject?.idNumber],
    ['主办单位所属区域', [subject?.province, subject?.city, subject?.district].filter(Boolean).join(' ')],
    ['主办单位通讯地址', subject?.mailAddress],
    ['负责人姓名', subject?.principal?.name],
    ['联系方式1', subject?.principal?.mobile],
  ];
  const sites = (d?.websites ?? [])
    .map(
      (s, i) =>
        `<tr><th>网站 ${i + 1}</th><td>${esc(s.name)}｜${esc((s.domains ?? []).join('、'))}｜网站负责人：${esc(s.principal?.name)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>网站备案信息真实性核验单</title>
<style>body{font-family:serif;max-width:760px;margin:2em auto}table{width:100%;border-collapse:collapse}th,td{border:1px solid #000;padding:8px;text-align:left}th{width:30%}.sign{height:90px}</style></head>
<body><h1>网站备案信息真实性核验单</h1>
<p>订单号：${esc(order?.id)}　　打印日期：${esc(now.slice(0, 10))}</p>
<table>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${esc(v)}</td></tr>`).join('')}${sites}
<tr><th>核验人意见</th><td class="sign"></td></tr>
<tr><th>主办者签字（单位加盖公章）</th><td class="sign">（请用黑色签字笔填写并签字）</td></tr></table>
<p>本人（单位）承诺所填备案信息真实有效。依《非经营性互联网信息服务备案管理办法》，备案信息不真实的将关闭网站并注销备案。</p>
</body></html>`;
}
