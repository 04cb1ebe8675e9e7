export * from './rng.js';
export * from './providers.js';
export * from './calibration.js';
