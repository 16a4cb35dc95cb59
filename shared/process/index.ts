// The filing process as pure functions and dated data (design §1 `process/`).

export * from './filing-type';
export * from './photo-check';
export * from './plan';
export * from './province-codes';
export * from './service-numbers';
export * from './sms-check-policy';
export * from './steps';
export * from './types';
export * from './working-days';
