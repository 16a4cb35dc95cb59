import { checkDraft } from '../shared/rules/engine';
for (const [nature, d] of [['个人','zhangsan.xyz'],['个人','zhangsan.zip'],['个人','zhangsan.onion'],['个人','zhangsan.ai'],['个人','zhangsan.page'],['政府机关','zhangsan.com'],['事业单位','zhangsan.com']]) {
  const r = checkDraft({ subject: { nature }, websites: [{ domains: [d!] }] }, { date: '2026-12-07', mode: 'page' });
  console.log(nature, d, r.findings.map((f) => `${f.rule}:${f.severity}`).join(' '));
}
