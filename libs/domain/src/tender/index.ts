export * from './criteria.js';
export * from './fraction.js';
export * from './scoring.js';
export * from './lottery.js';
export * from './award.js';
export * from './vrije-ruimte.js';
export * from './weight-simulator.js';
export * from './tender-state.js';
