export * from './stream.js';
export * from './session-store.js';
export * from './proposal-store.js';
export * from './session-ballot-box.js';
export * from './decisions.js';
export * from './council-membership.js';
export * from './passed-candidates.js';
