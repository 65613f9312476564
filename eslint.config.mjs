import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The import boundaries of ARCHITECTURE.md. Imports point down: app → components → core;
 * app → lib/auth, lib/dal → core, lib/db. Paths are resolved (the `@/` alias and relative
 * imports alike), so a boundary cannot be stepped around by spelling the path differently.
 */
const CORE = [
  './lib/quiz',
  './lib/scenario',
  './lib/mastery',
  './lib/review',
  './lib/analytics',
  './lib/export',
  './lib/content',
  './lib/assignment',
  './lib/roster',
  './lib/classes',
  './lib/accounts',
  './lib/outcome',
  './lib/council',
];
const SERVER_ONLY = ['./lib/dal', './lib/db', './lib/generated'];

const boundaries = [
  {
    target: './components',
    from: [...SERVER_ONLY, './lib/auth', './app'],
    message: 'Components get data as props and actions from the page (ARCHITECTURE.md).',
  },
  {
    target: CORE,
    from: [...SERVER_ONLY, './lib/auth', './app', './components'],
    message: 'The core is pure: plain data in, plain data out (ARCHITECTURE.md).',
  },
  {
    target: './lib',
    from: ['./app', './components'],
    message: 'lib/ never imports routes or components (ARCHITECTURE.md).',
  },
  {
    target: './lib/dal',
    from: ['./lib/auth'],
    message:
      'The data layer does not know who is asking; lib/auth calls it, never the reverse (ARCHITECTURE.md).',
  },
  {
    target: './app',
    from: ['./lib/db', './lib/generated'],
    message: 'Routes reach the database through lib/dal (ARCHITECTURE.md).',
  },
];

/** Packages the pure core may not use: it runs the same in a unit test as on the server. */
const CORE_FORBIDDEN_PACKAGES = {
  patterns: [
    { group: ['next', 'next/*', 'next-auth', 'next-auth/*'], message: 'The core does not know about Next.' },
    { group: ['@prisma/*', 'pg', 'better-sqlite3'], message: 'The core does not know about the database.' },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    rules: { 'import/no-restricted-paths': ['error', { zones: boundaries }] },
  },
  {
    // Theme colours are Tailwind utilities (text-ink-soft, border-line), not hand-written arbitrary values;
    // server actions are passed as they are, their ids in the form.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/\\[var\\(--color-/], TemplateElement[value.raw=/\\[var\\(--color-/]',
          message: 'Use the theme utility (e.g. text-ink-soft, border-line) instead of [var(--color-…)].',
        },
        {
          selector: "CallExpression[callee.property.name='bind']",
          message:
            'Pass a server action as it is and put its ids in the form (components/ui/hidden-fields.tsx): the action guard reads no bound arguments.',
        },
      ],
    },
  },
  {
    files: CORE.map((dir) => `${dir.slice(2)}/**/*.{ts,tsx}`),
    rules: { 'no-restricted-imports': ['error', CORE_FORBIDDEN_PACKAGES] },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'node_modules/**',
    'lib/generated/**',
    'next-env.d.ts',
    'data/**',
    'tests/fixtures/**',
  ]),
]);
