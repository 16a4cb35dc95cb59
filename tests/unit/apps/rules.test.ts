import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { App, FilingDraft } from '../../../shared/domain/draft';
import { APP_RULES } from '../../../shared/rules/apps';
import { APP_FILING_FROM } from '../../../shared/rules/apps/sources';
import { type CheckOptions, checkDraft, listRules } from '../../../shared/rules/engine';

const good = (): FilingDraft => JSON.parse(readFileSync('tests/fixtures/drafts/zj-app-good.json', 'utf8'));
function withApp(edit: (app: App, d: FilingDraft) => void): FilingDraft {
  const d = good();
  const app = d.apps?.[0];
  if (!app) throw new Error('fixture has no app');
  edit(app, d);
  return d;
}
const findings = (d: FilingDraft, options: CheckOptions = {}) => checkDraft(d, options).findings;
const rules = (d: FilingDraft, options: CheckOptions = {}) => findings(d, options).map((f) => f.rule);
const at = (d: FilingDraft, field: string) => findings(d).filter((f) => f.field === field);

describe('the good app draft', () => {
  it('has no error or warning (the keytool-style signature only gets a normalisation note)', () => {
    const f = findings(good());
    expect(f.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(f.map((x) => x.rule)).toEqual(['app-signature-android.normalised']);
  });
});

describe('signatures per platform', () => {
  it('iOS with a 32-hex MD5 is an error at apps[0].platforms[1].signature that explains the SHA-1', () => {
    const d = withApp((a) => {
      const ios = a.platforms?.[1];
      if (ios) ios.signature = 'd41d8cd98f00b204e9800998ecf8427e';
    });
    const [f] = at(d, 'apps[0].platforms[1].signature');
    expect(f).toMatchObject({ rule: 'app-signature-ios.md5-given', severity: 'error' });
    expect(f?.message.en).toContain('SHA-1');
    expect(f?.fix?.zh).toContain('openssl x509');
  });

  it('the same 40-hex value is right on iOS and wrong on Android', () => {
    const sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
    const d = withApp((a) => {
      for (const p of a.platforms ?? []) p.signature = sha1;
    });
    expect(at(d, 'apps[0].platforms[1].signature')).toEqual([]);
    expect(at(d, 'apps[0].platforms[0].signature').map((f) => f.rule)).toEqual(['app-signature-android.sha1-given']);
  });

  it('the platform label as the form shows it (苹果) picks the iOS rules', () => {
    const d = withApp((a) => {
      const ios = a.platforms?.[1];
      if (ios) {
        ios.platform = '苹果';
        ios.signature = 'd41d8cd98f00b204e9800998ecf8427e';
      }
    });
    expect(rules(d)).toContain('app-signature-ios.md5-given');
  });

  it('an unknown platform is a warning and its values are not format-checked', () => {
    const d = withApp((a) => {
      const p = a.platforms?.[0];
      if (p) {
        p.platform = 'Symbian';
        p.packageName = 'x';
      }
    });
    expect(rules(d)).toContain('app.platform-unknown');
    expect(rules(d).filter((r) => r.startsWith('app-package'))).toEqual([]);
  });

  it('Android package names follow the Android syntax, iOS Bundle IDs the Apple syntax', () => {
    const d = withApp((a) => {
      const [android, ios] = a.platforms ?? [];
      if (android) android.packageName = 'cn.zhangsan.photo.debug';
      if (ios) ios.packageName = 'cn.zhangsan.photo_app';
    });
    expect(rules(d)).toEqual(expect.arrayContaining(['app-package-android.debug-suffix', 'app-bundle-id-ios.charset']));
  });

  it('a private key pasted as 公钥 is an error, and the key is not echoed in the finding', () => {
    const key = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';
    const d = withApp((a) => {
      const p = a.platforms?.[0];
      if (p) p.publicKey = key;
    });
    const [f] = at(d, 'apps[0].platforms[0].publicKey');
    expect(f).toMatchObject({ rule: 'app-public-key.private-key', severity: 'error' });
    expect(JSON.stringify(f)).not.toContain('MIIEvQ');
    expect(f?.fix?.zh).toContain('吊销');
  });
});

describe('names', () => {
  const named = (name: string) => rules(withApp((a) => (a.name = name)));
  it('emoji are an error; placeholders, generic and marketing words are warnings', () => {
    expect(named('山水摄影📷')).toContain('app.name-emoji');
    expect(named('测试')).toContain('app.name-placeholder');
    expect(named('{app_name}')).toContain('app.name-placeholder');
    expect(named('天气APP')).toContain('app.name-generic');
    expect(named('西湖天气')).not.toContain('app.name-generic');
    expect(named('山水摄影 限时免费')).toContain('app.name-marketing');
    const f = findings(withApp((a) => (a.name = '山水摄影📷'))).find((x) => x.rule === 'app.name-emoji');
    expect(f?.severity).toBe('error');
  });

  it('the same package filed as two apps with different names is a warning on the second', () => {
    const d = withApp((a, draft) => {
      draft.apps?.push({ ...structuredClone(a), name: '山水相册' });
    });
    const f = findings(d).filter((x) => x.rule === 'app.name-same-on-platforms');
    expect(f.map((x) => x.field)).toEqual(['apps[1].name']);
  });
});

describe('icon, domains, kinds, order', () => {
  it('an icon over 100 KB is an error; between 100,000 and 102,400 bytes a warning', () => {
    const over = findings(withApp((a) => (a.iconBytes = 150_000))).find((f) => f.rule === 'app.icon-size');
    expect(over).toMatchObject({ field: 'apps[0].icon', severity: 'error' });
    const edge = findings(withApp((a) => (a.iconBytes = 101_000))).find((f) => f.rule === 'app.icon-size');
    expect(edge?.severity).toBe('warning');
    expect(rules(withApp((a) => (a.iconBytes = 100_000)))).not.toContain('app.icon-size');
  });

  it('app domains are filed down to the level used: subdomains are fine, five levels are too deep', () => {
    expect(rules(withApp((a) => (a.domains = ['img.api.zhangsan-photo.cn'])))).not.toContain('domain-name.subdomain');
    expect(rules(withApp((a) => (a.domains = ['a.b.c.zhangsan-photo.cn'])))).toContain('app.domain-depth');
    const bare = findings(withApp((a) => (a.domains = ['zhangsan-photo.cn']))).find(
      (f) => f.rule === 'app.domain-level-used',
    );
    expect(bare?.severity).toBe('info');
    expect(rules(withApp((a) => (a.domains = ['zhangsan photo'])))).toContain('app-domain.invalid-character');
  });

  it('a mini program with a signature and domains gets warnings and no format or required checks for them', () => {
    const d = withApp((a) => {
      a.kind = '小程序';
      const ios = a.platforms?.[1];
      if (ios) ios.signature = 'd41d8cd98f00b204e9800998ecf8427e';
    });
    const r = rules(d);
    expect(r).not.toContain('app-signature-ios.md5-given');
    expect(
      findings(d)
        .filter((f) => f.rule === 'app.mini-program-no-build-fields')
        .map((f) => f.field)
        .sort(),
    ).toEqual([
      'apps[0].domains[0]',
      'apps[0].platforms[0].publicKey',
      'apps[0].platforms[0].signature',
      'apps[0].platforms[1].publicKey',
      'apps[0].platforms[1].signature',
    ]);
    const mini = withApp((a) => {
      a.kind = 'mini-program';
      a.platforms = [];
      a.domains = [];
    });
    expect(rules(mini).filter((x) => x.startsWith('required.apps'))).toEqual([]);
  });

  it('an individual filing a website and an app in one order is warned; an organisation is not', () => {
    const website = { name: '山水摄影记录', domains: ['zhangsan-photo.cn'] };
    const personal = withApp((_a, d) => (d.websites = [website]));
    expect(findings(personal).find((f) => f.rule === 'app.individual-separate-orders')).toMatchObject({
      field: 'apps[0].name',
      severity: 'warning',
    });
    const org = withApp((_a, d) => {
      d.websites = [website];
      if (d.subject) d.subject.nature = '企业';
    });
    expect(rules(org)).not.toContain('app.individual-separate-orders');
  });

  it('the app principal needs a mobile: the SMS code goes there', () => {
    const d = withApp((a) => {
      if (a.principal) a.principal.mobile = '';
    });
    const f = findings(d).find((x) => x.rule === 'required.apps.principal.mobile');
    expect(f?.field).toBe('apps[0].principal.mobile');
    expect(f?.message.zh).toContain('短信核验');
    const short = withApp((a) => {
      if (a.principal) a.principal.mobile = '1381234567';
    });
    expect(rules(short)).toContain('mobile.length');
  });
});

describe('dates and listing', () => {
  it('before 2023-09-01 no app rule applies and an info says app filing did not exist', () => {
    const d = withApp((a, draft) => {
      draft.date = '2023-08-31';
      a.name = '测试📷';
    });
    expect(rules(d).filter((r) => r.startsWith('app') || r.startsWith('required.apps'))).toEqual([
      'app.before-app-filing',
    ]);
    expect(rules({ ...d, date: APP_FILING_FROM })).toContain('app.name-emoji');
  });

  it('every app rule is listed with a bilingual message, a readable source and its start date', () => {
    const listed = new Map(listRules({ province: '浙江' }).map((r) => [r.id, r]));
    for (const rule of APP_RULES) {
      const info = listed.get(rule.id);
      expect(info, rule.id).toBeDefined();
      expect(info?.message.zh && info.message.en && info.fix.zh && info.fix.en, rule.id).toBeTruthy();
      expect(info?.source, rule.id).toMatch(/[《「]/);
      expect(info?.source, rule.id).not.toMatch(/research|HW-KB|DEV-APP26|\.md/);
      if (rule.id !== 'app.before-app-filing') expect(info?.effective.from, rule.id).toBe(APP_FILING_FROM);
    }
    const ids = APP_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
