export * from './test-server.js';
export * from './factories.js';
