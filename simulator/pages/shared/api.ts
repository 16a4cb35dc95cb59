/**
 * The pages' only way to the simulator: `/api/…` and `/__sim/…` URLs (in the page's world), JSON in and out.
 * A non-2xx answer becomes an `ApiError` carrying the per-field findings of the simulator's error
 * body `{error:{code, message, text, fields}}` (simulator/API.md §0), so forms can show each at its field.
 */
import type { Bilingual } from '../../../shared/domain/bilingual';
import type { Finding } from '../../../shared/domain/finding';

export type FieldFindings = Record<string, Finding[]>;

export class ApiError extends Error {
  readonly status: number;
  /** Machine-readable: `validation`, `refused`, `wrong-status`, `order-in-progress`, `network`, … */
  readonly code: string;
  readonly text: Bilingual;
  readonly fields: FieldFindings;

  constructor(status: number, code: string, text: Bilingual, fields: FieldFindings = {}) {
    super(`${text.zh} / ${text.en}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.text = text;
    this.fields = fields;
  }
}

const NETWORK_TEXT: Bilingual = {
  zh: '网络连接失败，请检查网络后重试',
  en: 'The connection failed; check the network and try again',
};

/** `"zh / en"` → both halves; a one-language text is used for both. */
export function splitBilingual(message: string): Bilingual {
  const i = message.indexOf(' / ');
  return i > 0 ? { zh: message.slice(0, i), en: message.slice(i + 3) } : { zh: message, en: message };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isBilingual(v: unknown): v is Bilingual {
  return isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string';
}

/** Findings from the error body; a bare string or malformed entry becomes a finding with that text. */
function readFields(raw: unknown): FieldFindings {
  if (!isRecord(raw)) return {};
  const out: FieldFindings = {};
  for (const [key, list] of Object.entries(raw)) {
    const items = Array.isArray(list) ? list : [list];
    out[key] = items.map((item): Finding => {
      if (isRecord(item) && isBilingual(item.message)) {
        return {
          field: typeof item.field === 'string' ? item.field : key,
          rule: typeof item.rule === 'string' ? item.rule : 'simulator',
          severity: item.severity === 'warning' || item.severity === 'info' ? item.severity : 'error',
          message: item.message,
          ...(isBilingual(item.fix) ? { fix: item.fix } : {}),
          source: typeof item.source === 'string' ? item.source : '',
        };
      }
      const text = typeof item === 'string' ? item : JSON.stringify(item);
      return { field: key, rule: 'simulator', severity: 'error', message: splitBilingual(text), source: '' };
    });
  }
  return out;
}

/** Build the ApiError for a failed answer (exported for tests). */
export function errorFromBody(status: number, body: unknown): ApiError {
  const err = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const code = typeof err?.code === 'string' ? err.code : `http-${status}`;
  let text: Bilingual;
  if (isBilingual(err?.text)) text = err.text;
  else if (typeof err?.message === 'string') text = splitBilingual(err.message);
  else text = { zh: `请求失败（HTTP ${status}）`, en: `The request failed (HTTP ${status})` };
  return new ApiError(status, code, text, readFields(err?.fields));
}

/**
 * The world this page belongs to (design §6 worlds): under `/w/<id>/beian/…` every request and
 * link of the page stays in world <id>; unprefixed pages are the world `default`.
 */
export function worldPrefixOf(pathname: string): string {
  return /^\/w\/[a-z0-9-]{1,40}(?=\/)/.exec(pathname)?.[0] ?? '';
}

export const WORLD_PREFIX = typeof location === 'undefined' ? '' : worldPrefixOf(location.pathname);

/** The world id of this page (`default` when unprefixed). */
export const WORLD_ID = WORLD_PREFIX ? WORLD_PREFIX.slice(3) : 'default';

/** A simulator path (`/api/…`, `/__sim/…`, `/beian/…`) in this page's world. */
export function inWorld(path: string): string {
  // The list of worlds is one for the whole simulator.
  if (path.startsWith('/__sim/worlds')) return path;
  return path.startsWith('/') && !path.startsWith('//') ? `${WORLD_PREFIX}${path}` : path;
}

/** The page path of `site` in world `id` (`default`: unprefixed). */
export function worldSite(id: string, site: string): string {
  return id === 'default' ? `/${site}/` : `/w/${id}/${site}/`;
}

export interface RequestOptions {
  /** Parse the answer as text instead of JSON. */
  text?: boolean;
}

export async function request<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json' } };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
  }
  let res: Response;
  try {
    res = await fetch(inWorld(path), init);
  } catch {
    throw new ApiError(0, 'network', NETWORK_TEXT);
  }
  const raw = await res.text().catch(() => '');
  let parsed: unknown = raw;
  if (!opts.text && raw) {
    try {
      parsed = JSON.parse(raw);
    } catch {
      if (res.ok)
        throw new ApiError(res.status, 'bad-answer', {
          zh: '服务器返回了无法识别的内容',
          en: 'The server sent an answer that is not JSON',
        });
    }
  }
  if (!res.ok) throw errorFromBody(res.status, parsed);
  return parsed as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown = {}) => request<T>('PUT', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, form),
};

/** Query string from defined values. */
export function qs(params: Record<string, string | number | undefined>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const out = s.toString();
  return out ? `?${out}` : '';
}
