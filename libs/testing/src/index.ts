export * from './test-server.js';
export * from './factories.js';
export * from './frameworks.js';
export * from './eventually.js';
export * from './scoring.js';
export * from './contracting.js';
export * from './transparency.js';
export * from './demo-market.js';
