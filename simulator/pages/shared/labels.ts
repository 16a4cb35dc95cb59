import { fieldSpec } from '../../../shared/domain/fields';

/**
 * Labels of request-only keys that are not FilingDraft fields (simulator/API.md §0), for the error
 * summary. Draft fields take their label from the field catalogue (shared/domain/fields.ts).
 */
const REQUEST_KEY_LABELS: Record<string, string> = {
  captcha: '验证码',
  captchaId: '验证码',
  accountCode: '短信验证码',
  mobileCode: '手机验证码',
  file: '文件',
  kind: '资料类型',
  instanceId: '实例',
  serviceNumber: '备案服务号',
  appCode: '图片码',
  uploadId: '幕布照片',
  backdropPhoto: '幕布照片',
  websiteFilingNumber: '网站备案号',
  'address.recipient': '收件人',
  'address.mobile': '收件人手机号码',
  'address.province': '收件地址（省）',
  'address.city': '收件地址（市）',
  'address.district': '收件地址（区/县）',
  'address.street': '详细地址',
  scenario: '场景',
  advance: '前进时长',
  set: '设置时间',
  path: '路径',
};

export function keyLabel(key: string): string {
  if (key in REQUEST_KEY_LABELS) return REQUEST_KEY_LABELS[key] ?? key;
  if (key.startsWith('upload.')) return `上传资料（${key.slice(7)}）`;
  const spec = fieldSpec(key);
  if (!spec) return key;
  const site = /^websites\[(\d+)\]/.exec(key);
  return site ? `网站${Number(site[1]) + 1} ${spec.label.zh}` : spec.label.zh;
}
