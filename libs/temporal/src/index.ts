export * from './search-attributes.js';
export * from './temporal-client.module.js';
export * from './workflow-bundle.js';
