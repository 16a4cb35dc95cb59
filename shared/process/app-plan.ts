import type { Bilingual } from '../domain/bilingual';
import type { FilingDraft } from '../domain/draft';
import type { FilingType } from '../domain/filing-types';
import { type AppKind, appKindOf } from '../formats/app-formats';
import { GB2260_PROVINCES } from '../formats/gb2260-provinces';
import { normaliseMobile } from './sms-check-policy';

/**
 * The plan of each app, mini program and quick app in a draft: the steps, who receives the SMS code,
 * the number it will get and the duty to show it.
 *
 * Numbers: 「网站、App、小程序、快应用共用备案序列，后缀不同。网站为"-1"，App为"-2A"，小程序为"-3X"，快应用为"-4K"」
 * (华为云「App备案咨询」): websites and apps share the subject's running service number, and the letter
 * says the kind. In a first filing the websites take the first numbers, in draft order (design §6), then the
 * apps; in 新增互联网信息服务 the subject's earlier services are not known, so the number is left as `<n>`.
 */

export type AppNumberSuffix = 'A' | 'X' | 'K';

/** Filing-number letter per kind. */
export const APP_NUMBER_SUFFIX: Record<AppKind, AppNumberSuffix> = { app: 'A', 'mini-program': 'X', 'quick-app': 'K' };

export const APP_PLAN_SOURCE =
  '《工业和信息化部关于开展移动互联网应用程序备案工作的通知》, 工业和信息化部, 2023-08; 「App备案咨询」, 华为云 ICP备案帮助; 「ICP备案流程」, 阿里云, 2026-03-16';

export interface AppPlan {
  /** `apps[0]`. */
  path: string;
  name?: string;
  kind: AppKind;
  /** The steps particular to the app, in order. */
  steps: Bilingual[];
  /** The app principal's mobile that receives the SMS-check code (normalised), when valid. */
  smsPhone?: string;
  /** `浙ICP备<8 digits>号-2A`, or `-<n>A` when the serial cannot be known yet. */
  number: string;
  suffix: AppNumberSuffix;
  /** Where and how the number must be shown. */
  display: Bilingual;
  source: string;
}

/** Filing types in which apps are filed: a first filing, or 新增互联网信息服务 for a filed subject. */
export const APP_FILING_TYPES: readonly FilingType[] = ['first', 'new-website-here', 'new-website-elsewhere'];

const KIND_STEPS: Record<AppKind, Bilingual[]> = {
  app: [
    {
      zh: '准备发布版安装包：包名、公钥、签名MD5值（安卓填证书 MD5，iOS 填证书 SHA-1）',
      en: 'Prepare the release build: package name, public key, 签名MD5值 (certificate MD5 on Android, SHA-1 on iOS)',
    },
    { zh: '准备 100 KB 以内的 APP 图标', en: 'Prepare an app icon under 100 KB' },
    {
      zh: '填写 APP 信息：名称（各平台一致）、运行平台、用到的域名（用到哪级备哪级）、SDK、服务内容和语言',
      en: 'Fill in the app step: name (the same on every platform), platforms, the domains used (down to the level used), SDKs, service content, languages',
    },
  ],
  'mini-program': [
    {
      zh: '小程序一般在其平台（微信、抖音等）的后台备案；不填写域名、公钥和签名',
      en: "Mini programs are usually filed in their platform's console (WeChat, Douyin …); no domains, keys or signatures",
    },
  ],
  'quick-app': [
    { zh: '填写快应用信息；不填写域名、公钥和签名', en: 'Fill in the quick app; no domains, keys or signatures' },
  ],
};

function smsStep(phone: string | undefined): Bilingual {
  return {
    zh: `APP负责人在 24 小时内完成工信部短信核验（验证码发到 ${phone ?? 'APP负责人的手机号码'}）`,
    en: `The app principal completes MIIT's SMS check within 24 hours (the code goes to ${phone ?? "the app principal's mobile"})`,
  };
}

const DISPLAY: Bilingual = {
  zh: '备案通过后，在 APP 的「设置」或「关于」等显著位置标注备案编号，并在编号下方链接到备案系统网址 https://beian.miit.gov.cn/',
  en: 'Once approved, show the filing number in a prominent place of the app (Settings or About) with a link to the filing system, https://beian.miit.gov.cn/, below it',
};

/** The plans of the draft's apps, or undefined when it has none. */
export function planApps(
  draft: FilingDraft,
  options: { provinceCode?: string; filingType?: FilingType },
): AppPlan[] | undefined {
  const apps = draft.apps ?? [];
  if (apps.length === 0) return undefined;
  const type = options.filingType ?? draft.filingType ?? 'first';
  const abbr = GB2260_PROVINCES.find((p) => p.code === options.provinceCode)?.filingAbbr ?? '<省>';
  const websites = (draft.websites ?? []).length;
  return apps.map((app, i) => {
    const kind = appKindOf(app?.kind) ?? 'app';
    const suffix = APP_NUMBER_SUFFIX[kind];
    const serial = type === 'first' ? String(websites + i + 1) : '<n>';
    const smsPhone = normaliseMobile(app?.principal?.mobile);
    const plan: AppPlan = {
      path: `apps[${i}]`,
      kind,
      steps: [
        ...KIND_STEPS[kind],
        ...(APP_FILING_TYPES.includes(type) ? [smsStep(smsPhone)] : []),
        {
          zh: `管局审核通过后获得备案号 ${abbr}ICP备<8位数字>号-${serial}${suffix}`,
          en: `After the bureau approves it, the number is ${abbr}ICP备<8 digits>号-${serial}${suffix}`,
        },
        DISPLAY,
      ],
      number: `${abbr}ICP备<8 digits>号-${serial}${suffix}`,
      suffix,
      display: DISPLAY,
      source: APP_PLAN_SOURCE,
    };
    if (app?.name?.trim()) plan.name = app.name.trim();
    if (smsPhone) plan.smsPhone = smsPhone;
    return plan;
  });
}

/** The app principals' mobiles that receive SMS codes, for the filing types that file apps. */
export function appSmsPhones(draft: FilingDraft, filingType: FilingType): string[] {
  if (!APP_FILING_TYPES.includes(filingType)) return [];
  const out: string[] = [];
  for (const app of draft.apps ?? []) {
    const n = normaliseMobile(app?.principal?.mobile);
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}
