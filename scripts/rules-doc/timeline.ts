// docs/rules-timeline.md from the dated rows themselves (issue 10): every day a rule, a value, a step
// or a document of the filing changed, with what changed, where, and the sources a person can follow.
// Undated rows (provider restatements without a start day) hold on every date and are not listed here.
import type { Bilingual } from '../../shared/domain/bilingual';
import { type Citation, formatCitation } from '../../shared/domain/citation';
import { PERMANENT_RESIDENCE_2023 } from '../../shared/formats/permanent-residence';
import { FACE_CHECK_SWITCH, PHOTO_CHECK_PROVINCE_ROWS } from '../../shared/process/photo-check';
import { DOCUMENT_ROWS } from '../../shared/process/plan';
import { CANCEL_PASSWORD_ROW } from '../../shared/process/process-rows';
import { PROVINCE_CODE_ROWS } from '../../shared/process/province-codes';
import {
  SMS_CHECK_NATIONWIDE_FROM,
  SMS_CHECK_PILOT_ROWS,
  SMS_CHECK_ROLE_ROWS,
} from '../../shared/process/sms-check-policy';
import { SUFFIX_RESTRICTIONS } from '../../shared/rules/data/domain-suffixes';
import { PRE_APPROVAL_TYPES } from '../../shared/rules/data/pre-approval-types';
import { citationsOf } from '../../shared/rules/data/references';
import type { RuleInfo } from '../../shared/rules/engine';
import { PROVINCE_PACKS } from '../../shared/rules/provinces';
import { cell } from './render';

export interface TimelineEntry {
  /** `YYYY-MM-DD`: the first day of the new state. */
  date: string;
  /** What changed on that day. */
  change: Bilingual;
  /** Where: 全国 or the provinces. */
  where: string;
  /** The row it comes from (a rule id, a data row), so a reader can find it. */
  row: string;
  citations: Citation[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const provinces = (codes: readonly string[] | undefined) =>
  codes?.length ? codes.map((c) => PROVINCE_CODE_ROWS.find((p) => p.code === c)?.short ?? c).join('、') : '全国';

const packProvince = (pack: string) =>
  pack === 'national' ? '全国' : (PROVINCE_PACKS.find((p) => p.id === pack)?.name ?? pack);

const cite = (source: string) => citationsOf(source).citations;

function ruleEntries(rules: readonly RuleInfo[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const r of rules) {
    const { from, until } = r.effective;
    const base = { where: packProvince(r.pack), row: `rule \`${r.id}\``, citations: r.citations };
    if (from)
      out.push({
        ...base,
        date: from,
        change: {
          zh: `规则生效（${r.severity}）：${r.message.zh}`,
          en: `Rule in force (${r.severity}): ${r.message.en}`,
        },
      });
    if (until)
      out.push({
        ...base,
        date: until,
        change: { zh: `规则不再适用：${r.message.zh}`, en: `Rule no longer applies: ${r.message.en}` },
      });
  }
  return out;
}

function processEntries(): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const row of SMS_CHECK_PILOT_ROWS) {
    const nationwide = row.from === SMS_CHECK_NATIONWIDE_FROM;
    out.push({
      date: row.from,
      change: nationwide
        ? {
            zh: '工信部短信核验推广到所有省份（取消接入以外的备案类型）',
            en: "MIIT's SMS check in every province (every filing type but 取消接入)",
          }
        : { zh: '这些省份开始工信部短信核验（试点）', en: "These provinces start MIIT's SMS check (pilot)" },
      where: nationwide ? '全国' : provinces(row.provinceCodes),
      row: 'SMS_CHECK_PILOT_ROWS',
      citations: cite(row.source),
    });
  }
  for (const row of SMS_CHECK_ROLE_ROWS.filter((r) => r.from && DAY.test(r.from))) {
    out.push({
      date: row.from as string,
      change: {
        zh: `收短信验证码的人：${row.types.join('、')} → ${row.roles.length ? row.roles.join('、') : '无短信核验'}`,
        en: `Who receives SMS codes: ${row.types.join(', ')} → ${row.roles.length ? row.roles.join(', ') : 'no SMS check'}`,
      },
      where: '全国',
      row: 'SMS_CHECK_ROLE_ROWS',
      citations: cite(row.source),
    });
  }
  out.push({
    date: FACE_CHECK_SWITCH.from,
    change: {
      zh: `电子化核验（人脸识别）代替幕布拍照，仅核验互联网信息服务负责人；${FACE_CHECK_SWITCH.allProvidersBy} 之前个别接入商仍可能要求幕布照`,
      en: `Electronic (face) verification replaces the backdrop photo, for the internet-information-service principal only; before ${FACE_CHECK_SWITCH.allProvidersBy} a provider may still ask for the backdrop`,
    },
    where: '全国',
    row: 'FACE_CHECK_SWITCH',
    citations: cite(FACE_CHECK_SWITCH.source),
  });
  for (const row of PHOTO_CHECK_PROVINCE_ROWS.filter((r) => r.from))
    out.push({
      date: row.from as string,
      change: { zh: `核验方式：${row.method}`, en: `Verification method: ${row.method}` },
      where: provinces(row.provinceCodes),
      row: 'PHOTO_CHECK_PROVINCE_ROWS',
      citations: cite(row.source),
    });
  for (const row of DOCUMENT_ROWS) {
    const where = provinces(row.provinceCodes);
    const base = { where, row: `DOCUMENT_ROWS \`${row.id}\``, citations: cite(row.source) };
    if (row.from)
      out.push({
        ...base,
        date: row.from,
        change: { zh: `新增材料：${row.label.zh}`, en: `New document: ${row.label.en}` },
      });
    if (row.until)
      out.push({
        ...base,
        date: row.until,
        change: { zh: `不再需要：${row.label.zh}`, en: `No longer asked for: ${row.label.en}` },
      });
  }
  out.push({
    date: CANCEL_PASSWORD_ROW.until,
    change: {
      zh: `${CANCEL_PASSWORD_ROW.filingTypes.join('、')} 不再要求输入备案密码`,
      en: `${CANCEL_PASSWORD_ROW.filingTypes.join(', ')} no longer ask for the filing password`,
    },
    where: '全国',
    row: 'CANCEL_PASSWORD_ROW',
    citations: cite(CANCEL_PASSWORD_ROW.source),
  });
  return out;
}

