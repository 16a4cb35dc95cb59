import type { ProviderProfile } from './index';

/**
 * The consoles the extension is used on, as data (issue 13 §4). `labels` holds only wording the
 * field catalogue does not already know; `library` names the component library each console is
 * built with and the class names it gives form items, labels, select boxes and tags (what the
 * generic rules in controls/ recognise; kept here so a new console can be described without code).
 */
export const PROVIDER_PROFILES: readonly ProviderProfile[] = [
  {
    id: 'alibaba',
    name: { zh: '阿里云 ICP代备案管理系统', en: 'Alibaba Cloud ICP filing console' },
    hosts: ['beian.aliyun.com'],
    library: {
      name: '@alifd/next (Fusion)',
      formItem: '.next-form-item',
      label: '.next-form-item-label label',
      select: '.next-select',
      tag: '.next-tag',
    },
    labels: {
      'websites[].principal.name': ['互联网信息服务负责人姓名'],
    },
    source: {
      title: 'ICP备案流程',
      url: 'https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview',
      date: '2026-03-16',
    },
  },
  {
    id: 'tencent',
    name: { zh: '腾讯云 网站备案控制台', en: 'Tencent Cloud ICP filing console' },
    hosts: ['console.cloud.tencent.com'],
    library: {
      name: 'tdesign-react (TDesign)',
      formItem: '.t-form__item',
      label: '.t-form__label label',
      select: '.t-select__wrap, .t-cascader',
      tag: '.t-tag',
    },
    labels: {
      'websites[].principal.name': ['互联网信息服务负责人姓名'],
    },
    source: {
      title: '通过控制台进行首次备案',
      url: 'https://cloud.tencent.com/document/product/243/13435',
    },
  },
  {
    id: 'huawei',
    name: { zh: '华为云 备案中心', en: 'Huawei Cloud ICP filing centre' },
    hosts: ['beian.huaweicloud.com'],
    library: {
      name: 'Ant Design-like (Huawei Cloud console)',
      formItem: '.ant-form-item, .ti-form-item',
      label: '.ant-form-item-label label',
      select: '.ant-select',
      tag: '.ant-select-selection-item',
    },
    labels: {
      'websites[].principal.name': ['互联网信息服务负责人姓名'],
    },
    source: {
      title: '华为云 ICP备案知识库：备案流程咨询（互联网信息服务负责人需完成真实性核验）',
      url: 'https://github.com/huaweicloud/huaweicloud-skills',
      date: '2025-09-24',
    },
  },
  {
    id: 'miit',
    name: { zh: '工业和信息化部 ICP/IP地址/域名信息备案管理系统', en: 'MIIT ICP filing system (SMS check)' },
    hosts: ['beian.miit.gov.cn'],
    library: {
      name: 'Vue + Element',
      formItem: '.el-form-item',
      label: '.el-form-item__label',
      select: '.el-select',
      tag: '.el-tag',
    },
    labels: {
      'smsCheck.idTail': ['证件号码后6位', '请输入证件号码后6位'],
    },
    source: { title: 'ICP/IP地址/域名信息备案管理系统', url: 'https://beian.miit.gov.cn/' },
  },
];
