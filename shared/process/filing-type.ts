import type { Bilingual } from '../domain/bilingual';
import { FILING_TYPE_LABELS, type FilingType } from '../domain/filing-types';

/**
 * How the filing site decides the filing type (spec §2) from what it knows about the subject
 * (主办单位证件类型 + 证件号码) and the domain entered on the type-determination form.
 */
export interface FilingTypeFacts {
  /** Where the subject has a successful filing: never, with another provider, or on this filing site. */
  subjectFiled: 'no' | 'elsewhere' | 'here';
  /** Where the domain is filed. Filed with `subjectFiled: 'no'` means under another subject. */
  domainFiled: 'no' | 'elsewhere' | 'here';
  /** The subject has an order in progress here (spec §1 订单, §2 constraints). */
  subjectHasOrderInProgress?: boolean;
  /** Filed with the legacy registrar 万网 before 2010-06 and never moved nor imported (spec §2 认领). */
  legacyWanwang?: boolean;
  /** The type the applicant asked for: a button on the subject's page, or the draft's `filingType`. */
  requested?: FilingType;
  /** The domain is filed under a different subject (also when this subject is filed). */
  domainUnderOtherSubject?: boolean;
}

/**
 * proceed: go on with `type`.
 * choose: the subject's page offers `available`; `type` is the likely one.
 * blocked: an order is in progress; nothing can start until it is abandoned or approved.
 * offline: cannot be filed online; `type` is what it becomes once the obstacle is gone.
 */
export type FilingTypeOutcome = 'proceed' | 'choose' | 'blocked' | 'offline';

export interface FilingTypeDecision {
  type: FilingType;
  /** What the applicant does next. */
  next: Bilingual;
  /** Why the type is this one, in the applicant's words. */
  reason: Bilingual;
  outcome: FilingTypeOutcome;
  /** Action buttons on the subject's page, when the subject is filed here. */
  available?: FilingType[];
  source: string;
}

/** What to do next, per type (spec §2, §3, §4.4). */
export const NEXT_STEP: Record<FilingType, Bilingual> = {
  first: {
    zh: '进入产品验证：选择本账号的服务器实例或输入备案服务号，再填写主体信息和网站信息',
    en: 'Go on to product verification: pick a server instance of the account or enter a service number, then fill in the subject and website information',
  },
  'access-new': {
    zh: '准备网站备案号和 ICP 备案密码；所填信息须与原备案完全一致，接入备案期间不能修改任何信息',
    en: 'Have the website filing number (网站备案号) and the ICP filing password (ICP备案密码) ready; every value must match the original filing exactly, and nothing can be changed during an access filing',
  },
  'access-continue': {
    zh: '在主体页面点击"继续接入备案"，输入网站备案号和 ICP 备案密码；信息须与原备案一致',
    en: 'On the subject\'s page press "继续接入备案" and enter the website filing number and the ICP filing password; the data must match the original filing',
  },
  'new-website-elsewhere': {
    zh: '按首次备案流程进行：产品验证、主体信息（与原备案一致）、新网站信息',
    en: 'Proceed as a first filing: product verification, subject information (as in the original filing), the new website',
  },
  'new-website-here': {
    zh: '在主体页面点击"增加网站"，确认主体信息准确（"信息准确，继续下一步"），否则先变更主体',
    en: 'On the subject\'s page press "增加网站" and confirm the subject information ("信息准确，继续下一步"); if it is out of date, change the subject first',
  },
  'change-subject': {
    zh: '在主体页面点击"变更主体"；一次只能变更主体或网站之一，省份不能变更',
    en: 'On the subject\'s page press "变更主体"; change either the subject or a website at a time, and the province cannot change',
  },
  'change-website': {
    zh: '在主体页面点击"变更网站信息"；新增的域名会重新做域名核验，替换的旧域名在审核通过后失效',
    en: 'On the subject\'s page press "变更网站信息"; an added domain is domain-verified again, and a replaced domain stops working once the change is approved',
  },
  claim: {
    zh: '上传主办单位证件图片，1 个工作日内审核',
    en: "Upload images of the subject's ID document; the review takes 1 working day",
  },
  'cancel-access': {
    zh: '建议先在新的接入商完成接入备案；取消接入需要发送到账号手机的验证码和 ICP 备案密码',
    en: "File access at the new provider first; cancelling access needs the SMS code sent to the account's phone and the ICP filing password",
  },
  'cancel-subject': {
    zh: '注销主体会同时注销其下所有网站；需要 ICP 备案密码',
    en: 'Cancelling the subject also cancels every website under it; it needs the ICP filing password',
  },
  'cancel-website': {
    zh: '注销网站后主体备案保留；需要 ICP 备案密码',
    en: 'The subject filing stays after cancelling the website; it needs the ICP filing password',
  },
};

