export * from './permissions.js';
export * from './queues.js';
