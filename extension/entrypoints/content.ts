import { FILING_HOST_MATCHES, LOCAL_HOST_MATCHES } from '../hosts';
export default defineContentScript({
  matches: [...FILING_HOST_MATCHES, ...LOCAL_HOST_MATCHES],
  main() {},
});
