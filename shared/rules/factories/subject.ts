/** Subject fields per province: 投资人或主管单位, document types by 主办单位性质, documents some natures need. */
import type { Bilingual } from '../../domain/bilingual';
import { comparableName, present } from '../define';
import type { RuleContext, RuleHit } from '../types';
import { type PackMeta, principalsAt, provinceRule, type RowBase } from './common';

/** 主办单位性质 values a row is about: a list, or every organisation except some. */
export type NatureSelector = { only: readonly string[] } | { except: readonly string[] };

function natureValue(ctx: RuleContext): string | undefined {
  return present(ctx.draft.subject?.nature)?.normalize('NFKC').replace(/\s/g, '');
}

function natureMatches(ctx: RuleContext, sel: NatureSelector): boolean {
  const n = natureValue(ctx);
  if (!n || ctx.individual !== false) return false;
  return 'only' in sel ? sel.only.includes(n) : !sel.except.includes(n);
}

/** Organisation natures as the form offers them, for examples. */
const EXAMPLE_NATURES = ['企业', '事业单位', '社会团体', '政府机关', '民办非企业单位'] as const;

/** A nature the selector matches, and one it does not (an organisation either way), for examples. */
function exampleNatures(sel: NatureSelector): { matching: string; other: string } {
  const hit = (n: string) => ('only' in sel ? sel.only.includes(n) : !sel.except.includes(n));
  const matching = 'only' in sel ? (sel.only[0] ?? '企业') : (EXAMPLE_NATURES.find(hit) ?? '企业');
  return { matching, other: EXAMPLE_NATURES.find((n) => !hit(n)) ?? '个人' };
}

/** Document types as the form names them, for examples. */
const EXAMPLE_DOCUMENT_TYPES = [
  '营业执照',
  '组织机构代码证',
  '事业单位法人证书',
  '身份证',
  '临时身份证',
  '护照',
  '中国护照',
  '外国人永久居留身份证',
];

function describeNatures(sel: NatureSelector): Bilingual {
  return 'only' in sel
    ? { zh: sel.only.join('、'), en: sel.only.join(', ') }
    : { zh: `${sel.except.join('、')}以外的单位`, en: `organisations other than ${sel.except.join(', ')}` };
}

export interface InvestorRow extends RowBase {
  natures: NatureSelector;
  /** What 投资人或主管单位 must be: the subject's own full name, the legal representative, or not the subject itself (its superior). */
  expect: 'subject-name' | 'legal-representative' | 'not-self';
}

const EXPECTATIONS: Record<InvestorRow['expect'], { message: Bilingual; fix: Bilingual }> = {
  'subject-name': {
    message: {
      zh: '投资人或主管单位「{investor}」与主办单位名称「{subject}」不一致：{province}管局要求{natures}填写本单位全称。',
      en: 'Investor or supervising body "{investor}" differs from the subject name "{subject}": the {provinceEn} bureau wants {naturesEn} to enter their own full name.',
    },
    fix: {
      zh: '请在投资人或主管单位中填写「{subject}」。',
      en: 'Enter "{subject}" as the investor or supervising body.',
    },
  },
  'legal-representative': {
    message: {
      zh: '投资人或主管单位「{investor}」不是法定代表人「{principal}」：{province}管局要求{natures}填写法定代表人姓名。',
      en: 'Investor or supervising body "{investor}" is not the legal representative "{principal}": the {provinceEn} bureau wants {naturesEn} to enter the legal representative\'s name.',
    },
    fix: {
      zh: '请在投资人或主管单位中填写法定代表人姓名「{principal}」。',
      en: 'Enter the legal representative\'s name "{principal}".',
    },
  },
  'not-self': {
    message: {
      zh: '投资人或主管单位填的是「{investor}」（主办单位或负责人本身）：{province}管局要求{natures}填写上一级主管单位全称。',
      en: 'Investor or supervising body is "{investor}", the subject or its principal itself: the {provinceEn} bureau wants {naturesEn} to enter the full name of the superior body.',
    },
    fix: {
      zh: '请填写上一级主管单位的全称，不要填写本单位或个人姓名。',
      en: 'Enter the full name of the superior supervising body, not the subject or a person.',
    },
  },
};

