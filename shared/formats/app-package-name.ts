// Package identifiers of app builds, as the app filing form asks for them (包名 / Bundle ID):
// the Android applicationId, the iOS Bundle ID and the HarmonyOS bundle name. Each platform has its own
// syntax; the filing system compares the value with the store build (research A10: 小米 requires the
// same 包名 as the filing), so a value copied from a debug build is warned about.

import { defineFormat, type Format, type FormatIssue, formatResult } from './define';
import { describeChar, firstDisallowed, foldAndTrim } from './input-text';

export type PackageNameDetails = {
  segments: string[];
};

const ANDROID_SOURCE =
  'Android Developers「Configure the app module」applicationId naming rules (developer.android.com); 《工业和信息化部关于开展移动互联网应用程序备案工作的通知》附件 包名ID (2023)';
const ANDROID_URL = 'https://developer.android.com/build/configure-app-module#set-application-id';
const IOS_SOURCE =
  'Apple Developer「CFBundleIdentifier」(developer.apple.com); 《工业和信息化部关于开展移动互联网应用程序备案工作的通知》附件 包名ID (2023)';
const IOS_URL =
  'https://developer.apple.com/documentation/bundleresources/information-property-list/cfbundleidentifier';
const HARMONY_SOURCE =
  'HarmonyOS / OpenHarmony 开发文档「app.json5配置文件」bundleName 命名规则; 《工业和信息化部关于开展移动互联网应用程序备案工作的通知》附件 包名ID (2023)';

/** Suffixes build tools add for non-release variants (`applicationIdSuffix ".debug"`, Xcode `.dev` schemes). */
const DEBUG_SUFFIXES = ['debug', 'dev', 'develop', 'test', 'beta', 'staging', 'qa', 'alpha'];
/** Template identifiers that new projects start with and nobody ships. */
const TEMPLATE_PREFIXES = ['com.example', 'org.example', 'com.yourcompany', 'com.mycompany', 'com.company'];

/** Trim, fold full-width letters and dots (IMEs type `。` for a dot) and drop spaces around dots. */
function normalisePackage(value: string): string {
  return foldAndTrim(value)
    .replace(/\u3002/g, '.')
    .replace(/\s*\.\s*/g, '.');
}

const COMMON_ISSUES = {
  empty: {
    severity: 'error',
    message: { zh: '包名为空。', en: 'The package name is empty.' },
    fix: {
      zh: '填写发布版安装包的包名（与应用商店上架的一致）。',
      en: 'Enter the package name of the release build (the one in the app store).',
    },
    fires: [''],
  },
  normalised: {
    severity: 'warning',
    message: {
      zh: '包名含全角字符或多余空格，应为 {normalized}。',
      en: 'The package name contains full-width characters or spaces; it should be {normalized}.',
    },
    fix: { zh: '请填写为 {normalized}。', en: 'Enter {normalized}.' },
    // The IME's full stop 。 for a dot; full-width letters.
    fires: ['cn。zhangsan。photo', 'ｃｎ.zhangsan.photo'],
  },
  'empty-segment': {
    severity: 'error',
    message: {
      zh: '包名以点开头或结尾，或有连续的点。',
      en: 'The package name starts or ends with a dot, or has two dots in a row.',
    },
    fix: {
      zh: '包名形如 cn.example.app，各段之间一个点。',
      en: 'A package name looks like cn.example.app, one dot between parts.',
    },
    fires: ['cn..zhangsan.photo', 'cn.zhangsan.photo.'],
  },
  'debug-suffix': {
    severity: 'warning',
    message: {
      zh: '包名以「.{suffix}」结尾，像是调试或测试版本的包名。',
      en: 'The package name ends in ".{suffix}", which looks like a debug or test build.',
    },
    fix: {
      zh: '备案须填写上架的发布版本的包名；应用商店会核对包名与备案信息是否一致。',
      en: 'File the package name of the release build in the store: stores compare it with the filing.',
    },
    fires: ['cn.zhangsan.photo.debug', 'cn.zhangsan.photo.beta'],
    passes: ['cn.zhangsan.debugger'],
  },
  template: {
    severity: 'warning',
    message: {
      zh: '包名「{normalized}」以项目模板的默认前缀 {prefix} 开头，像是未修改的示例包名。',
      en: 'The package name "{normalized}" starts with the project template prefix {prefix}: it looks like an unchanged example.',
    },
    fix: {
      zh: '填写发布版实际使用的包名。',
      en: 'Enter the package name the release build actually uses.',
    },
    fires: ['com.example.myapplication', 'com.mycompany.photo'],
    passes: ['com.examples.photo'],
  },
} as const;