/** Buttons on the page of a subject filed here (design §6 "my filings"; spec §2). */
export const SUBJECT_PAGE_ACTIONS: readonly FilingType[] = [
  'new-website-here',
  'access-continue',
  'change-subject',
  'change-website',
  'cancel-subject',
  'cancel-website',
  'cancel-access',
];

/** Actions that concern a website already filed here: what to offer when its domain is entered again. */
const FILED_WEBSITE_ACTIONS: readonly FilingType[] = [
  'change-website',
  'change-subject',
  'cancel-website',
  'cancel-subject',
  'cancel-access',
];

/**
 * The action buttons a subject's page shows (spec §2): none unless the subject is filed here, and
 * none while an order is in progress.
 */
export function actionsAvailable(subject: { filedHere: boolean; orderInProgress: boolean }): FilingType[] {
  if (!subject.filedHere || subject.orderInProgress) return [];
  return [...SUBJECT_PAGE_ACTIONS];
}

const label = (t: FilingType) => FILING_TYPE_LABELS[t];

/** The sentence added when the applicant asked for a type the facts do not allow. */
function requestedNote(requested: FilingType | undefined, decided: FilingType): Bilingual | undefined {
  if (!requested || requested === decided) return undefined;
  if (SUBJECT_PAGE_ACTIONS.includes(requested)) {
    return {
      zh: `"${label(requested).zh}"需要在本平台已备案成功的主体页面上操作`,
      en: `"${label(requested).en}" is started from the page of a subject filed successfully on this filing site`,
    };
  }
  if (requested === 'claim') {
    return {
      zh: '"认领原万网备案"仅适用于 2010 年 6 月前在万网备案、且从未转出或导入云账号的备案',
      en: '"Claim" applies only to filings made with 万网 before 2010-06 that were never moved nor imported into a cloud account',
    };
  }
  return {
    zh: `您选择的"${label(requested).zh}"与系统判断不符；信息与原备案不完全一致时类型会被判为其他类型`,
    en: `You asked for "${label(requested).en}", which does not match the facts; when data differ from the original filing the type is judged differently`,
  };
}

function join(a: Bilingual, b: Bilingual | undefined): Bilingual {
  return b ? { zh: `${a.zh}。${b.zh}`, en: `${a.en}. ${b.en}` } : a;
}

