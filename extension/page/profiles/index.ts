/**
 * Provider profiles (issue 13 §4): each filing console's own wording for catalogue fields and the
 * class names its component library gives form items, labels and select boxes. They are data, so a
 * console that is enabled on a new site needs a row here, not code; the locator works without any
 * profile (its generic rules read every library below), and a profile only adds labels and hints.
 */
import { PROVIDER_PROFILES } from './providers';

export interface ProviderProfile {
  id: string;
  /** Who runs the console, as users name it. */
  name: { zh: string; en: string };
  /** Host names (and their subdomains) the profile applies to. */
  hosts: string[];
  /** The component library the console is built with, and how the library lays out a form. */
  library: { name: string; formItem: string; label: string; select: string; tag?: string };
  /** Extra labels for catalogue fields (field key → labels as this console shows them). */
  labels: Record<string, string[]>;
  /** Where the wording was seen (a page a person can open), and its date when the page gives one. */
  source: { title: string; url: string; date?: string };
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