function commonChecks(normalized: string, issues: FormatIssue[]): string[] {
  const segments = normalized.split('.');
  const last = segments[segments.length - 1]?.toLowerCase() ?? '';
  if (segments.length > 1 && DEBUG_SUFFIXES.includes(last))
    issues.push({ code: 'debug-suffix', params: { suffix: last } });
  const lower = normalized.toLowerCase();
  const prefix = TEMPLATE_PREFIXES.find((p) => lower === p || lower.startsWith(`${p}.`));
  if (prefix) issues.push({ code: 'template', params: { prefix } });
  return segments;
}

function checkWith(
  format: Pick<Format<PackageNameDetails>, 'issues'>,
  value: string,
  allowed: RegExp,
  extra: (normalized: string, segments: string[], issues: FormatIssue[]) => void,
) {
  const normalized = normalisePackage(value);
  const issues: FormatIssue[] = [];
  if (!normalized) return formatResult(format, normalized, [{ code: 'empty' }]);
  if (normalized !== value) issues.push({ code: 'normalised' });
  const bad = firstDisallowed(normalized, allowed);
  if (bad) {
    issues.push({ code: 'charset', params: { char: describeChar(bad.char), position: bad.position } });
    return formatResult(format, normalized, issues);
  }
  const segments = normalized.split('.');
  if (segments.some((s) => s === '')) {
    issues.push({ code: 'empty-segment' });
    return formatResult(format, normalized, issues);
  }
  extra(normalized, segments, issues);
  commonChecks(normalized, issues);
  return formatResult(format, normalized, issues, { segments });
}

/** Android applicationId: at least two segments, each starting with a letter, only [A-Za-z0-9_]. */
export const androidPackageFormat: Format<PackageNameDetails> = defineFormat<PackageNameDetails>({
  id: 'app-package-android',
  name: { zh: '安卓包名', en: 'Android package name (applicationId)' },
  source: ANDROID_SOURCE,
  sourceUrl: ANDROID_URL,
  valid: ['cn.zhangsan.photo', 'cn.zhangsan.Photo_2'],
  issues: {
    ...COMMON_ISSUES,
    charset: {
      severity: 'error',
      message: {
        zh: '安卓包名第 {position} 个字符 {char} 无效：只能用英文字母、数字、下划线和点。',
        en: 'Character {position} of the Android package name, {char}, is not allowed: use letters, digits, underscores and dots.',
      },
      fix: {
        zh: '从 build.gradle 的 applicationId 或 `aapt dump badging app-release.apk` 的 package: name 复制包名。',
        en: 'Copy it from applicationId in build.gradle, or from package: name in `aapt dump badging app-release.apk`.',
      },
      fires: ['cn.zhangsan.my-photo', 'cn.张三.photo'],
    },
    segments: {
      severity: 'error',
      message: {
        zh: '安卓包名至少要有两段（如 cn.example），「{normalized}」只有一段。',
        en: 'An Android package name has at least two parts (such as cn.example); "{normalized}" has one.',
      },
      fix: { zh: '填写完整的包名，如 cn.example.app。', en: 'Enter the whole package name, such as cn.example.app.' },
      fires: ['zhangsanphoto'],
    },
    'segment-start': {
      severity: 'error',
      message: {
        zh: '安卓包名的每一段都要以字母开头，「{segment}」不是。',
        en: 'Each part of an Android package name starts with a letter; "{segment}" does not.',
      },
      fix: {
        zh: '请核对包名，从发布版安装包中读取。',
        en: 'Check the package name; read it from the release build.',
      },
      fires: ['cn.zhangsan.1photo', 'cn.zhangsan._photo'],
      passes: ['cn.zhangsan.photo1'],
    },
  },
  check(value) {
    return checkWith(androidPackageFormat, value, /[A-Za-z0-9_.]/, (normalized, segments, issues) => {
      if (segments.length < 2) issues.push({ code: 'segments', params: { normalized } });
      const badStart = segments.find((s) => !/^[A-Za-z]/.test(s));
      if (badStart) issues.push({ code: 'segment-start', params: { segment: badStart } });
    });
  },
});

