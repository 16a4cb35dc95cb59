import type { Rule } from '../types';
import { beforeAppFiling } from './before-app-filing';
import { appDomainDepth } from './domain-depth';
import { appDomainLevelUsed } from './domain-level-used';
import { APP_FORMAT_RULES } from './format-rules';
import { appIconSize } from './icon-size';
import { individualSeparateOrders } from './individual-separate-orders';
import { appKindUnknown } from './kind-unknown';
import { miniProgramNoBuildFields } from './mini-program-no-build-fields';
import { appNameEmoji } from './name-emoji';
import { appNameGeneric } from './name-generic';
import { appNameMarketing } from './name-marketing';
import { appNamePlaceholder } from './name-placeholder';
import { appNameSameOnPlatforms } from './name-same-on-platforms';
import { appPlatformUnknown } from './platform-unknown';
import { APP_REQUIRED_RULES } from './required';

/** Rules of app, mini-program and quick-app filings (since 2023-09; see ./sources.ts for the date). */
export const APP_RULES: readonly Rule[] = [
  ...APP_REQUIRED_RULES,
  ...APP_FORMAT_RULES,
  appKindUnknown,
  appPlatformUnknown,
  appNameEmoji,
  appNamePlaceholder,
  appNameGeneric,
  appNameMarketing,
  appNameSameOnPlatforms,
  appIconSize,
  appDomainLevelUsed,
  appDomainDepth,
  miniProgramNoBuildFields,
  individualSeparateOrders,
  beforeAppFiling,
];
