import { HttpResponse, http } from 'msw';
import { z } from 'zod';
import { SubjectSchema, WebsiteSchema } from '../../shared/domain/draft';
import { FILING_TYPE_LABELS, FILING_TYPES } from '../../shared/domain/filing-types';
import type { Finding } from '../../shared/domain/finding';
import {
  PROVINCE_CODE_ROWS,
  photoCheckMethod,
  SERVICE_NUMBER_PRODUCTS,
  smsCheckPolicy,
} from '../../shared/process/index';
import { checkDraft } from '../../shared/rules/engine';
import { captchaView, checkCaptcha, createCaptcha } from '../state/captcha';
import { simDate } from '../state/clock';
import { STATUS_LABELS, UPLOAD_KIND_LABELS, UPLOAD_LIMITS } from '../state/data';
import { ApiError, addFinding, fieldFinding, notFound, validationError } from '../state/errors';
import { UPLOAD_KINDS, type UploadKind } from '../state/schema';
import type { SimStore } from '../state/store';
import {
  abandonOrder,
  account,
  addUpload,
  applyServiceNumber,
  confirmAppPhoto,
  decideType,
  deleteServiceNumber,
  deleteWebsite,
  enterAppCode,
  findOrder,
  mySubjects,
  removeUpload,
  requestBackdrop,
  saveSubject,
  saveWebsite,
  sendAccountCode,
  sendMobileCode,
  setAccess,
  setProduct,
  sniffMime,
  startOrder,
  submitBackdropPhoto,
  submitOrder,
  verifyFace,
} from '../state/world';
import { body, guarded, inWorld, json, param, readJson } from './common';
import { verificationFormHtml } from './template';
import { instanceView, orderSummary, orderView, serviceNumberView, sessionView, subjectView } from './views';

/** The filing site's JSON API, `/api/beian/…` plus the shared `/api/session`, `/api/captcha`, `/api/provinces` (simulator/API.md §1–2). */

const s = z.string();

const TypeDecisionBody = z
  .object({
    province: s.min(1),
    city: s.optional(),
    district: s.optional(),
    nature: s.min(1),
    idType: s.min(1),
    idNumber: s.min(1),
    domain: s.min(1),
    captchaId: s.optional(),
    captcha: s.optional(),
    create: z.boolean().optional(),
  })
  .strict();

const TYPE_FIELD_KEYS: Record<string, string> = {
  province: 'subject.province',
  city: 'subject.city',
  district: 'subject.district',
  nature: 'subject.nature',
  idType: 'subject.idType',
  idNumber: 'subject.idNumber',
  domain: 'websites[0].domains[0]',
};

const StartOrderBody = z
  .object({ type: z.enum(FILING_TYPES), subjectId: s.optional(), websiteId: s.optional(), filingNumber: s.optional() })
  .strict();
const ProductBody = z.object({ instanceId: s.min(1).optional(), serviceNumber: s.min(1).optional() }).strict();
const SubjectBody = SubjectSchema.extend({ mobileCode: s.optional() }).strict();
const WebsiteBody = WebsiteSchema.extend({ mobileCode: s.optional() }).strict();
const MobileCodeBody = z.object({ mobile: s.min(1) }).strict();
const AccountCodeBody = z.object({ purpose: z.literal('cancel-access').optional() }).strict();
const AccessBody = z
  .object({
    filingNumber: s.optional(),
    filingPassword: s.min(1).optional(),
    websiteFilingNumber: s.optional(),
    accountCode: s.optional(),
  })
  .strict();
const UploadJsonBody = z.object({ kind: z.enum(UPLOAD_KINDS), name: s.min(1).max(200), dataBase64: s.min(1) }).strict();
const AddressSchema = z
  .object({
    recipient: s.min(1),
    mobile: s.regex(/^1\d{10}$/),
    province: s.min(1),
    city: s.min(1),
    district: s.min(1),
    street: s.min(1),
  })
  .strict();
const BackdropBody = z.union([
  z.object({ mode: z.literal('mail'), address: AddressSchema }).strict(),
  z.object({ mode: z.literal('own') }).strict(),
]);
const PhotoBody = z.object({ uploadId: s.min(1) }).strict();
const AppCodeBody = z.object({ code: s.min(1) }).strict();
const FaceBody = z
  .object({ mobile: s.min(1), plainBackground: z.boolean(), goodLight: z.boolean(), locationAllowed: z.boolean() })
  .strict();
const ServiceNumberBody = z.object({ instanceId: s.min(1) }).strict();

export function orderIndex(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw notFound({ zh: `网站序号 ${raw} 无效`, en: `Bad website index ${raw}` });
  return n;
}

