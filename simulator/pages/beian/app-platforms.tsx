/**
 * 运行平台 rows of the app step: one row per platform build (安卓, iOS, 鸿蒙, 其他), each with its
 * 包名 / Bundle ID, 公钥 and 签名MD5值 (design §3 `apps[i].platforms[j]`). Labels are the field
 * catalogue's, so the extension's locator reads the rows in order.
 */
import type { AppPlatform } from '../../../shared/domain/draft';
import { SelectField, TextAreaField, TextField } from '../shared/form';

/** The 运行平台 options as the MIIT annex and providers show them; values are design §3 `platform`. */
export const APP_PLATFORM_OPTIONS = [
  { value: 'android', label: '安卓' },
  { value: 'ios', label: 'iOS' },
  { value: 'harmony', label: '鸿蒙' },
  { value: 'other', label: '其他' },
] as const;

/** Where the value of 签名MD5值 comes from, per platform (research currency-2026 A13–A15). */
const SIGNATURE_HINTS: Record<string, string> = {
  android: '安卓：发布版签名证书的 MD5 指纹（32 位十六进制）',
  ios: 'iOS：字段名虽为「签名MD5值」，应填写发布证书的 SHA-1 指纹（40 位十六进制）',
  harmony: '鸿蒙：发布证书的指纹值',
};

export function PlatformRows({
  prefix,
  platforms,
  onPlatforms,
  readOnly,
}: {
  prefix: string;
  platforms: AppPlatform[];
  onPlatforms: (p: AppPlatform[]) => void;
  readOnly?: boolean;
}) {
  const setAt = (j: number, key: keyof AppPlatform) => (v: string) =>
    onPlatforms(platforms.map((p, k) => (k === j ? { ...p, [key]: v } : p)));
  return (
    <>
      {platforms.map((p, j) => {
        const at = `${prefix}.platforms[${j}]`;
        return (
          <fieldset key={j} class="platform">
            <legend>运行平台 {j + 1}</legend>
            <SelectField
              fieldKey={`${at}.platform`}
              value={p.platform}
              onValue={setAt(j, 'platform')}
              options={APP_PLATFORM_OPTIONS}
              disabled={readOnly}
              required
            />
            <TextField
              fieldKey={`${at}.packageName`}
              label="包名 / Bundle ID"
              value={p.packageName}
              onValue={setAt(j, 'packageName')}
              readOnly={readOnly}
              required
              placeholder="例如 cn.example.app"
            />
            <TextAreaField
              fieldKey={`${at}.publicKey`}
              value={p.publicKey}
              onValue={setAt(j, 'publicKey')}
              readOnly={readOnly}
              hint="签名证书的公钥（RSA 模数或 PEM），切勿填写私钥"
            />
            <TextField
              fieldKey={`${at}.signature`}
              value={p.signature}
              onValue={setAt(j, 'signature')}
              readOnly={readOnly}
              required
              hint={SIGNATURE_HINTS[p.platform ?? ''] ?? '签名证书的指纹（十六进制）'}
            />
            {!readOnly && platforms.length > 1 ? (
              <div class="actions" style={{ marginTop: 0 }}>
                <button
                  type="button"
                  class="small"
                  aria-label={`删除运行平台 ${j + 1}`}
                  onClick={() => onPlatforms(platforms.filter((_, k) => k !== j))}
                >
                  删除此平台
                </button>
              </div>
            ) : null}
          </fieldset>
        );
      })}
      {!readOnly ? (
        <div class="actions" style={{ marginTop: 8, marginBottom: 14 }}>
          <button type="button" class="small" onClick={() => onPlatforms([...platforms, {}])}>
            添加运行平台
          </button>
        </div>
      ) : null}
    </>
  );
}
