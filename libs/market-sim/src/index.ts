export * from './rng.js';
export * from './providers.js';
export * from './calibration.js';
export * from './clients.js';
export * from './trajectories.js';
export * from './bids.js';
export * from './score-events.js';