/** iOS Bundle ID: letters, digits, hyphens and dots (no underscore), reverse-DNS; no wildcard. */
export const iosBundleIdFormat: Format<PackageNameDetails> = defineFormat<PackageNameDetails>({
  id: 'app-bundle-id-ios',
  name: { zh: 'iOS Bundle ID', en: 'iOS Bundle ID' },
  source: IOS_SOURCE,
  sourceUrl: IOS_URL,
  valid: ['cn.zhangsan.photo', 'cn.zhangsan.my-photo'],
  issues: {
    ...COMMON_ISSUES,
    empty: {
      severity: 'error',
      message: { zh: 'Bundle ID 为空。', en: 'The Bundle ID is empty.' },
      fix: {
        zh: '填写 App Store Connect 中该应用的 Bundle ID。',
        en: "Enter the app's Bundle ID as App Store Connect shows it.",
      },
      fires: [''],
    },
    wildcard: {
      severity: 'error',
      message: {
        zh: 'Bundle ID「{normalized}」含 *：这是通配的 App ID，不是应用的 Bundle ID。',
        en: 'The Bundle ID "{normalized}" contains *: that is a wildcard App ID, not the app\'s Bundle ID.',
      },
      fix: {
        zh: '填写 Xcode 中 Target → General → Bundle Identifier 的完整值。',
        en: 'Enter the full value of Target → General → Bundle Identifier in Xcode.',
      },
      fires: ['cn.zhangsan.*', '*'],
    },
    charset: {
      severity: 'error',
      message: {
        zh: 'Bundle ID 第 {position} 个字符 {char} 无效：只能用英文字母、数字、连字符(-)和点（iOS 不允许下划线）。',
        en: 'Character {position} of the Bundle ID, {char}, is not allowed: use letters, digits, hyphens and dots (iOS allows no underscore).',
      },
      fix: {
        zh: '从 Xcode 的 Bundle Identifier 或 App Store Connect 复制 Bundle ID。',
        en: 'Copy the Bundle ID from Xcode (Bundle Identifier) or App Store Connect.',
      },
      fires: ['cn.zhangsan.photo_app', 'cn.zhangsan.photo app'],
    },
    'single-segment': {
      severity: 'warning',
      message: {
        zh: 'Bundle ID「{normalized}」只有一段；通常为反向域名形式，如 cn.example.app。',
        en: 'The Bundle ID "{normalized}" has one part; Bundle IDs are normally reverse-DNS, such as cn.example.app.',
      },
      fix: {
        zh: '核对是否填写了完整的 Bundle ID。',
        en: 'Check that the whole Bundle ID was entered.',
      },
      fires: ['zhangsanphoto'],
    },
  },
  check(value) {
    const normalized = normalisePackage(value);
    if (normalized.includes('*'))
      return formatResult(iosBundleIdFormat, normalized, [
        ...(normalized !== value ? [{ code: 'normalised' }] : []),
        { code: 'wildcard', params: { normalized } },
      ]);
    return checkWith(iosBundleIdFormat, value, /[A-Za-z0-9\-.]/, (normalized, segments, issues) => {
      if (segments.length < 2) issues.push({ code: 'single-segment', params: { normalized } });
    });
  },
});

/** HarmonyOS bundleName: letters, digits, underscores and dots, starting with a letter, 7–128 bytes. */
export const harmonyBundleNameFormat: Format<PackageNameDetails> = defineFormat<PackageNameDetails>({
  id: 'app-bundle-name-harmony',
  name: { zh: '鸿蒙 Bundle 名称', en: 'HarmonyOS bundle name' },
  source: HARMONY_SOURCE,
  valid: ['cn.zhangsan.photo', 'cn.zhangsan.photo_app'],
  issues: {
    ...COMMON_ISSUES,
    charset: {
      severity: 'error',
      message: {
        zh: '鸿蒙 Bundle 名称第 {position} 个字符 {char} 无效：只能用英文字母、数字、下划线和点。',
        en: 'Character {position} of the HarmonyOS bundle name, {char}, is not allowed: use letters, digits, underscores and dots.',
      },
      fix: {
        zh: '从 AppScope/app.json5 的 bundleName 复制。',
        en: 'Copy it from bundleName in AppScope/app.json5.',
      },
      fires: ['cn.zhangsan.my-photo', 'cn.zhangsan.photo app'],
    },
    start: {
      severity: 'error',
      message: {
        zh: '鸿蒙 Bundle 名称必须以字母开头。',
        en: 'A HarmonyOS bundle name starts with a letter.',
      },
      fix: { zh: '从 AppScope/app.json5 的 bundleName 复制。', en: 'Copy it from bundleName in AppScope/app.json5.' },
      fires: ['1zhangsan.photo', '_zhangsan.photo'],
    },
    length: {
      severity: 'error',
      message: {
        zh: '鸿蒙 Bundle 名称有 {length} 个字符，应为 7 到 128 个。',
        en: 'The HarmonyOS bundle name has {length} characters; it must have 7 to 128.',
      },
      fix: { zh: '从 AppScope/app.json5 的 bundleName 复制。', en: 'Copy it from bundleName in AppScope/app.json5.' },
      fires: ['cn.app', 'a.b.c'],
      passes: ['cn.appx'],
    },
  },
  check(value) {
    return checkWith(harmonyBundleNameFormat, value, /[A-Za-z0-9_.]/, (normalized, _segments, issues) => {
      if (!/^[A-Za-z]/.test(normalized)) issues.push({ code: 'start' });
      if (normalized.length < 7 || normalized.length > 128)
        issues.push({ code: 'length', params: { length: normalized.length } });
    });
  },
});
