import { defineRule, forEachWebsite, present } from '../define';

/**
 * Pre-approval content types (前置或专项审批) need the approval document from the competent authority
 * before filing (spec §4.3; research N20). Data: which authority issues what, with its source.
 */
export const PRE_APPROVAL_AUTHORITIES: readonly { keyword: string; authority: { zh: string; en: string } }[] = [
  {
    keyword: '新闻',
    authority: {
      zh: '网信部门的互联网新闻信息服务许可',
      en: 'an internet news licence from the cyberspace administration',
    },
  },
  {
    keyword: '出版',
    authority: {
      zh: '新闻出版主管部门的网络出版服务许可',
      en: 'an online publishing licence from the press and publication authority',
    },
  },
  { keyword: '教育', authority: { zh: '教育主管部门的审批文件', en: 'an approval from the education authority' } },
  { keyword: '医疗', authority: { zh: '卫生健康主管部门的审批文件', en: 'an approval from the health authority' } },
  {
    keyword: '药品',
    authority: {
      zh: '药品监督管理部门的互联网药品信息服务资格证书',
      en: 'an internet drug information certificate from the drug administration',
    },
  },
  {
    keyword: '文化',
    authority: {
      zh: '文化主管部门的网络文化经营许可证',
      en: 'an online culture business licence from the culture authority',
    },
  },
  {
    keyword: '广播',
    authority: {
      zh: '广电主管部门的信息网络传播视听节目许可证',
      en: 'an audio-visual programme licence from the radio and TV authority',
    },
  },
  {
    keyword: '电子公告',
    authority: {
      zh: '通信管理局的电子公告服务专项审批',
      en: 'a bulletin-board approval from the communications administration',
    },
  },
];

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
  source: 'spec §4.3; TCFAQ 前置审批 (2019); HW25 备案驳回 (2025-12-31)',
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
        .filter((t): t is string => !!t && !/^无$|^不涉及/.test(t))
        .map((type) => {
          const a = PRE_APPROVAL_AUTHORITIES.find((p) => type.includes(p.keyword))?.authority ?? {
            zh: '相关主管部门的审批文件',
            en: 'the approval of the competent authority',
          };
          return { field: `${prefix}.preApproval`, params: { n: i + 1, type, authority: a.zh, authorityEn: a.en } };
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
