/**
 * Imported FIRST by every entrypoint, before any zod schema is built.
 *
 * zod 4 compiles fast object parsers with `new Function` (and probes for it), unless configured
 * `jitless`. MV3's content security policy forbids eval in every extension context, and the probe
 * alone is reported as a `securitypolicyviolation` (research reliability-performance §3.4). zod reads
 * the flag when a schema is constructed, so it must be set before any module builds one; zod and
 * zod/mini share this one core config.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });

export const ZOD_JITLESS = true;