/** 吉林/福建 (本单位全称), 宁夏 (企业: 法定代表人), 广西/山东/福建/宁夏 (其他单位: 上级主管单位). */
export function investorRule(meta: PackMeta, row: InvestorRow) {
  const e = EXPECTATIONS[row.expect];
  const nature = exampleNatures(row.natures).matching;
  const subject = (investor: string) => ({
    subject: { nature, name: '杭州山水科技有限公司', investor, principal: { name: '张三' } },
  });
  const [wrong, right]: [string, string] = (
    {
      'subject-name': ['张三', '杭州山水科技有限公司'],
      'legal-representative': ['李四', '张三'],
      'not-self': ['杭州山水科技有限公司', '杭州市文化广电旅游局'],
    } as Record<InvestorRow['expect'], [string, string]>
  )[row.expect];
  return provinceRule('investorRule', meta, row, {
    fields: ['subject.investor', 'subject.name', 'subject.principal.name', 'subject.nature'],
    severity: 'warning',
    examples: {
      fires: [{ draft: subject(wrong), field: 'subject.investor', note: `investor 「${wrong}」` }],
      passes: [{ draft: subject(right), note: `investor 「${right}」` }],
    },
    message: e.message,
    fix: e.fix,
    check(ctx) {
      if (!natureMatches(ctx, row.natures)) return [];
      const s = ctx.draft.subject;
      const investor = present(s?.investor);
      if (!investor) return [];
      const subject = present(s?.name);
      const principal = present(s?.principal?.name);
      const n = describeNatures(row.natures);
      const params = { investor, subject: subject ?? '', principal: principal ?? '', natures: n.zh, naturesEn: n.en };
      const same = (a: string | undefined) => !!a && comparableName(a) === comparableName(investor);
      const wrong =
        row.expect === 'subject-name'
          ? !!subject && !same(subject)
          : row.expect === 'legal-representative'
            ? !!principal && !same(principal)
            : same(subject) || same(principal);
      return wrong ? [{ field: 'subject.investor', params }] : [];
    },
  });
}

export interface DocumentTypeForNatureRow extends RowBase {
  natures: NatureSelector;
  expected: RegExp;
  /** The document type to choose, as the form names it. */
  expectedLabel: string;
}

/** 甘肃/宁夏/吉林/广西: 企业 file with the 营业执照; 甘肃: other units with the 组织机构代码证. */
export function subjectDocumentTypeForNature(meta: PackMeta, row: DocumentTypeForNatureRow) {
  const natures = exampleNatures(row.natures);
  const wrongType = EXAMPLE_DOCUMENT_TYPES.find((t) => !row.expected.test(t)) ?? '身份证';
  return provinceRule('subjectDocumentTypeForNature', meta, row, {
    fields: ['subject.idType', 'subject.nature'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { subject: { nature: natures.matching, idType: wrongType } },
          field: 'subject.idType',
          note: `${natures.matching} with ${wrongType}`,
        },
      ],
      passes: [
        { draft: { subject: { nature: natures.matching, idType: row.expectedLabel } }, note: row.expectedLabel },
      ],
    },
    message: {
      zh: '主办单位证件类型选择了「{idType}」：{province}管局要求{natures}选择「{expected}」。',
      en: 'The subject document type is "{idType}": the {provinceEn} bureau wants {naturesEn} to choose "{expected}".',
    },
    fix: {
      zh: '请把主办单位证件类型改为「{expected}」，并上传该证件。',
      en: 'Change the document type to "{expected}" and upload that document.',
    },
    check(ctx) {
      if (!natureMatches(ctx, row.natures)) return [];
      const idType = present(ctx.draft.subject?.idType);
      if (!idType || row.expected.test(idType.normalize('NFKC'))) return [];
      const n = describeNatures(row.natures);
      return [
        { field: 'subject.idType', params: { idType, expected: row.expectedLabel, natures: n.zh, naturesEn: n.en } },
      ];
    },
  });
}

