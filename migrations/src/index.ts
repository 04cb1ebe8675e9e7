import { Init1795363768049 } from './1795363768049-Init.js';

/** Every migration, in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [Init1795363768049];
