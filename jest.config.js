/**
 * Jest runs TypeScript as native ESM through SWC (decorator metadata on, for Nest).
 * Two projects:
 * - `domain`: the pure rules beside their code (libs/**\/*.test.ts), pure presenters of the apps
 *   (apps/**\/*.test.ts) and the domain replay check
 *   (test/domain-replay.test.ts), no servers, a few seconds (`npm run test:domain`);
 * - `system`: everything else (test/), against real servers started once in global-setup: an
 *   embedded PostgreSQL and a Temporal dev server. Files run one at a time: two cores.
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

const DOMAIN_REPLAY = '<rootDir>/test/domain-replay.test.ts';

const common = {
  rootDir: '.',
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

export default {
  projects: [
    { ...common, displayName: 'domain', testMatch: ['<rootDir>/libs/**/*.test.ts', '<rootDir>/apps/**/*.test.ts', DOMAIN_REPLAY] },
    {
      ...common,
      displayName: 'system',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', DOMAIN_REPLAY.replace('<rootDir>', '')],
      globalSetup: '<rootDir>/test/setup/global-setup.js',
      globalTeardown: '<rootDir>/test/setup/global-teardown.js',
    },
  ],
  // The ballot secrecy scan last: it reads what every other file left on the suite's servers.
  testSequencer: '<rootDir>/test/setup/test-sequencer.js',
  maxWorkers: 1,
  testTimeout: 120_000,
  verbose: true,
};