export function decodeBase64(text: string): Uint8Array {
  try {
    const bin = atob(text.replace(/^data:[^,]*,/, '').replace(/\s/g, ''));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    throw validationError({
      file: [
        fieldFinding('file', 'sim.base64', {
          zh: '文件内容不是有效的 Base64',
          en: 'The file content is not valid Base64',
        }),
      ],
    });
  }
}

async function readUpload(request: Request): Promise<{ kind: UploadKind; name: string; bytes: Uint8Array }> {
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('multipart/form-data')) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new ApiError(400, 'invalid-json', { zh: '无法读取上传的表单', en: 'The multipart body cannot be read' });
    }
    const file = form.get('file');
    const kind = form.get('kind');
    const fields: Record<string, Finding[]> = {};
    if (typeof kind !== 'string' || !(UPLOAD_KINDS as readonly string[]).includes(kind)) {
      fields.kind = [fieldFinding('kind', 'sim.upload-kind', { zh: '请选择资料类型', en: 'Pick the document kind' })];
    }
    if (!file || typeof file === 'string') {
      fields.file = [
        fieldFinding('file', 'sim.upload-file', { zh: '请选择要上传的文件', en: 'Choose a file to upload' }),
      ];
    }
    if (Object.keys(fields).length || !file || typeof file === 'string') throw validationError(fields);
    return {
      kind: kind as UploadKind,
      name: (file as File).name || 'upload',
      bytes: new Uint8Array(await file.arrayBuffer()),
    };
  }
  const b = await body(request, UploadJsonBody);
  return { kind: b.kind, name: b.name, bytes: decodeBase64(b.dataBase64) };
}

