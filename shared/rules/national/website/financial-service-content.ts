import { FINANCIAL_SERVICE_CONTENT } from '../../data/service-content-values';
import { defineRule, forEachWebsite, present } from '../../define';

/**
 * A financial 服务内容 (网络借贷信息中介, 互联网保险 …) needs the financial regulator's special approval and
 * the 前置审批 type 互联网金融 (TC 前置审批相关: 「…须提供金融管理部门专项审批文件」). The provider page
 * carries no start date, so the rule applies on every date; a warning, since the approval is not visible
 * in the form.
 */
export const financialServiceContent = defineRule({
  id: 'website.financial-service-content',
  fields: ['websites[].serviceContent', 'websites[].preApproval'],
  severity: 'warning',
  message: {
    zh: '网站{n}的服务内容「{content}」属于互联网金融：须取得金融管理部门的专项审批文件，并在前置审批中选择「互联网金融」。',
    en: 'Website {n} offers "{content}", an internet-finance service: it needs the financial regulator’s special approval, with 互联网金融 selected under pre-approval.',
  },
  fix: {
    zh: '已取得审批的，在前置审批中选择「互联网金融」并上传审批文件；未取得的，请改选实际的服务内容。',
    en: 'With the approval, select 互联网金融 under pre-approval and upload it; without one, choose the service content the site really offers.',
  },
  source: 'TC 前置审批相关 金融',
  effective: {},
  examples: {
    fires: [
      {
        draft: { websites: [{ serviceContent: ['网络借贷信息中介'], preApproval: ['以上都不涉及'] }] },
        field: 'websites[0].serviceContent',
        note: 'P2P lending content with no financial pre-approval',
      },
    ],
    passes: [
      {
        draft: { websites: [{ serviceContent: ['网络借贷信息中介'], preApproval: ['互联网金融'] }] },
        note: 'the financial pre-approval is selected',
      },
      { draft: { websites: [{ serviceContent: ['博客/个人空间'] }] }, note: 'not a financial service' },
    ],
  },
  check(ctx) {
    return forEachWebsite(ctx, (w, prefix, i) => {
      const selected = (w.preApproval ?? []).map((t) => present(t) ?? '');
      const contents = (w.serviceContent ?? []).map((c) => present(c) ?? '');
      const row = FINANCIAL_SERVICE_CONTENT.find((r) => contents.includes(r.value));
      if (!row || selected.some((t) => t.includes(row.preApproval))) return undefined;
      return { field: `${prefix}.serviceContent`, params: { n: i + 1, content: row.value } };
    });
  },
});
