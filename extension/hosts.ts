// Match patterns the extension runs on. The filing site and the provincial bureaus' SMS-check pages
// are the real pages it reads; the local simulator runs on localhost / 127.0.0.1 (any port).
export const FILING_HOST_MATCHES = [
  'https://beian.aliyun.com/*',
  'https://*.beian.aliyun.com/*',
  'https://beian.miit.gov.cn/*',
  'https://*.beian.miit.gov.cn/*',
  'https://*.ca.miit.gov.cn/*',
];
export const LOCAL_HOST_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];
