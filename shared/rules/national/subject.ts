import { isPersonalDocumentType } from '../../formats/documents';
import { comparableName, defineRule, present } from '../define';

/** An individual files with a personal document, an organisation with its certificate (spec §4.1). */
export const documentTypeMatchesNature = defineRule({
  id: 'subject.document-type',
  fields: ['subject.idType', 'subject.nature'],
  severity: 'error',
  message: {
    zh: '主办单位性质为「{nature}」，但证件类型选择了「{idType}」。',
    en: 'The subject nature is "{nature}" but the document type is "{idType}".',
  },
  fix: {
    zh: '个人请选择身份证等个人证件；单位请选择营业执照、事业单位法人证书等单位证件。',
    en: 'Individuals use an ID card or another personal document; organisations use their licence or certificate.',
  },
  source: 'spec §4.1',
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '个人', idType: '营业执照' } },
        field: 'subject.idType',
        note: 'an individual with a business licence',
      },
    ],
    passes: [{ draft: { subject: { nature: '个人', idType: '身份证' } }, note: 'an individual with an ID card' }],
  },
  check(ctx) {
    const s = ctx.draft.subject;
    const idType = present(s?.idType);
    const nature = present(s?.nature);
    if (!idType || !nature || ctx.individual === undefined) return [];
    const personal = isPersonalDocumentType(idType);
    if (personal === undefined || personal === ctx.individual) return [];
    return [{ field: 'subject.idType', params: { nature, idType } }];
  },
});

/** Individual filing: the subject is the person, so its name and ID are the principal's (spec §4.1, §4.2). */
export const individualNameMatchesPrincipal = defineRule({
  id: 'subject.individual-name-matches-principal',
  fields: ['subject.name', 'subject.principal.name'],
  severity: 'error',
  nature: 'individual',
  message: {
    zh: '个人备案的主办人名称「{name}」与主体负责人姓名「{principal}」不一致。',
    en: 'For an individual, the subject name "{name}" must equal the principal\'s name "{principal}".',
  },
  fix: {
    zh: '个人备案的主办人与负责人是同一人：两处都填写身份证上的姓名。',
    en: 'Enter the name on the ID card in both fields.',
  },
  source: 'spec §4.1, §4.2',
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '个人', name: '张三', principal: { name: '李四' } } },
        field: 'subject.principal.name',
        note: 'another person as principal',
      },
    ],
    passes: [
      {
        draft: { subject: { nature: '个人', name: '张三', principal: { name: '张 三' } } },
        note: 'the same name, spaced',
      },
    ],
  },
  check(ctx) {
    const name = present(ctx.draft.subject?.name);
    const principal = present(ctx.draft.subject?.principal?.name);
    if (!name || !principal || comparableName(name) === comparableName(principal)) return [];
    return [{ field: 'subject.principal.name', params: { name, principal } }];
  },
});

export const individualIdMatchesPrincipal = defineRule({
  id: 'subject.individual-id-matches-principal',
  fields: ['subject.idNumber', 'subject.principal.idNumber'],
  severity: 'error',
  nature: 'individual',
  message: {
    zh: '个人备案的主办单位证件号码与主体负责人证件号码不一致。',
    en: "For an individual, the subject document number must equal the principal's document number.",
  },
  fix: { zh: '两处都填写本人证件上的号码。', en: 'Enter your own document number in both fields.' },
  source: 'spec §4.1, §4.2',
  effective: {},
  examples: {
    fires: [
      {
        draft: {
          subject: { nature: '个人', idNumber: '330106199003071236', principal: { idNumber: '330106199003071244' } },
        },
        field: 'subject.principal.idNumber',
        note: 'two numbers',
      },
    ],
    passes: [
      {
        draft: {
          subject: { nature: '个人', idNumber: '33010619900307123x', principal: { idNumber: '33010619900307123X' } },
        },
        note: 'the same number, x in either case',
      },
    ],
  },
  check(ctx) {
    const a = present(ctx.draft.subject?.idNumber)?.toUpperCase().replace(/\s/g, '');
    const b = present(ctx.draft.subject?.principal?.idNumber)?.toUpperCase().replace(/\s/g, '');
    if (!a || !b || a.normalize('NFKC') === b.normalize('NFKC')) return [];
    return [{ field: 'subject.principal.idNumber' }];
  },
});

/** Organisations: the subject principal is the legal representative (spec §1, §4.2; research N5). */
export const legalRepresentative = defineRule({
  id: 'subject.legal-representative',
  fields: ['subject.principal.name'],
  severity: 'info',
  nature: 'organisation',
  message: {
    zh: '单位备案的主体负责人须为法定代表人（{name}），表单无法核实这一点。',
    en: 'For an organisation the subject principal must be the legal representative ({name}); the form cannot prove it.',
  },
  fix: {
    zh: '请核对营业执照上的法定代表人姓名；网站负责人不是法人时，多数管局要求上传授权书。',
    en: 'Compare with the legal representative on the licence; most bureaus want an authorisation letter when the website principal is someone else.',
  },
  source: 'spec §1, §4.2; SEED form hint 「单位用户请填写法定代表人姓名」; QC general (≈2022)',
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { nature: '企业', principal: { name: '张三' } } },
        field: 'subject.principal.name',
        note: 'a reminder once a name is entered',
      },
    ],
    passes: [
      { draft: { subject: { nature: '个人', principal: { name: '张三' } } }, note: 'individuals are not asked' },
    ],
  },
  check(ctx) {
    const name = present(ctx.draft.subject?.principal?.name);
    return name ? [{ field: 'subject.principal.name', params: { name } }] : [];
  },
});

export const SUBJECT_RULES = [
  documentTypeMatchesNature,
  individualNameMatchesPrincipal,
  individualIdMatchesPrincipal,
  legalRepresentative,
];
