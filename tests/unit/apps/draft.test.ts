import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../shared/domain/draft';
import { FIELD_CATALOGUE, fieldSpec, normaliseLabel } from '../../../shared/domain/fields';

describe('apps[] in the draft (design §3)', () => {
  it('accepts the contract shape: kind, name, platforms, domains, principal', () => {
    const r = parseDraft({
      apps: [
        {
          kind: 'app',
          name: '西湖鲜花',
          platforms: [
            {
              platform: 'android',
              packageName: 'cn.xihu.flowers',
              publicKey: '…',
              signature: 'd41d8cd98f00b204e9800998ecf8427e',
            },
            { platform: 'ios', packageName: 'cn.xihu.flowers', signature: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' },
          ],
          domains: ['api.xihu-flowers.cn'],
          serviceContent: ['网上购物'],
          languages: ['中文简体'],
          preApproval: [],
          remark: '鲜花预订',
          principal: { name: '张三', mobile: '13812345678' },
        },
      ],
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.draft.apps?.[0]?.platforms?.[1]?.platform).toBe('ios');
  });

  it('names the path of a field the schema does not know', () => {
    const r = parseDraft({ apps: [{ platforms: [{ platfrom: 'ios' }] }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('apps.0.platforms.0');
  });

  it('the catalogue has the app step labels the consoles show', () => {
    const byLabel = (label: string) =>
      FIELD_CATALOGUE.filter((f) => [f.label.zh, ...f.aliases].map(normaliseLabel).includes(normaliseLabel(label))).map(
        (f) => f.key,
      );
    expect(byLabel('APP名称')).toEqual(['apps[].name']);
    expect(byLabel('运行平台')).toEqual(['apps[].platforms[].platform']);
    expect(byLabel('包名 / Bundle ID')).toEqual(['apps[].platforms[].packageName']);
    expect(byLabel('公钥')).toEqual(['apps[].platforms[].publicKey']);
    expect(byLabel('签名MD5值')).toEqual(['apps[].platforms[].signature']);
    expect(byLabel('应用图标')).toEqual(['apps[].icon']);
    expect(byLabel('SDK')).toEqual(['apps[].sdks[]']);
    expect(fieldSpec('apps[0].platforms[1].signature')?.step).toBe('app');
    expect(fieldSpec('apps[2].principal.mobile')?.step).toBe('app');
  });
});
