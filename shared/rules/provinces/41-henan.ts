import { cite, HW25, TC17, TC19 } from '../data/rule-sources';
import { present } from '../define';
import {
  ADULTS_ONLY,
  administrativePlaceNames,
  customRule,
  documentsWhenCount,
  GOVERNMENT,
  landlineRequired,
  localIdForIndividuals,
  localMobileInfo,
  maxDomainsPerOrder,
  maxDomainsPerWebsite,
  minimumAge,
  natureIs,
  remarkRequiredWhenServiceContent,
  sameCityAddresses,
  serviceContentForbidden,
  websiteNameNotPersonName,
  websiteNameWords,
} from '../factories';
import type { ProvincePack } from '../types';
import { websiteNames } from '../website-name/name-text';

const meta = { code: '41', name: '河南省', short: '豫', id: 'ha' } as const;

const DOMAIN_CERTIFICATES = { zh: '域名证书', en: 'domain certificates' };

/**
 * 河南省 (豫). Name rules (TC19 个人 #5, 企事业 #6): 中华/中国 are website-name.national-words and the domain
 * itself website-name.is-domain (national); 个人/个人网站 and people's names are here. 导航 in a personal
 * name is website-name.personal-forbidden-words; a 导航 service content is here.
 */
export const henanPack: ProvincePack = {
  ...meta,
  rules: [
    sameCityAddresses(meta, { id: 'ha.same-city-addresses', ...cite([HW25, '河南 备案管局咨询']) }),
    localIdForIndividuals(meta, {
      id: 'ha.local-id',
      ...cite([TC17, '河南 个人 #2'], [TC19, '河南 个人 #1']),
      nature: 'individual',
      mode: 'local-only',
    }),
    minimumAge(meta, {
      id: 'ha.minimum-age',
      ...cite([TC17, '河南 个人 #6'], [TC19, '河南 个人 #3']),
      nature: 'individual',
      bands: [
        {
          below: 18,
          outcome: 'conditions',
          conditions: {
            zh: '监护人身份证，并在备注中说明监护人与备案人的关系',
            en: "the guardian's ID card, with the guardian's relation stated in the remark",
          },
        },
      ],
    }),
    minimumAge(meta, {
      ...cite([TC17, '河南 企事业 #2']),
      id: 'ha.minimum-age-2017',
      nature: 'organisation',
      bands: ADULTS_ONLY,
    }),
    localMobileInfo(meta, { id: 'ha.local-mobile', ...cite([TC19, '河南 个人 #4, 企事业 #5']) }),
    landlineRequired(meta, { id: 'ha.landline-required', ...cite([TC19, '河南 企事业 #5']), nature: 'organisation' }),
    websiteNameWords(meta, {
      ...cite([TC19, '河南 个人 #5, 企事业 #6']),
      id: 'ha.website-name-words',
      words: ['个人网站', '个人'],
      reason: {
        zh: '不允许以「个人网站」或「个人」命名网站',
        en: 'does not accept names with 个人网站 / 个人 (personal site / personal)',
      },
    }),
    websiteNameNotPersonName(meta, { id: 'ha.website-name-person-name', ...cite([TC19, '河南 个人 #5, 企事业 #6']) }),
    customRule(
      meta,
      { ...cite([TC19, '河南 个人 #6, 企事业 #7']), id: 'ha.local-portal' },
      {
        fields: ['websites[].name', 'websites[].serviceContent', 'subject.nature'],
        severity: 'warning',
        examples: {
          fires: [
            {
              draft: { websites: [{ name: '郑州生活门户' }] },
              field: 'websites[0].name',
              note: 'a 门户 named after 郑州',
            },
            {
              draft: { websites: [{ name: '郑州生活网', serviceContent: ['综合门户'] }] },
              field: 'websites[0].name',
              note: 'a place name with 综合门户 service content',
            },
          ],
          passes: [
            { draft: { websites: [{ name: '山水摄影记录' }] }, note: 'no portal' },
            {
              draft: { subject: { nature: '政府机关' }, websites: [{ name: '郑州生活门户' }] },
              note: 'a government body',
            },
            {
              draft: {
                subject: { nature: '企业', name: '郑州山水科技有限公司' },
                websites: [{ name: '郑州山水科技', serviceContent: ['单位门户网站'] }],
              },
              note: "an organisation's own portal (单位门户网站)",
            },
          ],
        },
        message: {
          zh: '网站「{name}」看起来是以「{place}」为名的地方门户类网站：{province}管局规定非政府机构不能办理地方门户类网站。',
          en: 'The website "{name}" looks like a local portal for "{place}": the {provinceEn} bureau does not accept local portals from non-government subjects.',
        },
        fix: {
          zh: '请改用与本单位业务或个人内容相符、不以地名作门户的名称和服务内容。',
          en: 'Use a name and service content that fit your own business or content, not a portal named after a place.',
        },
        check(ctx) {
          if (natureIs(ctx, GOVERNMENT)) return [];
          const places = administrativePlaceNames();
          return websiteNames(ctx).flatMap((site) => {
            const w = ctx.draft.websites?.[site.index];
            const portal =
              /门户/.test(site.name) ||
              (w?.serviceContent ?? []).some((c) => /门户/.test(present(c) ?? '') && !/单位门户/.test(c));
            const place = portal ? places.find((p) => site.name.includes(p)) : undefined;
            return place ? [{ field: site.path, params: { name: site.raw, place } }] : [];
          });
        },
      },
    ),
    serviceContentForbidden(meta, {
      ...cite([TC19, '河南 个人 #7']),
      id: 'ha.individual-navigation-site',
      nature: 'individual',
      choices: ['导航'],
    }),
    maxDomainsPerWebsite(meta, { id: 'ha.domains-per-website', ...cite([TC19, '河南 个人 #8, 企事业 #8']), max: 1 }),
    maxDomainsPerOrder(meta, {
      id: 'ha.domains-per-order',
      ...cite([TC19, '河南 个人 #9']),
      nature: 'individual',
      max: 3,
    }),
    maxDomainsPerOrder(meta, {
      ...cite([TC19, '河南 企事业 #9']),
      id: 'ha.domains-per-order-organisation',
      nature: 'organisation',
      max: 5,
    }),
    documentsWhenCount(meta, {
      ...cite([TC19, '河南 个人 #10, 企事业 #10']),
      id: 'ha.domain-certificates',
      count: 'domains',
      over: 4,
      documents: DOMAIN_CERTIFICATES,
    }),
    documentsWhenCount(meta, {
      ...cite([TC17, '河南 企事业 #6, 个人 #5']),
      id: 'ha.domain-certificates-2017',
      count: 'domains',
      over: 3,
      documents: DOMAIN_CERTIFICATES,
    }),
    serviceContentForbidden(meta, {
      id: 'ha.individual-service-content',
      ...cite([TC19, '河南 个人 #13']),
      nature: 'individual',
      choices: ['个人空间', '博客'],
    }),
    remarkRequiredWhenServiceContent(meta, {
      id: 'ha.other-service-content-remark',
      ...cite([TC19, '河南 个人 #13']),
      nature: 'individual',
      choice: '其他',
    }),
  ],
};
