// Lint rules that guard what the type checker cannot: floating promises everywhere, and in
// workflows/ the determinism rules (no Node built-ins, no I/O libraries, no timers or randomness).
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'events',
  'stream',
  'timers',
  'worker_threads',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'test/histories/**', '**/*.js', '**/*.mjs'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_BUILTINS.flatMap((m) => [m, `node:${m}`]),
            '@temporalio/client',
            '@temporalio/worker',
            '@temporalio/activity',
            'typeorm',
            'pg',
          ].map((name) => ({
            name,
            message: 'Workflow code must stay deterministic: no Node, no I/O, only @temporalio/workflow and #domain.',
          })),
          patterns: [
            {
              group: ['@nestjs/*', '#persistence', '#temporal', '#devstack', '#config'],
              message: 'Workflow code imports only @temporalio/workflow and #domain.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'setImmediate', 'process', 'require'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use uuid4() or pass randomness in.' }],
    },
  },
);
