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

import { type Citation, formatCitations } from '../../domain/citation';

export const APP_FILING_FROM = '2023-09-01';
/** End of the transition for apps in business before the notice (「2024年3月底」). */
export const APP_EXISTING_DEADLINE = '2024-03-31';

export const MIIT_APP_NOTICE: Citation = {
  title: '工业和信息化部关于开展移动互联网应用程序备案工作的通知',
  publisher: '工业和信息化部',
  date: '2023-08',
  url: 'https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_920db564162e4312916a01bed6540ad8.html',
};

/** The notice's annex (fields; 「小程序、快应用无需填写」 for domains, 公钥MD5 and access). */
export const MIIT_APP_ANNEX: Citation = {
  title: '互联网信息服务备案登记表',
  publisher: '工业和信息化部',
  date: '2023-08',
  section: '《工业和信息化部关于开展移动互联网应用程序备案工作的通知》附件',
  url: MIIT_APP_NOTICE.url,
};

/** Huawei Cloud's ICP help on app filing (name, icon, domain and order rules; iOS SHA-1). */
export const HUAWEI_APP_FAQ: Citation = { title: 'App备案咨询', publisher: '华为云 ICP备案帮助' };

export const ALIYUN_APP_FEATURES: Citation = {
  title: '填写App特征信息',
  publisher: '阿里云 ICP备案帮助',
  url: 'https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/fill-in-app-feature-information',
};

export const ALIYUN_FILING_FLOW: Citation = {
  title: 'ICP备案流程',
  publisher: '阿里云 ICP备案帮助',
  date: '2026-03-16',
  url: 'https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview',
};

export const ANDROID_APPLICATION_ID: Citation = {
  title: 'Configure the app module',
  publisher: 'Android Developers',
  section: 'Set the application ID',
  url: 'https://developer.android.com/build/configure-app-module#set-application-id',
};

export const APPLE_BUNDLE_ID: Citation = {
  title: 'CFBundleIdentifier',
  publisher: 'Apple Developer Documentation',
  url: 'https://developer.apple.com/documentation/bundleresources/information-property-list/cfbundleidentifier',
};

export const HARMONY_APP_JSON5: Citation = {
  title: 'app.json5配置文件',
  publisher: 'HarmonyOS 开发者文档',
  section: 'bundleName',
};

export const RFC_5280: Citation = {
  title: 'RFC 5280: Internet X.509 Public Key Infrastructure Certificate and CRL Profile',
  publisher: 'IETF',
  date: '2008-05',
  section: '§4.1.2.7 SubjectPublicKeyInfo',
  url: 'https://www.rfc-editor.org/rfc/rfc5280',
};

export const RFC_8017: Citation = {
  title: 'RFC 8017: PKCS #1: RSA Cryptography Specifications Version 2.2',
  publisher: 'IETF',
  date: '2016-11',
  section: '§A.1 RSA key representation',
  url: 'https://www.rfc-editor.org/rfc/rfc8017',
};

/** A rule's source fields from its citations: the records, and the same as text. */
export function cite(...sources: Citation[]): { source: string; sources: Citation[] } {
  return { source: formatCitations(sources), sources };
}
