/**
 * Provider profiles (issue 13 §4): each filing console's own wording for catalogue fields. They are
 * data, so a console that is enabled on a new site needs a row here, not code; the locator works
 * without any profile (its generic rules read every library), and a profile only adds labels.
 *
 * What the page needs (hosts and labels) is in providers.ts; who runs each console, its component
 * library and where the wording was seen are in notes.ts, which the content script does not load
 * (issue 17 item 4: its 20 KB gzip budget).
 */
import { PROVIDER_PROFILES } from './providers';

export interface ProviderProfile {
  id: string;
  /** Host names (and their subdomains) the profile applies to. */
  hosts: string[];
  /** Extra labels for catalogue fields (field key → labels as this console shows them). */
  labels: Record<string, string[]>;
}

export { PROVIDER_PROFILES };

/** The profile of the console on this host, if any: the host itself or one of its parent domains. */
export function profileForHost(host: string, profiles: readonly ProviderProfile[] = PROVIDER_PROFILES) {
  const h = host.toLowerCase().replace(/\.$/, '');
  return profiles.find((p) => p.hosts.some((ph) => h === ph || h.endsWith(`.${ph}`)));
}

/** The profile's extra labels per field key. */
export function profileAliases(profile: ProviderProfile): [string, string[]][] {
  return Object.entries(profile.labels);
}