function valueEntries(): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const row of PRE_APPROVAL_TYPES.filter((r) => r.from && DAY.test(r.from)))
    out.push({
      date: row.from as string,
      change: {
        zh: `前置审批「${row.value}」（${row.status}）：${row.authority.zh}`,
        en: `Pre-approval 「${row.value}」 (${row.status}): ${row.authority.en}`,
      },
      where: '全国',
      row: `PRE_APPROVAL_TYPES \`${row.id}\``,
      citations: cite(row.source),
    });
  for (const row of SUFFIX_RESTRICTIONS.filter((r) => DAY.test(r.asOf)))
    out.push({
      date: row.asOf,
      change: {
        zh: `${row.natures.join('、')} ${row.rule === 'only' ? '只能使用' : '不能使用'}域名后缀 ${row.suffixes.map((s) => `.${s}`).join('、')}（${row.severity ?? 'error'}）`,
        en: `${row.natures.join(', ')} ${row.rule === 'only' ? 'may use only' : 'may not use'} the suffixes ${row.suffixes.map((s) => `.${s}`).join(', ')} (${row.severity ?? 'error'})`,
      },
      where: provinces(row.provinceCodes),
      row: `SUFFIX_RESTRICTIONS \`${row.id}\``,
      citations: cite(row.source),
    });
  out.push({
    date: PERMANENT_RESIDENCE_2023.from,
    change: {
      zh: '新版外国人永久居留身份证：18 位（首位 9，ISO 7064 MOD 11-2 校验位）；15 位旧证到期前仍有效',
      en: 'The new foreign permanent residence ID card: 18 characters (leading 9, ISO 7064 MOD 11-2 check); 15-character cards stay valid until they expire',
    },
    where: '全国',
    row: 'PERMANENT_RESIDENCE_2023',
    citations: cite(PERMANENT_RESIDENCE_2023.source),
  });
  return out;
}

/** Every dated change, oldest first (same day: the order of the rows; the sort is stable). */
export function timelineEntries(rules: readonly RuleInfo[]): TimelineEntry[] {
  return [...processEntries(), ...valueEntries(), ...ruleEntries(rules)].sort((a, b) => a.date.localeCompare(b.date));
}

function citation(c: Citation): string {
  const text = formatCitation(c, 'zh');
  return c.url ? `[${text}](${c.url})` : text;
}

export function timelineMarkdown(rules: readonly RuleInfo[]): string {
  const entries = timelineEntries(rules);
  const parts = [
    '# Rules timeline',
    '',
    '<!-- Generated by `npm run docs:rules` (scripts/rules-doc/timeline.ts) from the dated rows; do not edit by hand. A test fails while it is stale. -->',
    '',
    `${entries.length} dated changes, oldest first. A date is the first day of the new state: a filing on that day`,
    'gets it, a filing the day before does not (tests/unit/rules/dated-rows.test.ts, tests/unit/process/sms-by-date.test.ts).',
    'Only days a regulation, a notice or the spec gives are here; rules a provider page restates without a start day',
    'hold on every date and are listed in [rules.md](rules.md) as "restated by".',
    '',
    '| date | change | where | row | sources |',
    '|---|---|---|---|---|',
  ];
  for (const e of entries)
    parts.push(
      `| ${e.date} | ${cell(`${e.change.zh} / ${e.change.en}`)} | ${cell(e.where)} | ${e.row} | ${cell(e.citations.map(citation).join('; ') || '—')} |`,
    );
  return `${parts.join('\n')}\n`;
}
