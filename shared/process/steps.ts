import type { Bilingual } from '../domain/bilingual';
import type { FilingType } from '../domain/filing-types';
import { hasPhotoCheck, photoCheckMethod } from './photo-check';
import { cancelAsksPassword } from './process-rows';
import { SMS_CODE_RULES, smsCheckPolicy, smsCheckRoles } from './sms-check-policy';
import type { PlanStep, StepId } from './types';

/**
 * The ordered steps of each filing type (spec §3, with the per-type differences of spec §2, §6.3).
 * `photo-check`, `photo-review` and `sms-check` are placeholders resolved per province and date.
 *
 * - first, new-website-elsewhere ("flow as first filing"): the full spec §3 flow.
 * - new-website-here: started from the subject's page; the subject is confirmed first (spec §2), then
 *   a service number for the new website (one per website, spec §7).
 * - access-new, access-continue: the §3 flow plus the existing filing number and ICP password
 *   (spec §4.4, entered with the website); nothing is skipped.
 * - change-subject / change-website: only the form that changes (one kind at a time, spec §2), then
 *   documents, reviews and the bureau; existing websites keep their service numbers.
 * - claim: upload the subject's ID document images, review within 1 working day (spec §2).
 * - cancel-access: SMS code to the account phone AND the ICP password (spec §2); cancel-subject and
 *   cancel-website: the password (spec §2). The provider then submits the cancellation to the bureau.
 */
export const STEP_TEMPLATES: Record<FilingType, readonly StepId[]> = {
  first: fullFlow(),
  'new-website-elsewhere': fullFlow(),
  'new-website-here': ['type', 'subject', 'product', 'website', ...reviewSteps()],
  'access-new': ['type', 'product', 'subject', 'website', 'access-password', ...reviewSteps()],
  'access-continue': ['type', 'product', 'subject', 'website', 'access-password', ...reviewSteps()],
  'change-subject': ['type', 'subject', ...reviewSteps()],
  'change-website': ['type', 'website', ...reviewSteps()],
  claim: ['type', 'upload', 'claim-review', 'done'],
  'cancel-access': ['type', 'sms-account-code', 'access-password', 'bureau-review', 'done'],
  // SMS check of the principal on 注销 since 2020-08-17 (sms-check-policy role rows decide when it applies).
  'cancel-subject': ['type', 'access-password', 'sms-check', 'bureau-review', 'done'],
  'cancel-website': ['type', 'access-password', 'sms-check', 'bureau-review', 'done'],
};

function fullFlow(): StepId[] {
  return ['type', 'product', 'subject', 'website', ...reviewSteps()];
}

/** From the upload to the end, as in spec §3 steps 5–9. */
function reviewSteps(): StepId[] {
  return ['upload', 'initial-review', 'photo-check', 'photo-review', 'sms-check', 'bureau-review', 'done'];
}

const ONE_WORKING_DAY: Bilingual = { zh: '1 个工作日', en: '1 working day' };

const CANCEL_TYPES: readonly FilingType[] = ['cancel-access', 'cancel-subject', 'cancel-website'];
const SUBJECT_PAGE_TYPES: readonly FilingType[] = [
  'new-website-here',
  'access-continue',
  'change-subject',
  'change-website',
  ...CANCEL_TYPES,
];

function typeStep(filingType: FilingType | undefined): PlanStep {
  if (filingType === undefined) {
    return {
      id: 'type',
      label: {
        zh: '验证备案类型（草稿未指定类型，按首次备案规划）',
        en: 'Determine the filing type (the draft names none; planned as a first filing)',
      },
      source: 'spec §2',
    };
  }
  if (filingType === 'claim') {
    return {
      id: 'type',
      label: { zh: '认领原万网备案', en: 'Claim the legacy 万网 filing' },
      source: 'spec §2 认领原万网备案',
    };
  }
  if (SUBJECT_PAGE_TYPES.includes(filingType)) {
    return {
      id: 'type',
      label: { zh: '在"我的备案"主体页面选择操作', en: 'Pick the action on the subject\'s page in "my filings"' },
      source: 'spec §2',
    };
  }
  return {
    id: 'type',
    label: {
      zh: '验证备案类型：所属区域、主办单位性质、证件类型、证件号码、域名',
      en: 'Determine the filing type: region, subject nature, document type and number, domain',
    },
    source: 'spec §2',
  };
}

