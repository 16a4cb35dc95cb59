import type { Website } from '../../../shared/domain/draft';
import { filingSerial } from '../../../shared/process/filing-serial';
import { normaliseMobile } from '../../../shared/process/index';
import { simDate } from '../clock';
import { ICP_ABBREVIATIONS } from '../data';
import { nextId, randomChars, randomDigits } from '../random';
import type { FiledSubject, Order } from '../schema';
import { plainCopy } from '../tracked';
import { addFiledApps } from './apps';
import { account, carrierOf, findSubject, iso, miitSender, sendSms, type World } from './core';

/** Approval: what an approved order does to the filed subjects and websites (spec §2, design §6 filing numbers). */

function newFilingNumber(w: World, provinceCode: string): string {
  const abbr = ICP_ABBREVIATIONS[provinceCode] ?? '京';
  let n = '';
  // The year of the simulated day and six digits (shared/process/filing-serial.ts).
  const day = simDate(w.at);
  do n = `${abbr}ICP备${filingSerial(day, (digits) => randomDigits(w.state, digits))}号`;
  while (w.state.subjects.some((s) => s.filingNumber === n));
  return n;
}

function addWebsites(w: World, order: Order, subject: FiledSubject, sites: Website[]): string[] {
  return sites.map((data) => {
    const seq = subject.nextWebsiteSeq++;
    const filingNumber = `${subject.filingNumber}-${seq}`;
    const id = nextId(w.state, 'W');
    const { filingNumber: _f, ...rest } = data;
    subject.websites.push({
      id,
      seq,
      filingNumber,
      status: 'filed',
      accessHere: true,
      accessElsewhere: [],
      ...(data.serviceNumber ? { serviceNumber: data.serviceNumber } : {}),
      data: rest,
    });
    useNumber(w, order, data.serviceNumber, id);
    return filingNumber;
  });
}

function useNumber(w: World, order: Order, number: string | undefined, websiteId: string): void {
  const n = number ? w.state.serviceNumbers.find((x) => x.number === number) : undefined;
  if (!n) return;
  n.status = '已使用';
  n.websiteId = websiteId;
  n.orderId = order.id;
  delete n.websiteIndex;
}