export interface DocumentsForNatureRow extends RowBase {
  natures: NatureSelector;
  documents: Bilingual;
}

/** 内蒙古 《网站名称审核表》, 黑龙江 《网站开办资格申请表》: documents 党政机关 and 事业单位 need. */
export function documentsForNature(meta: PackMeta, row: DocumentsForNatureRow) {
  return provinceRule('documentsForNature', meta, row, {
    fields: ['subject.nature'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { subject: { nature: exampleNatures(row.natures).matching } },
          field: 'subject.nature',
          note: exampleNatures(row.natures).matching,
        },
      ],
      passes: [
        { draft: { subject: { nature: exampleNatures(row.natures).other } }, note: exampleNatures(row.natures).other },
      ],
    },
    message: {
      zh: '主办单位性质为「{nature}」：{province}管局要求同时提供{documents}。',
      en: 'The subject nature is "{nature}": the {provinceEn} bureau also requires {documentsEn}.',
    },
    fix: {
      zh: '请向编制部门办理并上传{documents}。',
      en: 'Obtain {documentsEn} from the establishment (编制) office and upload it.',
    },
    check(ctx) {
      if (!natureMatches(ctx, row.natures)) return [];
      return [
        {
          field: 'subject.nature',
          params: { nature: natureValue(ctx) ?? '', documents: row.documents.zh, documentsEn: row.documents.en },
        },
      ];
    },
  });
}

export interface DocumentTypeForbiddenRow extends RowBase {
  /** Matches the forbidden 证件类型 labels. */
  pattern: RegExp;
  /** Labels that match `pattern` but are allowed (中国护照). */
  except?: RegExp;
  /** What the forbidden type is, for the message. */
  label: Bilingual;
  /** Whose documents: the subject's, or the subject's and the principals'. */
  who: 'subject' | 'subject-and-principals';
}

/** 临时身份证 not accepted (内蒙古/海南/上海); foreign individuals not accepted (河北). */
export function documentTypeForbidden(meta: PackMeta, row: DocumentTypeForbiddenRow) {
  const forbidden = EXAMPLE_DOCUMENT_TYPES.find((t) => row.pattern.test(t) && !row.except?.test(t)) ?? row.label.zh;
  return provinceRule('documentTypeForbidden', meta, row, {
    fields: ['subject.idType', 'subject.principal.idType', 'websites[].principal.idType'],
    severity: 'warning',
    examples: {
      fires: [{ draft: { subject: { idType: forbidden } }, field: 'subject.idType', note: forbidden }],
      passes: [{ draft: { subject: { idType: '身份证' } }, note: '身份证' }],
    },
    message: {
      zh: '{whose}证件类型为「{idType}」：{province}管局不受理{label}。',
      en: 'The document type of {whoseEn} is "{idType}": the {provinceEn} bureau does not accept {labelEn}.',
    },
    fix: {
      zh: '请改用管局接受的证件（如二代居民身份证）。',
      en: 'Use a document the bureau accepts (e.g. the second-generation resident ID card).',
    },
    check(ctx) {
      const docs: { field: string; whose: Bilingual; idType: string | undefined }[] = [
        { field: 'subject.idType', whose: { zh: '主办单位', en: 'the subject' }, idType: ctx.draft.subject?.idType },
      ];
      if (row.who === 'subject-and-principals')
        for (const p of principalsAt(ctx))
          docs.push({ field: `${p.path}.idType`, whose: p.who, idType: p.principal.idType });
      const hits: RuleHit[] = [];
      for (const d of docs) {
        const t = present(d.idType)?.normalize('NFKC');
        if (!t || !row.pattern.test(t) || row.except?.test(t)) continue;
        hits.push({
          field: d.field,
          params: { whose: d.whose.zh, whoseEn: d.whose.en, idType: t, label: row.label.zh, labelEn: row.label.en },
        });
      }
      return hits;
    },
  });
}
