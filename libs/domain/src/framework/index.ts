export * from './application-state.js';
export * from './checklist.js';
export * from './lot-terms.js';
