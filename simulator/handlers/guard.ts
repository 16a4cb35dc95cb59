import { http } from 'msw';
import type { Bilingual } from '../../shared/domain/bilingual';
import { ApiError } from '../state/errors';
import { errorResponse } from './common';

/**
 * Closed to other sites (issue 12 item 3). A page on another origin can send a "simple" request
 * (a form, or fetch with a text/plain body) without a preflight, so every request that can change
 * something must prove it comes from the simulator's own pages or from a script:
 * - `Sec-Fetch-Site: cross-site` is refused (the browser says the request comes from another site);
 * - an `Origin` header, when present, must be the simulator's own origin (scripts send none);
 * - a body must be `application/json` (multipart only where files are uploaded), which another
 *   origin cannot send without a CORS preflight, and the simulator answers no preflight.
 * GET and HEAD change nothing and stay open (the Host check in server.ts stops DNS rebinding).
 */

const SAFE_METHODS = new Set(['GET', 'HEAD']);
/** Where files are uploaded: an order's documents, an app's 应用图标. */
const UPLOAD_PATH = /\/api\/beian\/orders\/[^/]+\/(?:uploads|apps\/\d+\/icon)$/;

function forbidden(text: Bilingual): Response {
  return errorResponse(new ApiError(403, 'forbidden', text));
}

/** Why a request is refused, or undefined when it may go on. */
export async function refuseForeign(request: Request): Promise<Response | undefined> {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
  const url = new URL(request.url);
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site') {
    return forbidden({
      zh: '拒绝来自其他网站的请求：模拟器只接受它自己的页面和脚本的修改请求',
      en: 'Refused: a request from another site. The simulator accepts changes only from its own pages and from scripts',
    });
  }
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== url.origin) {
    return forbidden({
      zh: `拒绝来自 ${origin} 的请求：只接受来源 ${url.origin}（或不带 Origin 的脚本请求）`,
      en: `Refused: a request from origin ${origin}. Only ${url.origin} (or a script sending no Origin) may change the simulator`,
    });
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const hasBody = request.body !== null && (await request.clone().arrayBuffer()).byteLength > 0;
  if (!hasBody && type === '') return undefined;
  const allowed = type === 'application/json' || (type === 'multipart/form-data' && UPLOAD_PATH.test(url.pathname));
  if (!allowed) {
    return forbidden({
      zh: `请求体须为 application/json（上传文件用 multipart/form-data），收到的是 ${type || '无类型'}`,
      en: `The body must be Content-Type: application/json (multipart/form-data for uploads); got ${type || 'none'}`,
    });
  }
  return undefined;
}

export function guardHandlers() {
  return [
    http.all('*/api/*', async ({ request }) => refuseForeign(request)),
    http.all('*/__sim/*', async ({ request }) => refuseForeign(request)),
  ];
}
