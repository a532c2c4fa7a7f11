export * from './uscc.js';
export * from './id-number.js';
export * from './divisions.js';
