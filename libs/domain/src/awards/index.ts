export * from './catalogue.js';
export * from './identity.js';
export * from './eligibility.js';
export * from './award-rows.js';