export function applyApproval(w: World, order: Order): void {
  const me = account(w.state);
  const subject = findSubject(w.state, order.subjectId);
  const result: NonNullable<Order['result']> = { websiteFilingNumbers: [] };
  switch (order.type) {
    case 'first': {
      const s: FiledSubject = {
        id: nextId(w.state, 'S'),
        accountId: me.id,
        filingNumber: newFilingNumber(w, order.provinceCode),
        password: randomChars(w.state, 8),
        province: order.province,
        provinceCode: order.provinceCode,
        status: 'filed',
        accessHere: true,
        accessElsewhere: [],
        legacyWanwang: false,
        filedAt: iso(w.at),
        data: plainCopy(order.draft.subject ?? {}),
        websites: [],
        nextWebsiteSeq: 1,
      };
      w.state.subjects.push(s);
      order.subjectId = s.id;
      result.subjectFilingNumber = s.filingNumber;
      result.websiteFilingNumbers = addWebsites(w, order, s, order.draft.websites ?? []);
      if (order.draft.apps?.length) result.appFilingNumbers = addFiledApps(w, s, order.draft.apps);
      miitNotice(
        w,
        order,
        s,
        `您的ICP备案已通过，主体备案号 ${s.filingNumber}，${servicesText(result)}，ICP备案密码 ${s.password}，请妥善保管。`,
      );
      break;
    }
    case 'new-website-elsewhere':
    case 'new-website-here':
      if (subject) {
        subject.accessHere = true;
        subject.accountId = me.id;
        result.subjectFilingNumber = subject.filingNumber;
        result.websiteFilingNumbers = addWebsites(w, order, subject, order.draft.websites ?? []);
        if (order.draft.apps?.length) result.appFilingNumbers = addFiledApps(w, subject, order.draft.apps);
        const what = result.appFilingNumbers?.length ? '新增互联网信息服务' : '新增网站';
        miitNotice(w, order, subject, `您的${what}备案已通过，${servicesText(result)}。`);
      }
      break;
    case 'access-new':
    case 'access-continue':
      if (subject) {
        subject.accessHere = true;
        subject.accountId = me.id;
        result.subjectFilingNumber = subject.filingNumber;
        (order.draft.websites ?? []).forEach((draftSite, i) => {
          const site =
            subject.websites.find((s) => s.id === order.websiteId && i === 0) ??
            subject.websites.find((s) => s.filingNumber === draftSite.filingNumber);
          if (!site) return;
          site.accessHere = true;
          if (draftSite.serviceNumber) site.serviceNumber = draftSite.serviceNumber;
          useNumber(w, order, draftSite.serviceNumber, site.id);
          result.websiteFilingNumbers.push(site.filingNumber);
        });
        miitNotice(w, order, subject, `您的接入备案已通过，网站备案号 ${result.websiteFilingNumbers.join('、')}。`);
      }
      break;
    case 'change-subject':
      if (subject) {
        subject.data = {
          ...subject.data,
          ...plainCopy(order.draft.subject ?? {}),
          province: subject.data.province,
        };
        result.subjectFilingNumber = subject.filingNumber;
        miitNotice(w, order, subject, `您的主体变更已通过，备案号 ${subject.filingNumber} 不变。`);
      }
      break;
    case 'change-website':
      if (subject) {
        const site = subject.websites.find((s) => s.id === order.websiteId);
        const data = order.draft.websites?.[0];
        if (site && data) {
          const { filingNumber: _f, serviceNumber: _n, ...rest } = data;
          site.data = { ...rest, ...(site.serviceNumber ? { serviceNumber: site.serviceNumber } : {}) };
          result.websiteFilingNumbers.push(site.filingNumber);
        }
        result.subjectFilingNumber = subject.filingNumber;
        miitNotice(
          w,
          order,
          subject,
          `您的网站变更已通过，网站备案号 ${result.websiteFilingNumbers.join('、')} 不变。`,
        );
      }
      break;
    case 'claim':
      if (subject) {
        subject.accountId = me.id;
        subject.accessHere = true;
        subject.legacyWanwang = false;
        subject.accessElsewhere = subject.accessElsewhere.filter((p) => p !== '万网');
        for (const site of subject.websites) site.accessHere = true;
        result.subjectFilingNumber = subject.filingNumber;
      }
      break;
    case 'cancel-access':
      // Only the link to this provider goes; the filing number stays at MIIT (spec §2).
      if (subject) {
        subject.accessHere = false;
        for (const site of subject.websites) site.accessHere = false;
        result.subjectFilingNumber = subject.filingNumber;
      }
      break;
    case 'cancel-subject':
      if (subject) {
        subject.status = 'cancelled';
        for (const site of subject.websites) site.status = 'cancelled';
        result.subjectFilingNumber = subject.filingNumber;
      }
      break;
    case 'cancel-website':
      if (subject) {
        const site = subject.websites.find((s) => s.id === order.websiteId);
        if (site) {
          site.status = 'cancelled';
          result.websiteFilingNumbers.push(site.filingNumber);
        }
        result.subjectFilingNumber = subject.filingNumber;
      }
      break;
  }
  order.result = result;
}

/** 网站备案号 … and APP备案号 … of an approval notice. */
function servicesText(result: NonNullable<Order['result']>): string {
  const parts: string[] = [];
  if (result.websiteFilingNumbers.length) parts.push(`网站备案号 ${result.websiteFilingNumbers.join('、')}`);
  if (result.appFilingNumbers?.length) parts.push(`APP备案号 ${result.appFilingNumbers.join('、')}`);
  return parts.join('，');
}

/** The approval result reaches the applicant by SMS (spec §3 step 9), from MIIT's sender for the carrier. */
function miitNotice(w: World, order: Order, subject: FiledSubject, text: string): void {
  const mobile = normaliseMobile(order.draft.subject?.principal?.mobile ?? subject.data.principal?.mobile);
  if (!mobile) return;
  sendSms(w, {
    to: mobile,
    from: miitSender(carrierOf(w.state, mobile), w.at),
    text: `【工信部】${text}`,
    kind: 'notice',
    orderId: order.id,
  });
}
