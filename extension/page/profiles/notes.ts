/**
 * What each provider profile (providers.ts) describes, for people: who runs the console, the
 * component library it is built with and the class names that library gives form items, labels,
 * select boxes and tags (what the generic rules in controls/ recognise), and the page the console's
 * wording was seen on. Kept apart from the profiles so that the content script, which needs only
 * hosts and labels, does not carry it (issue 17 item 4).
 */
export interface ProviderNotes {
  /** Who runs the console, as users name it. */
  name: { zh: string; en: string };
  /** The component library the console is built with, and how the library lays out a form. */
  library: { name: string; formItem: string; label: string; select: string; tag?: string };
  /** Where the wording was seen (a page a person can open), and its date when the page gives one. */
  source: { title: string; url: string; date?: string };
}

/** By profile id: every profile in PROVIDER_PROFILES has a row (tests/unit/extension/controls.test.ts). */
export const PROVIDER_NOTES: Readonly<Record<string, ProviderNotes>> = {
  alibaba: {
    name: { zh: '阿里云 ICP代备案管理系统', en: 'Alibaba Cloud ICP filing console' },
    library: {
      name: '@alifd/next (Fusion)',
      formItem: '.next-form-item',
      label: '.next-form-item-label label',
      select: '.next-select',
      tag: '.next-tag',
    },
    source: {
      title: 'ICP备案流程',
      url: 'https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview',
      date: '2026-03-16',
    },
  },
  tencent: {
    name: { zh: '腾讯云 网站备案控制台', en: 'Tencent Cloud ICP filing console' },
    library: {
      name: 'tdesign-react (TDesign)',
      formItem: '.t-form__item',
      label: '.t-form__label label',
      select: '.t-select__wrap, .t-cascader',
      tag: '.t-tag',
    },
    source: {
      title: '通过控制台进行首次备案',
      url: 'https://cloud.tencent.com/document/product/243/13435',
    },
  },
  huawei: {
    name: { zh: '华为云 备案中心', en: 'Huawei Cloud ICP filing centre' },
    library: {
      name: 'Ant Design-like (Huawei Cloud console)',
      formItem: '.ant-form-item, .ti-form-item',
      label: '.ant-form-item-label label',
      select: '.ant-select',
      tag: '.ant-select-selection-item',
    },
    source: {
      title: '华为云 ICP备案知识库：备案流程咨询（互联网信息服务负责人需完成真实性核验）',
      url: 'https://github.com/huaweicloud/huaweicloud-skills',
      date: '2025-09-24',
    },
  },
  miit: {
    name: { zh: '工业和信息化部 ICP/IP地址/域名信息备案管理系统', en: 'MIIT ICP filing system (SMS check)' },
    library: {
      name: 'Vue + Element',
      formItem: '.el-form-item',
      label: '.el-form-item__label',
      select: '.el-select',
      tag: '.el-tag',
    },
    source: { title: 'ICP/IP地址/域名信息备案管理系统', url: 'https://beian.miit.gov.cn/' },
  },
};
