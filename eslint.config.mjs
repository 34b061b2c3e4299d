import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const pureMessage = 'lib/engine and lib/scenario are pure TypeScript: no React/Next/zustand/nuqs imports';
const UI_PACKAGES = ['react', 'react-dom', 'next', 'zustand', 'nuqs'];

/** The import fences per layer: which folders may not import which. */
function layerFences() {
  const uiFramework = {
    paths: UI_PACKAGES.map((name) => ({ name, message: pureMessage })),
    patterns: [{ group: [...UI_PACKAGES.map((p) => `${p}/*`), '@radix-ui/*'], message: pureMessage }],
  };
  const noComponents = {
    group: ['@/components', '@/components/*', '@/app/*'],
    message: 'lib does not import components or app: pure code belongs in lib (lib/charts, lib/view-models)',
  };
  const noState = {
    group: ['@/lib/state', '@/lib/state/*'],
    message: 'state (hooks, stores) is for components; this layer is read by the server and tests too',
  };
  const noViewModels = {
    group: ['@/lib/view-models', '@/lib/view-models/*'],
    message: 'the engine and the link codec do not import view models: they sit below them',
  };
  const rule = (options) => ({ 'no-restricted-imports': ['error', options] });
  return [
    { files: ['lib/**'], ignores: ['lib/engine/**', 'lib/scenario/**', 'lib/view-models/**'], rules: rule({ patterns: [noComponents] }) },
    { files: ['lib/view-models/**'], rules: rule({ patterns: [noComponents, noState] }) },
    {
      files: ['lib/engine/**', 'lib/scenario/**'],
      rules: rule({ paths: uiFramework.paths, patterns: [...uiFramework.patterns, noComponents, noState, noViewModels] }),
    },
  ];
}

/** @type {import('eslint').Linter.Config[]} */
const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.next-analysis/**',
      '.next-profile/**',
      'scripts/bench-floor/.next/**',
      'node_modules/**',
      'playwright-report/**',
      'test-results/**',
      'coverage/**',
      'next-env.d.ts',
    ],
  },
  // Layers, fenced (ARCHITECTURE.md): lib never imports components or app; the engine and the link codec
  // import no UI framework, no state and no view models; view models import no state. Each file set gets one
  // rule config, since a later one would replace, not add to, an earlier one's.
  ...layerFences(),
  {
    // CommonJS on purpose (loaded by the CommonJS-compiled Playwright config and by .mjs scripts).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
