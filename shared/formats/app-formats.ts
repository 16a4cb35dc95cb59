// The app filing's formats (package names, signatures, public key) and the readers of the two choice
// fields (kind, platform), which forms show with their own labels.

import { androidPackageFormat, harmonyBundleNameFormat, iosBundleIdFormat } from './app-package-name';
import { publicKeyFormat } from './app-public-key';
import { androidSignatureFormat, harmonySignatureFormat, iosSignatureFormat } from './app-signature';
import type { Format } from './define';
import { foldAndTrim } from './input-text';

export * from './app-package-name';
export * from './app-public-key';
export * from './app-signature';

export type AppKind = 'app' | 'mini-program' | 'quick-app';
export type AppPlatformId = 'android' | 'ios' | 'harmony' | 'other';

/** Labels seen for each kind (design §3 values first); compared after NFKC, lower case, no spaces. */
export const APP_KIND_LABELS: Record<AppKind, readonly string[]> = {
  app: ['app', 'APP', '移动互联网应用程序', '应用程序', '移动应用'],
  'mini-program': ['mini-program', '小程序', '微信小程序', '支付宝小程序', '抖音小程序', '百度小程序'],
  'quick-app': ['quick-app', '快应用'],
};

/** 运行平台 options (research A12: 安卓、iOS、黑莓、鸿蒙、linux、其他). */
export const APP_PLATFORM_LABELS: Record<AppPlatformId, readonly string[]> = {
  android: ['android', '安卓', 'Android'],
  ios: ['ios', 'iOS', '苹果', 'iPhone', 'iPadOS'],
  harmony: ['harmony', '鸿蒙', 'HarmonyOS', 'HarmonyOS NEXT', 'OpenHarmony', '鸿蒙系统'],
  other: ['other', '其他', '黑莓', 'linux', 'Linux', 'Windows', 'macOS'],
};

const key = (s: string) => foldAndTrim(s).toLowerCase().replace(/\s/g, '');

function reader<T extends string>(labels: Record<T, readonly string[]>): (value: string | undefined) => T | undefined {
  const index = new Map<string, T>();
  for (const [id, list] of Object.entries(labels) as [T, readonly string[]][])
    for (const label of list) index.set(key(label), id);
  return (value) => (value ? index.get(key(value)) : undefined);
}

/** `小程序` → `mini-program`; undefined when not recognised. */
export const appKindOf = reader(APP_KIND_LABELS);
/** `安卓` → `android`; undefined when not recognised. */
export const appPlatformOf = reader(APP_PLATFORM_LABELS);

/** The package-name format of a platform (other platforms: the Android syntax is the closest rule). */
export function packageFormatFor(platform: AppPlatformId | undefined): Format | undefined {
  if (platform === 'android') return androidPackageFormat as Format;
  if (platform === 'ios') return iosBundleIdFormat as Format;
  if (platform === 'harmony') return harmonyBundleNameFormat as Format;
  return undefined;
}

/** The signature format of a platform (other platforms: any certificate fingerprint). */
export function signatureFormatFor(platform: AppPlatformId | undefined): Format | undefined {
  if (platform === 'android') return androidSignatureFormat as Format;
  if (platform === 'ios') return iosSignatureFormat as Format;
  if (platform === 'harmony' || platform === 'other') return harmonySignatureFormat as Format;
  return undefined;
}

export const APP_FORMATS: readonly Format[] = [
  androidPackageFormat,
  iosBundleIdFormat,
  harmonyBundleNameFormat,
  androidSignatureFormat,
  iosSignatureFormat,
  harmonySignatureFormat,
  publicKeyFormat,
] as Format[];