function stepDetail(
  id: StepId,
  filingType: FilingType | undefined,
  provinceCode: string | undefined,
  date: string,
): PlanStep {
  const type = filingType ?? 'first';
  switch (id) {
    case 'type':
      return typeStep(filingType);
    case 'product':
      return {
        id,
        label: {
          zh: '产品验证：选择服务器实例（自动生成备案服务号）或输入已有备案服务号',
          en: 'Product verification: pick a server instance (a service number is generated) or enter an existing service number',
        },
        source: 'spec §3 step 2, §7',
      };
    case 'subject':
      return type === 'new-website-here' || type === 'access-continue'
        ? {
            id,
            label: {
              zh: '确认主体信息（"信息准确，继续下一步"），不准确则先变更主体',
              en: 'Confirm the subject information ("信息准确，继续下一步"); change the subject first if it is out of date',
            },
            source: 'spec §2 新增网站 (原备案在本平台)',
          }
        : {
            id,
            label: { zh: '填写主体信息', en: 'Fill in the subject information' },
            source: 'spec §3 step 3, §4.1, §4.2',
          };
    case 'website':
      return {
        id,
        label: { zh: '填写网站信息', en: 'Fill in the website information' },
        source: 'spec §3 step 4, §4.3',
      };
    case 'access-password':
      return CANCEL_TYPES.includes(type)
        ? {
            id,
            label: { zh: '输入 ICP 备案密码', en: 'Enter the ICP filing password (ICP备案密码)' },
            source: 'spec §2',
          }
        : {
            id,
            label: {
              zh: '输入网站备案号和 ICP 备案密码（密码错误管局将驳回）',
              en: 'Enter the website filing number and the ICP filing password (a wrong password gets the application rejected)',
            },
            source: 'spec §2 接入备案, §4.4',
          };
    case 'upload':
      return type === 'claim'
        ? {
            id,
            label: { zh: '上传主办单位证件图片', en: "Upload images of the subject's ID document" },
            source: 'spec §2 认领原万网备案',
          }
        : {
            id,
            label: {
              zh: '上传资料：真实性核验单、证件照片或彩色扫描件、（如省份要求）域名证书',
              en: 'Upload documents: the authenticity form, ID photos or colour scans, a domain certificate where the province requires one',
            },
            source: 'spec §3 step 5',
          };
    case 'initial-review':
      return {
        id,
        label: {
          zh: '接入商初审（可能来电确认：95187 或 0571-88158388）',
          en: 'Provider initial review (they may phone from 95187 or 0571-88158388)',
        },
        duration: ONE_WORKING_DAY,
        source: 'spec §3 step 6, §10',
      };
    case 'photo-check':
      return photoCheckMethod(provinceCode, type, date) === 'shanghai-app'
        ? {
            id,
            label: {
              zh: '网站负责人使用上海通信管理局 App 核验（须在上海拍摄，App 手机号为网站负责人号码）',
              en: "Website principal verifies with the Shanghai bureau's app (taken in Shanghai, with the website principal's phone number)",
            },
            source: 'spec §3 step 7, §9',
          }
        : {
            id,
            label: {
              zh: '网站负责人幕布拍照核验（申请邮寄幕布或使用已有幕布）',
              en: 'Website principal photo in front of the backdrop (have one mailed, or use one you own)',
            },
            source: 'spec §3 step 7, §8',
          };
    case 'photo-review':
      return {
        id,
        label: {
          zh: '照片审核，通过后 1 个工作日内提交管局',
          en: 'Photo review; submitted to the bureau within 1 working day of approval',
        },
        duration: ONE_WORKING_DAY,
        source: 'spec §8, §9, §10',
      };
    case 'sms-check':
      return {
        id,
        label: {
          zh: `短信核验：提交管局后约 ${SMS_CODE_RULES.arrivesAfterMinutes} 分钟收到验证码，${SMS_CODE_RULES.validHours} 小时内在管局网站核验`,
          en: `SMS check: the code arrives about ${SMS_CODE_RULES.arrivesAfterMinutes} minutes after submission to the bureau; verify it on the bureau's site within ${SMS_CODE_RULES.validHours} hours`,
        },
        duration: { zh: `${SMS_CODE_RULES.validHours} 小时内`, en: `within ${SMS_CODE_RULES.validHours} hours` },
        source: 'spec §6, §10',
      };
    case 'bureau-review':
      return CANCEL_TYPES.includes(type)
        ? {
            // spec §10 gives no time for cancellations.
            id,
            label: { zh: '提交管局处理', en: 'Submitted to the bureau' },
            source: 'spec §2',
          }
        : {
            id,
            label: {
              zh: '管局审核，结果以短信和邮件通知；期间可将域名解析到服务器',
              en: 'Bureau review; the result comes by SMS and e-mail; DNS may be pointed at the server meanwhile',
            },
            duration: { zh: '3–20 个工作日', en: '3–20 working days' },
            source: 'spec §3 step 9, §10',
          };
    case 'claim-review':
      return {
        id,
        label: { zh: '认领审核', en: 'Claim review' },
        duration: ONE_WORKING_DAY,
        source: 'spec §2 认领原万网备案, §10',
      };
    case 'sms-account-code':
      return {
        id,
        label: { zh: '输入发送到账号手机的短信验证码', en: "Enter the SMS code sent to the account's phone" },
        source: 'spec §2 取消接入',
      };
    case 'done':
      return CANCEL_TYPES.includes(type)
        ? { id, label: { zh: '完成', en: 'Done' }, source: 'spec §2' }
        : type === 'claim'
          ? { id, label: { zh: '认领完成', en: 'Claimed' }, source: 'spec §2 认领原万网备案' }
          : {
              id,
              label: {
                zh: '备案完成；网站开通后 30 日内办理公安备案',
                en: 'Filed; do the public-security filing within 30 days of the site going live',
              },
              source: 'spec §3 (after approval)',
            };
  }
}

