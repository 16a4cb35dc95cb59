import { REQUIRED_UPLOADS } from '../data';
import { notFound, refused } from '../errors';
import { nextId } from '../random';
import type { Order, Upload, UploadKind } from '../schema';
import { findOrder, iso, type World } from './core';
import { requireAction } from './machine';

/** Uploads (spec §3 step 5) and the backdrop photo (spec §8): what each order needs, the records. */

export function sniffMime(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'application/pdf' | undefined {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'application/pdf';
  return undefined;
}

export function requiredUploads(order: Order): string[] {
  const row = REQUIRED_UPLOADS.find((r) => r.types.includes(order.type));
  if (!row) return [];
  const organisation = order.draft.subject?.nature !== undefined && order.draft.subject.nature !== '个人';
  return [...row.kinds, ...(organisation ? row.organisationExtra : [])];
}

export function addUpload(
  w: World,
  orderId: string,
  file: {
    kind: UploadKind;
    name: string;
    mime: 'image/png' | 'image/jpeg' | 'application/pdf';
    size: number;
  },
): Upload {
  const order = findOrder(w.state, orderId);
  requireAction(order, file.kind === 'backdrop-photo' ? 'photo-upload' : 'upload');
  if (file.kind === 'app-icon') {
    throw refused('kind', 'sim.app-icon-endpoint', {
      zh: '应用图标在APP信息页上传（POST /api/beian/orders/:id/apps/:index/icon）',
      en: 'The app icon is uploaded on the app step (POST /api/beian/orders/:id/apps/:index/icon)',
    });
  }
  const upload = { id: nextId(w.state, 'U'), orderId: order.id, ...file, at: iso(w.at) };
  w.state.uploads.push(upload);
  order.uploads.push(upload.id);
  order.updatedAt = iso(w.at);
  return upload;
}

export function removeUpload(w: World, orderId: string, uploadId: string): Order {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'remove-upload');
  if (!order.uploads.includes(uploadId))
    throw notFound({ zh: `资料 ${uploadId} 不存在`, en: `No upload ${uploadId} on this order` });
  order.uploads = order.uploads.filter((id) => id !== uploadId);
  w.state.uploads = w.state.uploads.filter((u) => u.id !== uploadId);
  if (order.photo.photoUploadId === uploadId) delete order.photo.photoUploadId;
  order.updatedAt = iso(w.at);
  return order;
}
