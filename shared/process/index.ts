// The filing process as pure functions and dated data (design §1 `process/`).
export * from './types';
export * from './province-codes';
export * from './working-days';
export * from './sms-check-policy';
export * from './photo-check';
export * from './filing-type';
export * from './steps';
export * from './service-numbers';
export * from './plan';
