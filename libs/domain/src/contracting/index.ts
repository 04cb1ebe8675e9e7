export type { DatePeriod } from './dates.js';
export * from './rule-violation.js';
export * from './plan-caps.js';
export * from './plan-price.js';
export * from './end-reasons.js';
export * from './placement.js';
export * from './payments.js';
export * from './second-chance.js';
