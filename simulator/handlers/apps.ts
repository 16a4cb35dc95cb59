import { http } from 'msw';
import { z } from 'zod';
import { AppSchema } from '../../shared/domain/draft';
import { ApiError, fieldFinding, validationError } from '../state/errors';
import type { SimStore } from '../state/store';
import { addAppIcon, deleteApp, findOrder, saveApp } from '../state/world';
import { body, guarded, inWorld, json, param } from './common';
import { checkFile, decodeBase64, orderIndex } from './filing';
import { orderView, uploadView } from './views';

/** The filing site's app step (simulator/API.md "Apps"): save, delete, and the 应用图标 upload. */

const AppBody = AppSchema.extend({ mobileCode: z.string().optional() }).strict();
const IconJsonBody = z.object({ name: z.string().min(1).max(200), dataBase64: z.string().min(1) }).strict();

/** The icon as multipart (`file`) or JSON (`name`, `dataBase64`). */
async function readIcon(request: Request): Promise<{ name: string; bytes: Uint8Array }> {
  if ((request.headers.get('content-type') ?? '').includes('multipart/form-data')) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new ApiError(400, 'invalid-json', { zh: '无法读取上传的表单', en: 'The multipart body cannot be read' });
    }
    const file = form.get('file');
    if (!file || typeof file === 'string') {
      throw validationError({
        file: [fieldFinding('file', 'sim.upload-file', { zh: '请选择应用图标文件', en: 'Choose the icon file' })],
      });
    }
    return { name: file.name || 'icon', bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  const b = await body(request, IconJsonBody);
  return { name: b.name, bytes: decodeBase64(b.dataBase64) };
}

export function appHandlers(store: SimStore) {
  return [
    http.put('*/api/beian/orders/:id/apps/:index', ({ request, params }) =>
      guarded(async () => {
        const index = orderIndex(param(params, 'index'));
        const { mobileCode, ...app } = await body(request, AppBody, (k) =>
          k === 'mobileCode' ? k : `apps[${index}].${k}`.replace(/\.\[/g, '['),
        );
        return inWorld(store, (w) => {
          const r = saveApp(w, param(params, 'id'), index, app, mobileCode);
          return json({ order: orderView(w, r.order), findings: r.findings });
        });
      }),
    ),

    http.delete('*/api/beian/orders/:id/apps/:index', ({ params }) =>
      guarded(async () => {
        const index = orderIndex(param(params, 'index'));
        return inWorld(store, (w) => json(orderView(w, deleteApp(w, param(params, 'id'), index))));
      }),
    ),

    http.post('*/api/beian/orders/:id/apps/:index/icon', ({ request, params }) =>
      guarded(async () => {
        const index = orderIndex(param(params, 'index'));
        const file = await readIcon(request);
        const mime = checkFile(file.bytes);
        return inWorld(store, async (w) => {
          const upload = addAppIcon(w, param(params, 'id'), index, { name: file.name, mime, size: file.bytes.length });
          await w.blobs.put(upload.id, file.bytes);
          const order = orderView(w, findOrder(w.state, param(params, 'id')));
          return json({ upload: uploadView(upload), order }, 201);
        });
      }),
    ),
  ];
}
