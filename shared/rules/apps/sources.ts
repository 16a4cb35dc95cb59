/**
 * What the app rules are based on, as citations a person can follow (title, publisher, date, link), and
 * the day app filing began.
 *
 * Start date: MIIT's notice (《工业和信息化部关于开展移动互联网应用程序备案工作的通知》, announced by 工信微报
 * on 2023-08-08) sets the transition as 「2023年9月至2024年3月底」 for apps already in business, and requires
 * new apps to file before going live. The notice gives the month, not a day; providers opened their app
 * filing consoles on 2023-09-04 (a restatement by 万企互联), which is when the channel opened, not when the
 * duty began. The rules therefore apply from the first day the notice names, 2023-09-01; a draft dated
 * earlier gets no app rules (there was no app filing to check).
 */

export interface AppSource {
  /** As shown to users. */
  source: string;
  sourceUrl?: string;
}

export const APP_FILING_FROM = '2023-09-01';
/** End of the transition for apps in business before the notice (「2024年3月底」). */
export const APP_EXISTING_DEADLINE = '2024-03-31';

export const MIIT_APP_NOTICE: AppSource = {
  source: '《工业和信息化部关于开展移动互联网应用程序备案工作的通知》, 工业和信息化部, 2023-08',
  sourceUrl: 'https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_920db564162e4312916a01bed6540ad8.html',
};

/** The notice's annex as reproduced (fields; 小程序、快应用无需填写 domains, keys, access). */
export const MIIT_APP_ANNEX: AppSource = {
  source:
    '《互联网信息服务备案登记表》(《工业和信息化部关于开展移动互联网应用程序备案工作的通知》附件), 工业和信息化部, 2023-08',
  sourceUrl: MIIT_APP_NOTICE.sourceUrl,
};

export const HUAWEI_APP_FAQ: AppSource = {
  source: '「App备案咨询」, 华为云 ICP备案帮助中心, 2025',
  sourceUrl: 'https://support.huaweicloud.com/icp/',
};

export const ALIYUN_APP_FEATURES: AppSource = {
  source: '「填写App特征信息」, 阿里云 ICP备案帮助文档',
  sourceUrl: 'https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/fill-in-app-feature-information',
};

export const ALIYUN_FILING_FLOW: AppSource = {
  source: '「ICP备案流程」, 阿里云 ICP备案帮助文档, 2026-03-16',
  sourceUrl: 'https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview',
};

/** Several sources cited together. */
export function citeAll(...sources: AppSource[]): AppSource {
  const url = sources.find((s) => s.sourceUrl)?.sourceUrl;
  return { source: sources.map((s) => s.source).join('; '), ...(url ? { sourceUrl: url } : {}) };
}
