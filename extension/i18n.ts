/**
 * The extension's own UI strings (hints, panel, options) in the product's two languages; zh-CN is
 * the default (issue 4 §5). Rule messages come bilingual from shared/ and are not repeated here.
 */
import type { Bilingual, Lang } from '../shared/domain/bilingual';
import { fillParams, HINT_STRINGS } from './i18n-hints';

export { PAGE_LANG_ATTR, pageLanguage, pick, severityLabel } from './i18n-hints';
export type { Lang };

const STRINGS = {
  // The hints on the page (kept apart so that the content script carries only those).
  ...HINT_STRINGS,
  appName: { zh: 'ICP 备案助手', en: 'ICP Filing Assistant' },

  // Panel
  panelNoPage: {
    zh: '当前标签页不是备案页面，或尚未读取。打开备案网站或管局短信核验页面后，这里会显示检查结果。',
    en: 'This tab is not a filing page, or has not been read yet. Open the filing site or the bureau SMS-check page to see the results here.',
  },
  panelOff: { zh: '已在此网站关闭检查。', en: 'Checking is switched off on this site.' },
  turnOnHere: { zh: '在此网站开启', en: 'Switch on for this site' },
  turnOffHere: { zh: '在此网站关闭', en: 'Switch off for this site' },
  enableOtherSite: { zh: '在其他网站启用', en: 'Enable on another site' },
  enableOtherSiteHelp: {
    zh: '备案页面不在已知网址时，输入网址（例如 https://beian.example.com）并授权，本扩展只读取该网站的页面。',
    en: 'If the filing pages are on another address, enter it (e.g. https://beian.example.com) and grant access; the extension reads only that site.',
  },
  enableThisSite: { zh: '在当前网站启用', en: 'Enable on this site' },
  siteAddress: { zh: '网站地址', en: 'Site address' },
  siteEnabled: { zh: '已启用：{origin}', en: 'Enabled: {origin}' },
  siteDenied: { zh: '未获授权，未启用。', en: 'Access not granted; nothing enabled.' },
  siteInvalid: {
    zh: '请输入以 https:// 或 http:// 开头的网址。',
    en: 'Enter an address starting with https:// or http://.',
  },
  pageHeading: { zh: '当前页面', en: 'This page' },
  filingType: { zh: '备案类型', en: 'Filing type' },
  unknownType: {
    zh: '尚未确定（在「开始备案」验证备案类型后显示）',
    en: 'Not known yet (shown after the type check on 开始备案)',
  },
  currentStep: { zh: '当前步骤', en: 'Current step' },
  stepsAhead: { zh: '备案步骤', en: 'Steps' },
  findingsHeading: { zh: '检查结果', en: 'Findings' },
  noFindings: { zh: '本页已填写的内容未发现问题。', en: 'No problems found in what this page shows.' },
  counts: {
    zh: '错误 {error} · 警告 {warning} · 提示 {info}',
    en: '{error} errors · {warning} warnings · {info} notes',
  },
  goToField: { zh: '定位到此项', en: 'Go to field' },
  fieldNotOnPage: { zh: '不在本页', en: 'not on this page' },
  newFiling: { zh: '新建备案 / 清除', en: 'New filing / clear' },
  newFilingHelp: {
    zh: '忘记本标签页已读取的填写内容和检查结果，只按当前页面重新检查。换一个备案时使用。',
    en: 'Forget what this tab has read and found so far and check only this page again. Use it when you start another filing.',
  },
  dateFrom_page: { zh: '（模拟环境的日期）', en: ' (the simulator’s date)' },
  dateFrom_override: { zh: '（设置中指定的日期）', en: ' (the date set in the settings)' },
  dateFrom_today: { zh: '（今天）', en: ' (today)' },
  planHeading: { zh: '备案计划', en: 'Plan' },
  smsCheck: { zh: '短信核验', en: 'SMS check' },
  smsYes: { zh: '需要', en: 'Required' },
  smsNo: { zh: '不需要', en: 'Not required' },
  smsPhones: { zh: '接收验证码的手机：{phones}', en: 'Codes go to: {phones}' },
  smsNoPhones: { zh: '（联系方式1尚未填写）', en: '(contact 1 not filled in yet)' },
  smsPhoneInvalid: { zh: '（联系方式1有误：{problem}）', en: '(contact 1 is not valid: {problem})' },
  photoCheck: { zh: '拍照核验', en: 'Photo check' },
  photo_face: { zh: '电子化核验（人脸识别）', en: 'Electronic face verification' },
  photo_backdrop: { zh: '幕布拍照', en: 'Photo in front of a backdrop' },
  'photo_shanghai-app': { zh: '上海管局APP拍照核验', en: 'Shanghai bureau app' },
  photo_none: { zh: '无需拍照', en: 'None' },
  documents: { zh: '需准备的材料', en: 'Documents to prepare' },
  deadlines: { zh: '期限', en: 'Deadlines' },
  checklistHeading: { zh: '核对清单', en: 'Checklist' },
  copyChecklist: { zh: '复制清单', en: 'Copy checklist' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '复制失败，请在文本框中手动复制', en: 'Copy failed; select the text and copy it' },
  rulesUsed: { zh: '使用的规则', en: 'Rules used' },
  province: { zh: '省份', en: 'Province' },
  provinceFromPage: { zh: '按页面所属区域', en: 'From the page (所属区域)' },
  date: { zh: '备案日期', en: 'Filing date' },
  dateToday: { zh: '今天', en: 'Today' },
  rulesOf: { zh: '规则：{province}，{date}', en: 'Rules of {province} on {date}' },
  unknownProvince: { zh: '省份未知（仅全国规则）', en: 'province unknown (national rules only)' },
  override: { zh: '覆盖设置', en: 'Overrides' },
  openOptions: { zh: '设置', en: 'Settings' },
  workingDays: { zh: '{n} 个工作日', en: '{n} working days' },
  hours: { zh: '{n} 小时', en: '{n} hours' },
  days: { zh: '{n} 天', en: '{n} days' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  step_type: { zh: '验证备案类型', en: 'Filing type' },
  step_product: { zh: '产品验证', en: 'Product verification' },
  step_subject: { zh: '主办单位信息', en: 'Subject' },
  step_website: { zh: '网站信息', en: 'Website' },
  step_app: { zh: 'APP信息', en: 'Apps' },
  step_upload: { zh: '上传资料', en: 'Upload' },
  'step_sms-check': { zh: '短信核验', en: 'SMS check' },
  step_access: { zh: '接入信息', en: 'Access filing' },
  step_other: { zh: '其他', en: 'Other' },
  website_n: { zh: '网站{n}', en: 'Website {n}' },
  app_n: { zh: 'APP{n}', en: 'App {n}' },
  platform_n: { zh: '平台{n}', en: 'platform {n}' },

  // Options
  optionsHeading: { zh: 'ICP 备案助手 设置', en: 'ICP Filing Assistant settings' },
  language: { zh: '界面语言', en: 'Language' },
  severityFilter: { zh: '在页面上显示', en: 'Show on the page' },
  showAll: { zh: '全部（错误、警告、提示）', en: 'Everything (errors, warnings, notes)' },
  showWarnings: { zh: '错误和警告', en: 'Errors and warnings' },
  showErrors: { zh: '仅错误', en: 'Errors only' },
  provinceOverride: { zh: '按此省份的规则检查', en: 'Check with the rules of' },
  dateOverride: {
    zh: '按此日期的规则检查（培训时演示规则变化）',
    en: 'Check with the rules in force on (trainers: show how rules changed)',
  },
  clearOverride: { zh: '清除', en: 'Clear' },
  sitesHeading: { zh: '网站', en: 'Sites' },
  siteOn: { zh: '在 {site} 上检查', en: 'Check on {site}' },
  noSites: { zh: '尚未访问备案页面。', en: 'No filing page visited yet.' },
  rememberDraft: { zh: '记住本次填写内容', en: 'Remember this draft' },
  rememberDraftHelp: {
    zh: '开启后，在本机浏览器的扩展存储（storage.local）中保存：各备案页面上读取到的填写内容（主办单位、负责人、网站信息，包括证件号码、手机号码和电子邮件地址）及检查结果，按网站分别保存，用于关闭标签页或重启浏览器后继续检查。不保存短信验证码和ICP备案密码。关闭此选项或点击「清除已记住的内容」即删除。关闭时（默认），这些内容只保存在浏览器会话存储中，关闭浏览器即清除。任何内容都不会发送到网络。',
    en: 'When on, the extension keeps in this browser’s extension storage (storage.local): the values read from the filing pages (subject, principals and websites, including ID numbers, mobile numbers and e-mail addresses) and the findings, per site, so that checks continue after the tab is closed or the browser restarts. SMS codes and the ICP filing password are never kept. Switching this off or pressing “Forget remembered drafts” deletes them. When off (the default), they live only in session storage and are gone when the browser closes. Nothing is ever sent over the network.',
  },
  forgetDrafts: { zh: '清除已记住的内容', en: 'Forget remembered drafts' },
  forgotten: { zh: '已清除', en: 'Forgotten' },
  saved: { zh: '已保存', en: 'Saved' },
  privacyNote: {
    zh: '本扩展不发出任何网络请求，不加载远程代码；所有检查都在本机完成。',
    en: 'The extension makes no network request and loads no remote code; every check runs on this computer.',
  },
} satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;

/** A UI string in `lang`, with `{name}` placeholders filled. */
export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return fillParams(STRINGS[key][lang], params);
}
