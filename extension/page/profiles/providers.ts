import type { ProviderProfile } from './index';

/**
 * The consoles the extension is used on, as data (issue 13 §4): the hosts each runs on and only the
 * wording the field catalogue does not already know. Each has a row in notes.ts too (who runs it,
 * its component library, the page the wording was seen on).
 */
export const PROVIDER_PROFILES: readonly ProviderProfile[] = [
  {
    id: 'alibaba',
    hosts: ['beian.aliyun.com'],
    labels: { 'websites[].principal.name': ['互联网信息服务负责人姓名'] },
  },
  {
    id: 'tencent',
    hosts: ['console.cloud.tencent.com'],
    labels: { 'websites[].principal.name': ['互联网信息服务负责人姓名'] },
  },
  {
    id: 'huawei',
    hosts: ['beian.huaweicloud.com'],
    labels: { 'websites[].principal.name': ['互联网信息服务负责人姓名'] },
  },
  {
    id: 'miit',
    hosts: ['beian.miit.gov.cn'],
    labels: { 'smsCheck.idTail': ['证件号码后6位', '请输入证件号码后6位'] },
  },
];