/** The type the filing site judges from the facts (spec §2 table and constraints). */
export function decideFilingType(facts: FilingTypeFacts): FilingTypeDecision {
  const { subjectFiled, domainFiled, requested } = facts;

  // 认领: a legacy 万网 filing not yet in any cloud account. Once imported, the subject is filed here.
  if (facts.legacyWanwang && subjectFiled !== 'here') {
    return {
      type: 'claim',
      outcome: 'proceed',
      next: NEXT_STEP.claim,
      reason: join(
        {
          zh: '该备案于 2010 年 6 月前在万网办理，且从未转出或导入云账号：先认领原万网备案',
          en: 'The filing was made with 万网 before 2010-06 and never moved nor imported into a cloud account: claim it first',
        },
        requested === 'claim' ? undefined : requestedNote(requested, 'claim'),
      ),
      source: 'spec §2 认领原万网备案',
    };
  }

  // The domain is filed under another subject: a domain filed while this subject never was, a domain
  // filed here while this subject is not, or the caller knows it. Only the bureau can settle it.
  const domainConflict =
    domainFiled !== 'no' &&
    (subjectFiled === 'no' ||
      facts.domainUnderOtherSubject === true ||
      (domainFiled === 'here' && subjectFiled !== 'here'));
  if (domainConflict) {
    const type: FilingType =
      subjectFiled === 'no' ? 'first' : subjectFiled === 'elsewhere' ? 'new-website-elsewhere' : 'new-website-here';
    return {
      type,
      outcome: 'offline',
      next: {
        zh: '该域名已在其他主体下备案，无法在线注销他人备案：请向管局提交书面申请，或由域名原备案主体先注销/变更，再重新提交',
        en: "The domain is filed under another subject, and another entity's filing cannot be cancelled online: send a written application to the bureau, or have that subject cancel or change its filing first, then start again",
      },
      reason: {
        zh: `域名已在其他主体下备案；冲突解决后本次为"${label(type).zh}"`,
        en: `The domain is filed under another subject; once that is resolved this is a "${label(type).en}"`,
      },
      source: 'spec §2 constraints',
    };
  }

  if (subjectFiled === 'no') {
    // domainFiled is 'no' here: every filed-domain case was a conflict above.
    return {
      type: 'first',
      outcome: 'proceed',
      next: NEXT_STEP.first,
      reason: join(
        {
          zh: '主体和域名均从未备案：首次备案',
          en: 'Neither the subject nor the domain has ever been filed: first filing',
        },
        requestedNote(requested, 'first'),
      ),
      source: 'spec §2 首次备案',
    };
  }

  if (subjectFiled === 'elsewhere') {
    if (domainFiled === 'elsewhere') {
      return {
        type: 'access-new',
        outcome: 'proceed',
        next: NEXT_STEP['access-new'],
        reason: join(
          {
            zh: '主体和域名已在其他接入商备案，主体从未在本平台备案：新增接入',
            en: 'The subject and the domain are filed with another provider and the subject was never filed on this site: new access filing',
          },
          requestedNote(requested, 'access-new'),
        ),
        source: 'spec §2 接入备案 — 新增接入',
      };
    }
    return {
      type: 'new-website-elsewhere',
      outcome: 'proceed',
      next: NEXT_STEP['new-website-elsewhere'],
      reason: join(
        {
          zh: '主体已在其他接入商备案，域名未备案：新增网站（原备案不在本平台）',
          en: 'The subject is filed with another provider and the domain is new: new website (subject filed elsewhere)',
        },
        requestedNote(requested, 'new-website-elsewhere'),
      ),
      source: 'spec §2 新增网站 (原备案不在本平台)',
    };
  }

  // The subject is filed here: everything starts from its page.
  const byDomain: FilingType =
    domainFiled === 'no' ? 'new-website-here' : domainFiled === 'elsewhere' ? 'access-continue' : 'change-website';

  if (facts.subjectHasOrderInProgress) {
    const type = requested ?? byDomain;
    return {
      type,
      outcome: 'blocked',
      available: [],
      next: {
        zh: '该主体有进行中的订单，页面不显示任何操作按钮：请放弃该订单，或等待其审核通过后再操作',
        en: 'The subject has an order in progress, so its page shows no action buttons: abandon that order, or wait until it is approved, then try again',
      },
      reason: {
        zh: `一个主体同一时间只能有一个进行中的订单；"${label(type).zh}"需等待`,
        en: `A subject can have only one order in progress at a time; "${label(type).en}" has to wait`,
      },
      source: 'spec §1 订单, §2 constraints',
    };
  }

  const available = actionsAvailable({ filedHere: true, orderInProgress: false });
  if (requested && available.includes(requested)) {
    return {
      type: requested,
      outcome: 'proceed',
      available,
      next: NEXT_STEP[requested],
      reason: {
        zh: `主体已在本平台备案：在主体页面选择"${label(requested).zh}"`,
        en: `The subject is filed on this site: "${label(requested).en}" from the subject's page`,
      },
      source: 'spec §2',
    };
  }

  if (byDomain === 'change-website') {
    return {
      type: 'change-website',
      outcome: 'choose',
      available: [...FILED_WEBSITE_ACTIONS],
      next: {
        zh: '该域名已在本平台此主体下备案：在"我的备案"中选择变更网站、变更主体、注销网站、注销主体或取消接入',
        en: 'The domain is already filed here under this subject: in "my filings" pick change website, change subject, cancel website, cancel subject or cancel access',
      },
      reason: join(
        {
          zh: '主体和域名均已在本平台备案，无需重新备案；增删域名属于变更网站',
          en: 'The subject and the domain are both filed here; nothing to file again, and adding or removing domains is a website change',
        },
        requestedNote(requested, 'change-website'),
      ),
      source: 'spec §2 变更备案, constraints',
    };
  }

  const domainReason: Bilingual =
    byDomain === 'new-website-here'
      ? {
          zh: '主体已在本平台备案，域名未备案：新增网站（原备案在本平台）',
          en: 'The subject is filed on this site and the domain is new: new website (subject filed here)',
        }
      : {
          zh: '主体已在本平台备案，域名在其他接入商备案：继续接入',
          en: 'The subject is filed on this site and the domain is filed with another provider: continue access',
        };
  return {
    type: byDomain,
    outcome: 'proceed',
    available,
    next: NEXT_STEP[byDomain],
    reason: join(domainReason, requestedNote(requested, byDomain)),
    source: byDomain === 'new-website-here' ? 'spec §2 新增网站 (原备案在本平台)' : 'spec §2 接入备案 — 继续接入',
  };
}
