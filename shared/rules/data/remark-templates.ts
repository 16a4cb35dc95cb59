/**
 * Remark texts bureaus require word for word, and the boilerplate a remark may contain besides the
 * applicant's own description of the site (research §2 「Remark templates required verbatim」, §3).
 */
/** 山东, 广西, 内蒙古 (TC19) and 天津 (TC17): the personal-site pledge, 「不含有」 wording. */
export const PERSONAL_PLEDGE =
  '本网站是个人网站，不含有企业、单位等非个人网站的信息，若在核实中发现网站中含有企业、单位等信息，本人愿接受以虚假信息进行备案，注销网站，并将主体和域名加入黑名单的处罚。';

/** 广西 (TC17): the same pledge with 「不含企业」. */
export const PERSONAL_PLEDGE_GX_2017 =
  '本网站是个人网站，不含企业、单位等非个人网站的信息，若在核实中发现网站中含有企业、单位等信息，本人愿接受以虚假信息进行备案，注销网站，并将主体和域名加入黑名单的处罚。';

/** Sentences that are not a description of the site's content (pledges, fixed notes the rules ask for). */
const BOILERPLATE: readonly RegExp[] = [
  /(?:所有)?域名(?:均)?指向同一(?:个)?网站[。.]?/g,
  /(?:该|此)?地址无(?:详细)?门牌号?[。.]?/g,
  /联系方式2[^。;]*[。;]?/g,
  /企业无座机[。.]?/g,
  /(?:无字号无公章)?个体工商户(?:无字号|无公章|无字号\/无公章)?[。.]?/g,
];

/** The remark with pledges and fixed notes taken out: what describes the site. */
export function remarkDescription(remark: string): string {
  let text = comparableText(remark);
  for (const pledge of [PERSONAL_PLEDGE, PERSONAL_PLEDGE_GX_2017]) text = text.split(comparableText(pledge)).join('');
  for (const re of BOILERPLATE) text = text.replace(re, '');
  return text;
}

/** Characters that count as words in a remark: no punctuation, symbols or spaces. */
export function remarkLength(text: string): number {
  return [...text.replace(/[\s\p{P}\p{S}]/gu, '')].length;
}

/** Text as compared with templates: NFKC, no whitespace, no quote marks, Chinese and ASCII commas alike. */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b\u00a0]/g, '')
    .replace(/[“”"「」『』‘’']/g, '')
    .replace(/[，,]/g, ',')
    .replace(/[；;]/g, ';')
    .replace(/[：:]/g, ':')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')');
}
