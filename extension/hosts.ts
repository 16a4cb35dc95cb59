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

/** Host names of the local simulator: the only pages whose own date (`icp-sim-date`) is believed. */
const SIMULATOR_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether an address is on the local simulator's hosts (http, any port). */
export function isSimulatorAddress(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' && SIMULATOR_HOSTNAMES.has(u.hostname);
  } catch {
    return false;
  }
}

/** The meta tag the simulator's pages carry with their simulated date (YYYY-MM-DD). */
export const SIM_DATE_META = 'icp-sim-date';
