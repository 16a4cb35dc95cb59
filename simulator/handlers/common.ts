import { HttpResponse } from 'msw';
import type { z } from 'zod';
import type { Bilingual } from '../../shared/domain/bilingual';
import type { Finding } from '../../shared/domain/finding';
import { ApiError, addFinding, fieldFinding, validationError } from '../state/errors';
import type { SimStore } from '../state/store';
import { openWorld, type World } from '../state/world';

/** JSON answer. */
export function json(body: unknown, status = 200): Response {
  return HttpResponse.json(body as never, { status });
}

export function errorResponse(e: ApiError): Response {
  return HttpResponse.json(e.toJSON() as never, { status: e.status });
}

/** Where internal errors are logged (the server passes its log; tests may replace it). */
let internalLog: (line: string) => void = (line) => console.error(line);
export function setInternalErrorLog(log: (line: string) => void): void {
  internalLog = log;
}

let internalCounter = 0;

/**
 * An unexpected failure (issue 12 item 3): the answer says "internal error" with an id to quote,
 * and only the server log has the details (a stack may name files and state).
 */
export function internalErrorResponse(e: unknown): Response {
  const id = `E${Date.now().toString(36)}-${(++internalCounter).toString(36)}`;
  internalLog(`internal error ${id}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return HttpResponse.json(
    {
      error: {
        code: 'internal',
        id,
        message: `内部错误（${id}），详情见模拟器日志 / internal error (${id}); details are in the simulator's log`,
        text: {
          zh: `内部错误（${id}），详情见模拟器日志`,
          en: `Internal error (${id}); details are in the simulator's log`,
        },
      },
    },
    { status: 500 },
  );
}

/**
 * Run a request inside one store transaction (serialised; all-or-nothing) with the world caught up
 * to the simulated now. An ApiError becomes its JSON answer and the state is left untouched.
 */
export async function inWorld(store: SimStore, fn: (w: World) => Response | Promise<Response>): Promise<Response> {
  try {
    return await store.transact((tx) => fn(openWorld(tx)));
  } catch (e) {
    if (e instanceof ApiError) return errorResponse(e);
    return internalErrorResponse(e);
  }
}

/** Answer ApiErrors thrown outside a transaction (body parsing). */
export async function guarded(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ApiError) return errorResponse(e);
    return internalErrorResponse(e);
  }
}

const INVALID_JSON: Bilingual = { zh: '请求不是有效的 JSON', en: 'The request body is not valid JSON' };

/** The body as JSON; an empty body is `{}`. 400 when it does not parse (design §6). */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid-json', INVALID_JSON);
  }
}

function issueMessage(issue: z.core.$ZodIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { zh: '必填', en: 'Required' }
        : { zh: `类型不正确（应为 ${issue.expected}）`, en: `Wrong type (expected ${issue.expected})` };
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? { zh: '必填', en: 'Required' }
        : {
            zh: `太小或太短（至少 ${String(issue.minimum)}）`,
            en: `Too small or too short (at least ${String(issue.minimum)})`,
          };
    case 'too_big':
      return {
        zh: `太大或太长（至多 ${String(issue.maximum)}）`,
        en: `Too big or too long (at most ${String(issue.maximum)})`,
      };
    case 'invalid_value':
      return {
        zh: `取值无效，可选：${issue.values.map(String).join('、')}`,
        en: `Invalid value; one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_format':
      return { zh: '格式不正确', en: `Wrong format (${issue.format})` };
    default:
      return { zh: `输入无效：${issue.message}`, en: `Invalid input: ${issue.message}` };
  }
}

/** `["websites", 0, "name"]` → `websites[0].name` (design §3 field keys). */
export function pathKey(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(body)';
}

/**
 * zod-validate a request body (design §7). Failures → 422 with bilingual findings per field; `mapKey`
 * turns a request path into the page's field key (e.g. `idNumber` → `subject.idNumber`).
 */
export function parseBody<S extends z.ZodType>(
  schema: S,
  data: unknown,
  mapKey: (key: string) => string = (k) => k,
): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fields: Record<string, Finding[]> = {};
  for (const issue of result.error.issues) {
    const keys =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => pathKey([...issue.path, k])) : [pathKey(issue.path)];
    for (const raw of keys) {
      const key = mapKey(raw);
      const message: Bilingual =
        issue.code === 'unrecognized_keys' ? { zh: '不认识的字段', en: 'Unknown field' } : issueMessage(issue);
      addFinding(
        fields,
        key,
        fieldFinding(
          key,
          'request.schema',
          message,
          { zh: '请按接口说明填写该字段', en: 'Fill in this field as simulator/API.md describes' },
          'simulator/API.md',
        ),
      );
    }
  }
  throw validationError(fields, {
    zh: '请求数据无效：请检查标红的字段',
    en: 'Invalid request: check the fields marked in red',
  });
}

export async function body<S extends z.ZodType>(
  request: Request,
  schema: S,
  mapKey?: (key: string) => string,
): Promise<z.infer<S>> {
  return parseBody(schema, await readJson(request), mapKey);
}

export function param(params: Record<string, string | readonly string[] | undefined>, name: string): string {
  const v = params[name];
  return Array.isArray(v) ? (v[0] ?? '') : ((v as string | undefined) ?? '');
}
