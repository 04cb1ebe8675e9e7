export * from './reference/code-list.js';
export * from './reference/regions.js';
export * from './reference/target-groups.js';
export * from './reference/barriers.js';
export * from './reference/code-lists.js';
export * from './kvk.js';
