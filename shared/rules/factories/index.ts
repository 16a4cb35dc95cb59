/**
 * Province-rule factories: each takes the pack and one data row (what, source, dates) and returns a
 * Rule, so a province file is a list of rows. See common.ts for the row fields and the registry.
 */
export * from './address';
export * from './common';
export * from './counts';
export * from './custom';
export * from './domains';
export * from './identity';
export * from './phones';
export * from './presets';
export * from './remarks';
export * from './service-content';
export * from './subject';
export * from './website-name';
