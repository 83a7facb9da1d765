export * from './entities/index.js';
export * from './data-source.js';
export * from './event-store/nomination-event-store.js';
export * from './projections/nomination-projection.js';
export * from './projections/rebuild.js';
export * from './seed/seed-organisation.js';
export * from './seed/demo-cycles.js';
export * from './persistence.module.js';
export * as organisationData from './seed/organisation.data.js';
