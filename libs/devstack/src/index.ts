export * from './cache-dir.js';
export * from './temporal-cli.js';
export * from './temporal-dev-server.js';
export * from './temporal-test-server.js';
export * from './embedded-postgres.js';
export * from './free-port.js';
