// One linter (eslint + typescript-eslint), prettier for layout. Besides the
// recommended rules it enforces the architecture of docs/architecture.md:
// no console in library code, no import cycles, light-clients/ pure, and
// imports pointing one way (relayer -> adapters -> light-clients -> proto).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Modules that do I/O or keep time: none of them may be imported by pure code. */
const impureModules = [
  'fs',
  'fs/promises',
  'net',
  'tls',
  'http',
  'https',
  'http2',
  'dgram',
  'dns',
  'child_process',
  'cluster',
  'worker_threads',
  'readline',
  'os',
  'process',
  'timers',
  'timers/promises',
  'perf_hooks',
];

const lightClientRestrictions = {
  paths: [
    ...impureModules
      .flatMap((m) => [m, `node:${m}`])
      .map((name) => ({
        name,
        message: 'light-clients/ is pure: no files, network, processes or clocks.',
      })),
    ...['bullmq', 'ioredis', '@grpc/grpc-js', 'nats', 'pino', 'ethers'].map((name) => ({
      name,
      message: 'light-clients/ is pure: no queue, bus, gRPC, logger or provider.',
    })),
  ],
  patterns: [
    { group: ['@nats-io/*', '@grpc/*'], message: 'light-clients/ is pure: no bus or gRPC.' },
    {
      group: ['**/adapters/**', '**/relayer/**'],
      message: 'imports point one way: light-clients imports only proto.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'proto/gen/', 'coverage/', 'artifacts/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // Dependencies are parsed as TypeScript, so that no-cycle sees their imports.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    languageOptions: {
      globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['light-clients/**/*.ts', 'adapters/**/*.ts', 'relayer/**/*.ts', 'proto/**/*.ts'],
    ignores: ['relayer/cli/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['light-clients/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', lightClientRestrictions],
      'no-restricted-globals': [
        'error',
        ...['setTimeout', 'setInterval', 'setImmediate', 'fetch', 'process', 'performance'].map((name) => ({
          name,
          message: 'light-clients/ is pure: time, I/O and Node globals come in as parameters.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'light-clients/ takes `now` as a parameter.' },
        { object: 'Math', property: 'random', message: 'light-clients/ is deterministic.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'light-clients/ takes `now` as a parameter.',
        },
      ],
    },
  },
  {
    files: ['adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/relayer/**'],
              message: 'imports point one way: adapters do not import the relayer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['proto/**/*.ts'],
    ignores: ['proto/generate.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/light-clients/**', '**/adapters/**', '**/relayer/**'],
              message: 'proto/ imports nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
