/**
 * The simulated world's behaviour: every state transition of every filing type (spec §2, §3), the
 * bureau's SMS check (spec §6), service numbers (spec §7), the Shanghai app (spec §9), and the lazy
 * evaluation of time (expiry, auto review). Handlers only parse requests and call these functions.
 * Every status change goes through the order state machine (machine.ts).
 */

export * from './approval';
export * from './apps';
export * from './codes';
export * from './core';
export * from './editing';
export * from './face-check';
export * from './machine';
export * from './my-filings';
export * from './photo-check';
export * from './service-numbers';
export * from './shanghai-app';
export * from './sms-check';
export * from './submit-review';
export * from './time';
export * from './type-decision';
export * from './uploads';
