import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const pureMessage = 'lib/engine is pure TypeScript: no React/Next/zustand/nuqs imports';

/** @type {import('eslint').Linter.Config[]} */
const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.next-analysis/**',
      'node_modules/**',
      'playwright-report/**',
      'test-results/**',
      'coverage/**',
      'next-env.d.ts',
    ],
  },
  {
    // The engine and the URL codec must run anywhere (tests, bench, server) without a UI framework.
    files: ['lib/engine/**', 'lib/scenario/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'next', 'zustand', 'nuqs'].map((name) => ({
            name,
            message: pureMessage,
          })),
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'next/*', 'zustand/*', 'nuqs/*', '@radix-ui/*'],
              message: pureMessage,
            },
          ],
        },
      ],
    },
  },
  {
    // CommonJS on purpose (loaded by the CommonJS-compiled Playwright config and by .mjs scripts).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
