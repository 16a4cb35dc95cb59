import { preApprovalTypeFor } from '../data/pre-approval-types';
import { defineRule, forEachWebsite, present } from '../define';

/**
 * Pre-approval content types (前置或专项审批) need the approval document from the competent authority
 * before filing (spec §4.3; research F12–F16). The types, their authorities and dates are data rows.
 */
export { PRE_APPROVAL_TYPES } from '../data/pre-approval-types';

export const preApprovalDocuments = defineRule({
  id: 'website.pre-approval-documents',
  fields: ['websites[].preApproval'],
  severity: 'warning',
  message: {
    zh: '网站{n}选择了前置审批内容「{type}」：须先取得{authority}，再提交备案。',
    en: 'Website {n} selected the pre-approval type "{type}": obtain {authorityEn} before filing.',
  },
  fix: {
    zh: '上传资料时附上审批文件；尚未取得时，请取消该选项并确保网站不涉及该内容。',
    en: 'Upload the approval document with the filing; without one, untick the type and keep that content off the site.',
  },
  source: 'spec §4.3; TCFAQ 前置审批 (2019); HW25 备案驳回 (2025-12-31); TC 前置审批相关; 国家宗教事务局令第17号',
  effective: {},
  examples: {
    fires: [
      {
        draft: { websites: [{ preApproval: ['新闻'] }] },
        field: 'websites[0].preApproval',
        note: 'a pre-approval type chosen',
      },
    ],
    passes: [{ draft: { websites: [{ preApproval: ['无'] }] }, note: 'none' }],
  },
  check(ctx) {
    return forEachWebsite(ctx, (w, prefix, i) =>
      (w.preApproval ?? [])
        .map((t) => present(t))
        .filter((t): t is string => !!t && !/^无$|不涉及/.test(t))
        .map((type) => {
          const row = preApprovalTypeFor(type, ctx.date);
          const a = row?.authority ?? { zh: '相关主管部门的审批文件', en: 'the approval of the competent authority' };
          const params = { n: i + 1, type, authority: a.zh, authorityEn: a.en };
          if (row?.status !== 'cancelled-nationally') return { field: `${prefix}.preApproval`, params };
          return {
            field: `${prefix}.preApproval`,
            params,
            message: {
              zh: `网站${i + 1}选择了前置审批内容「${type}」：全国已取消此类前置审批，但所在地管局仍可能要求提供${a.zh}。`,
              en: `Website ${i + 1} selected the pre-approval type "${type}": this approval was cancelled nationally, but the local bureau may still ask for ${a.en}.`,
            },
          };
        }),
    );
  },
});

/** 弹性Web托管 does not support commercial (经营性) filing (spec §3, §7). */
export const elasticWebNotCommercial = defineRule({
  id: 'website.elastic-web-not-commercial',
  fields: ['websites[].product', 'websites[].serviceNumber'],
  severity: 'error',
  message: {
    zh: '网站{n}使用弹性Web托管，该产品不支持经营性备案。',
    en: 'Website {n} is hosted on elastic web hosting, which does not support commercial (经营性) filing.',
  },
  fix: {
    zh: '经营性网站请改用云服务器 ECS 等产品的备案服务号。',
    en: 'Host a commercial site on ECS or another product, and use its service number.',
  },
  source: 'spec §3, §7',
  effective: {},
  examples: {
    fires: [
      {
        draft: { websites: [{ product: 'elastic-web', commercial: true }] },
        field: 'websites[0].serviceNumber',
        note: 'a commercial site on elastic web hosting',
      },
    ],
    passes: [{ draft: { websites: [{ product: 'elastic-web', commercial: false }] }, note: 'not commercial' }],
  },
  check(ctx) {
    return forEachWebsite(ctx, (w, prefix, i) =>
      w.product === 'elastic-web' && w.commercial
        ? { field: `${prefix}.serviceNumber`, params: { n: i + 1 } }
        : undefined,
    );
  },
});

export const WEBSITE_RULES = [preApprovalDocuments, elasticWebNotCommercial];
