export * from './rng.js';
export * from './providers.js';
