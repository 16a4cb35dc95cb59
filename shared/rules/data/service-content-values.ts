/**
 * 网站服务内容 options that the MIIT system lists beside the 2018 ones (research F8): the financial items
 * and APP. The option names come from the MIIT code lists an ISP console tool embeds (sample data dated
 * 2023-10-16; its repository could not be named, so users are shown the provider page on the approval).
 */
export interface ServiceContentValueRow {
  value: string;
  /** The 前置审批 option a site offering this content selects (substring of the selected label). */
  preApproval: string;
  source: string;
}

export const FINANCIAL_SERVICE_CONTENT: readonly ServiceContentValueRow[] = [
  '网络借贷信息中介',
  '互联网股权融资',
  '互联网保险',
  '互联网跨界金融及资产管理',
  '网上非银支付',
].map((value) => ({ value, preApproval: '金融', source: 'TC 前置审批相关 金融' }));
