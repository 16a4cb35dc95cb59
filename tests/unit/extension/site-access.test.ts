import { describe, expect, test } from 'vitest';
import { matchPatternOf, normaliseOrigin, scriptIdOf } from '../../../extension/site-access';

describe('"enable on this site": one origin, as the user named it (issue 4 §6)', () => {
  test('an address is reduced to its origin; only http(s)', () => {
    expect(normaliseOrigin('https://beian.example.com/step/1?x=1')).toBe('https://beian.example.com');
    expect(normaliseOrigin('beian.example.com')).toBe('https://beian.example.com');
    expect(normaliseOrigin('http://10.0.0.5:8080/')).toBe('http://10.0.0.5:8080');
    expect(normaliseOrigin('file:///etc/passwd')).toBeUndefined();
    expect(normaliseOrigin('javascript:alert(1)')).toBeUndefined();
    expect(normaliseOrigin('')).toBeUndefined();
  });

  test('the permission asked for covers that host only (any port), never all sites', () => {
    expect(matchPatternOf('https://beian.example.com')).toBe('https://beian.example.com/*');
    expect(matchPatternOf('http://10.0.0.5:8080')).toBe('http://10.0.0.5/*');
    expect(matchPatternOf('https://beian.example.com')).not.toContain('*.');
  });

  test('each origin has its own registered-script id', () => {
    expect(scriptIdOf('https://a.example.com')).not.toBe(scriptIdOf('https://b.example.com'));
    expect(scriptIdOf('https://a.example.com')).toMatch(/^icp-site-[A-Za-z0-9_]+$/);
  });
});
