export type { paths, components } from './openapi.js';
