import type { App, AppPlatform } from '../../domain/draft';
import { type AppKind, type AppPlatformId, appKindOf, appPlatformOf } from '../../formats/app-formats';
import type { RuleContext, RuleHit } from '../types';

/** One app of the draft with what its choice fields mean. */
export interface AppRef {
  app: App;
  /** `apps[0]`. */
  prefix: string;
  index: number;
  /** Kind as read from the draft; `app` when not given (most filings are apps). */
  kind: AppKind;
  /** Whether `kind` was given and recognised. */
  kindKnown: boolean;
}

export interface PlatformRef {
  platform: AppPlatform;
  /** `apps[0].platforms[1]`. */
  prefix: string;
  index: number;
  id?: AppPlatformId;
}

export function appsOf(ctx: RuleContext): AppRef[] {
  return (ctx.draft.apps ?? []).map((app, index) => {
    const known = appKindOf(app?.kind);
    return { app: app ?? {}, prefix: `apps[${index}]`, index, kind: known ?? 'app', kindKnown: known !== undefined };
  });
}

export function platformsOf(ref: AppRef): PlatformRef[] {
  return (ref.app.platforms ?? []).map((platform, index) => {
    const id = appPlatformOf(platform?.platform);
    return { platform: platform ?? {}, prefix: `${ref.prefix}.platforms[${index}]`, index, ...(id ? { id } : {}) };
  });
}

/** Run `fn` for every app, collecting hits. */
export function forEachApp(ctx: RuleContext, fn: (ref: AppRef) => RuleHit[] | RuleHit | undefined): RuleHit[] {
  const out: RuleHit[] = [];
  for (const ref of appsOf(ctx)) {
    const r = fn(ref);
    if (Array.isArray(r)) out.push(...r);
    else if (r) out.push(r);
  }
  return out;
}

/** Mini programs and quick apps have no package, key, signature, domain or access fields (MIIT annex). */
export function hasNoBuildFields(kind: AppKind): boolean {
  return kind === 'mini-program' || kind === 'quick-app';
}

export const KIND_LABEL: Record<AppKind, { zh: string; en: string }> = {
  app: { zh: 'APP', en: 'app' },
  'mini-program': { zh: '小程序', en: 'mini program' },
  'quick-app': { zh: '快应用', en: 'quick app' },
};