/** Whether a placeholder step applies to this type, province and date. */
function applies(id: StepId, type: FilingType, provinceCode: string | undefined, date: string): boolean {
  if (id === 'photo-check' || id === 'photo-review') return hasPhotoCheck(type);
  if (id === 'access-password') return cancelAsksPassword(type, date);
  if (id === 'sms-check')
    return smsCheckRoles(type, undefined, date).length > 0 && smsCheckPolicy(provinceCode, date).required;
  return true;
}

/**
 * The full ordered steps for a type, province and date, each with label, usual duration and source.
 * An undefined type is planned as a first filing (the longest flow), and its first step says so.
 */
export function stepsFor(
  filingType: FilingType | undefined,
  provinceCode: string | undefined,
  date: string,
): PlanStep[] {
  const type = filingType ?? 'first';
  return STEP_TEMPLATES[type]
    .filter((id) => applies(id, type, provinceCode, date))
    .map((id) => stepDetail(id, filingType, provinceCode, date));
}

/**
 * The step ids still ahead: from `currentStep` (inclusive — it is not finished yet) to `done`.
 * A current step that does not apply here (e.g. `sms-check` outside the pilot) starts from the next
 * one that does; without a current step, or with one the type never has, all of them.
 */
export function stepsAhead(
  filingType: FilingType | undefined,
  provinceCode: string | undefined,
  date: string,
  currentStep?: StepId,
): StepId[] {
  const type = filingType ?? 'first';
  const template = STEP_TEMPLATES[type];
  const at = currentStep ? template.indexOf(currentStep) : -1;
  return (at < 0 ? template : template.slice(at)).filter((id) => applies(id, type, provinceCode, date));
}