export function checkFile(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'application/pdf' {
  if (bytes.length > UPLOAD_LIMITS.maxBytes) {
    throw new ApiError(
      413,
      'too-large',
      { zh: '文件超过 5 MB', en: 'The file is larger than 5 MB' },
      {
        file: [
          fieldFinding(
            'file',
            'sim.upload-size',
            { zh: '文件大小不能超过 5 MB', en: 'Files may be at most 5 MB' },
            { zh: '压缩图片或降低分辨率后重新上传', en: 'Compress the image or lower its resolution and upload again' },
          ),
        ],
      },
    );
  }
  const mime = sniffMime(bytes);
  if (!mime) {
    throw validationError({
      file: [
        fieldFinding(
          'file',
          'sim.upload-type',
          { zh: '仅支持 JPG、PNG 或 PDF 文件', en: 'Only JPG, PNG or PDF files are accepted' },
          { zh: '请上传原件的彩色扫描件或照片', en: 'Upload a colour scan or photo of the original' },
        ),
      ],
    });
  }
  return mime;
}

export function filingHandlers(store: SimStore) {
  return [
    http.get('*/api/session', () => inWorld(store, (w) => json(sessionView(w)))),

    http.get('*/api/captcha', ({ request }) =>
      inWorld(store, (w) => {
        const kind = new URL(request.url).searchParams.get('kind') === 'puzzle' ? 'puzzle' : 'picture';
        return json(captchaView(w, createCaptcha(w, kind)));
      }),
    ),

    http.get('*/api/provinces', () =>
      inWorld(store, (w) => {
        const day = simDate(w.at);
        return json(
          PROVINCE_CODE_ROWS.map((p) => ({
            code: p.code,
            name: p.name,
            short: p.short,
            smsCheck: smsCheckPolicy(p.code, day),
            photoCheck: photoCheckMethod(p.code, 'first', day),
          })),
        );
      }),
    ),

    http.get('*/api/beian/labels', () =>
      json({
        statuses: STATUS_LABELS,
        filingTypes: FILING_TYPE_LABELS,
        uploadKinds: UPLOAD_KIND_LABELS,
        products: Object.fromEntries(SERVICE_NUMBER_PRODUCTS.map((p) => [p.id, p.label])),
      }),
    ),

    http.post('*/api/beian/type-decision', ({ request }) =>
      guarded(async () => {
        const b = await body(request, TypeDecisionBody, (k) => TYPE_FIELD_KEYS[k] ?? k);
        return inWorld(store, (w) => {
          checkCaptcha(w, 'picture', b.captchaId, b.captcha);
          // The same rules core as the extension checks the document number and the domain (design §1).
          const { findings } = checkDraft(
            {
              subject: { province: b.province, nature: b.nature, idType: b.idType, idNumber: b.idNumber },
              websites: [{ domains: [b.domain] }],
            },
            { date: simDate(w.at), mode: 'page', fields: Object.values(TYPE_FIELD_KEYS) },
          );
          const errors: Record<string, Finding[]> = {};
          for (const f of findings)
            if (f.severity === 'error' && Object.values(TYPE_FIELD_KEYS).includes(f.field))
              addFinding(errors, f.field, f);
          if (Object.keys(errors).length) throw validationError(errors);
          const r = decideType(w, b, b.create !== false);
          return json({
            type: r.decision.type,
            label: FILING_TYPE_LABELS[r.decision.type],
            outcome: r.decision.outcome,
            next: r.decision.next,
            reason: r.decision.reason,
            source: r.decision.source,
            available: r.decision.available ?? null,
            order: r.order ? orderView(w, r.order) : null,
            subjectId: r.subjectId,
            startFrom: r.startFrom,
            findings: findings.filter((f) => f.severity !== 'error'),
          });
        });
      }),
    ),

    http.get('*/api/beian/orders', () =>
      inWorld(store, (w) => {
        const me = account(w.state).id;
        const items = w.state.orders
          .filter((o) => o.accountId === me)
          .reverse()
          .map(orderSummary);
        return json({ items });
      }),
    ),

    http.post('*/api/beian/orders', ({ request }) =>
      guarded(async () => {
        const b = await body(request, StartOrderBody);
        return inWorld(store, (w) => json(orderView(w, startOrder(w, b)), 201));
      }),
    ),

    http.get('*/api/beian/orders/:id', ({ params }) =>
      inWorld(store, (w) => json(orderView(w, findOrder(w.state, param(params, 'id'))))),
    ),

    http.post('*/api/beian/orders/:id/abandon', ({ params }) =>
      inWorld(store, (w) => json(orderView(w, abandonOrder(w, param(params, 'id'))))),
    ),

    http.get('*/api/beian/instances', ({ request }) =>
      inWorld(store, (w) => {
        const q = new URL(request.url).searchParams;
        const page = Math.max(1, Number(q.get('page')) || 1);
        const pageSize = Math.min(100, Math.max(1, Number(q.get('pageSize')) || 10));
        const product = q.get('product');
        const me = account(w.state).id;
        const all = w.state.instances.filter(
          (i) => i.accountId === me && !i.released && (!product || i.product === product),
        );
        return json({
          items: all.slice((page - 1) * pageSize, page * pageSize).map((i) => instanceView(w, i)),
          total: all.length,
          page,
          pageSize,
        });
      }),
    ),

    http.put('*/api/beian/orders/:id/product', ({ request, params }) =>
      guarded(async () => {
        const b = await body(request, ProductBody);
        return inWorld(store, (w) => json(orderView(w, setProduct(w, param(params, 'id'), b))));
      }),
    ),

    http.put('*/api/beian/orders/:id/subject', ({ request, params }) =>
      guarded(async () => {
        const { mobileCode, ...subject } = await body(request, SubjectBody, (k) =>
          k === 'mobileCode' ? k : `subject.${k}`,
        );
        return inWorld(store, (w) => {
          const r = saveSubject(w, param(params, 'id'), subject, mobileCode);
          return json({ order: orderView(w, r.order), findings: r.findings });
        });
      }),
    ),

    http.put('*/api/beian/orders/:id/websites/:index', ({ request, params }) =>
      guarded(async () => {
        const index = orderIndex(param(params, 'index'));
        const { mobileCode, ...site } = await body(request, WebsiteBody, (k) =>
          k === 'mobileCode' ? k : `websites[${index}].${k}`.replace(/\.\[/g, '['),
        );
        return inWorld(store, (w) => {
          const r = saveWebsite(w, param(params, 'id'), index, site, mobileCode);
          return json({ order: orderView(w, r.order), findings: r.findings });
        });
      }),
    ),

    http.delete('*/api/beian/orders/:id/websites/:index', ({ params }) =>
      guarded(async () => {
        const index = orderIndex(param(params, 'index'));
        return inWorld(store, (w) => json(orderView(w, deleteWebsite(w, param(params, 'id'), index))));
      }),
    ),

    http.post('*/api/beian/mobile-code', ({ request }) =>
      guarded(async () => {
        const b = await body(request, MobileCodeBody);
        return inWorld(store, (w) => json({ sentTo: sendMobileCode(w, b.mobile), sentAt: w.state.clock.now }));
      }),
    ),

    http.post('*/api/beian/account-code', ({ request }) =>
      guarded(async () => {
        await body(request, AccountCodeBody);
        return inWorld(store, (w) => {
          const to = sendAccountCode(w);
          return json({ sentTo: `${to.slice(0, 3)}****${to.slice(-4)}`, sentAt: w.state.clock.now });
        });
      }),
    ),

    http.put('*/api/beian/orders/:id/access', ({ request, params }) =>
      guarded(async () => {
        const b = await body(request, AccessBody);
        return inWorld(store, (w) => json(orderView(w, setAccess(w, param(params, 'id'), b))));
      }),
    ),

    http.post('*/api/beian/orders/:id/uploads', ({ request, params }) =>
      guarded(async () => {
        const file = await readUpload(request);
        const mime = checkFile(file.bytes);
        return inWorld(store, async (w) => {
          const upload = addUpload(w, param(params, 'id'), {
            kind: file.kind,
            name: file.name,
            mime,
            size: file.bytes.length,
          });
          await w.blobs.put(upload.id, file.bytes);
          const order = findOrder(w.state, param(params, 'id'));
          const view = orderView(w, order);
          return json({ upload: view.uploads.find((u) => u.id === upload.id), order: view }, 201);
        });
      }),
    ),

    http.delete('*/api/beian/orders/:id/uploads/:uploadId', ({ params }) =>
      inWorld(store, (w) => json(orderView(w, removeUpload(w, param(params, 'id'), param(params, 'uploadId'))))),
    ),

    http.get('*/api/beian/uploads/:id', ({ params }) =>
      inWorld(store, async (w) => {
        const upload = w.state.uploads.find((u) => u.id === param(params, 'id'));
        const bytes = upload ? await w.blobs.get(upload.id) : undefined;
        if (!upload || !bytes) throw notFound({ zh: '文件不存在', en: 'No such file' });
        return new HttpResponse(bytes as unknown as BodyInit, {
          headers: {
            'content-type': upload.mime,
            'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(upload.name)}`,
          },
        });
      }),
    ),

    http.get('*/api/beian/templates/verification-form', ({ request }) =>
      inWorld(store, (w) => {
        const orderId = new URL(request.url).searchParams.get('orderId');
        const order = orderId ? findOrder(w.state, orderId) : undefined;
        return new HttpResponse(verificationFormHtml(order, w.state.clock.now), {
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('网站备案信息真实性核验单.html')}`,
          },
        });
      }),
    ),

    http.post('*/api/beian/orders/:id/submit', ({ request, params }) =>
      guarded(async () => {
        await readJson(request);
        return inWorld(store, (w) => json(orderView(w, submitOrder(w, param(params, 'id')))));
      }),
    ),

    http.post('*/api/beian/orders/:id/photo/backdrop', ({ request, params }) =>
      guarded(async () => {
        const b = await body(request, BackdropBody);
        return inWorld(store, (w) => json(orderView(w, requestBackdrop(w, param(params, 'id'), b))));
      }),
    ),

    http.post('*/api/beian/orders/:id/photo', ({ request, params }) =>
      guarded(async () => {
        const b = await body(request, PhotoBody);
        return inWorld(store, (w) => json(orderView(w, submitBackdropPhoto(w, param(params, 'id'), b.uploadId))));
      }),
    ),

    http.post('*/api/beian/orders/:id/photo/app-code', ({ request, params }) =>
      guarded(async () => {
        const b = await body(request, AppCodeBody, () => 'appCode');
        return inWorld(store, (w) => json(orderView(w, enterAppCode(w, param(params, 'id'), b.code))));
      }),
    ),

    http.post('*/api/beian/orders/:id/photo/face', ({ request, params }) =>
      guarded(async () => {
        const { mobile, ...conditions } = await body(request, FaceBody, () => 'mobile');
        return inWorld(store, (w) => json(orderView(w, verifyFace(w, param(params, 'id'), mobile, conditions))));
      }),
    ),

    http.post('*/api/beian/orders/:id/photo/confirm', ({ request, params }) =>
      guarded(async () => {
        await readJson(request);
        return inWorld(store, (w) => json(orderView(w, confirmAppPhoto(w, param(params, 'id')))));
      }),
    ),

    http.get('*/api/beian/filings', () =>
      inWorld(store, (w) => json({ subjects: mySubjects(w.state).map((x) => subjectView(w, x)) })),
    ),

    http.get('*/api/beian/service-numbers', () =>
      inWorld(store, (w) => {
        const me = account(w.state).id;
        return json({
          items: w.state.serviceNumbers.filter((n) => n.accountId === me && !n.deleted).map(serviceNumberView),
        });
      }),
    ),

    http.post('*/api/beian/service-numbers', ({ request }) =>
      guarded(async () => {
        const b = await body(request, ServiceNumberBody);
        return inWorld(store, (w) => json(serviceNumberView(applyServiceNumber(w, b.instanceId)), 201));
      }),
    ),

    http.delete('*/api/beian/service-numbers/:number', ({ params }) =>
      inWorld(store, (w) => {
        deleteServiceNumber(w, param(params, 'number'));
        return json({ deleted: param(params, 'number') });
      }),
    ),
  ];
}
