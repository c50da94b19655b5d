// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https',
  'net', 'os', 'path', 'process', 'stream', 'url', 'util', 'worker_threads', 'zlib',
];

// The domain rule: inside shared/ and renderer/ each domain has its own folder, and other folders
// use a domain only through its public files: `index.ts` (types, rules, repositories: safe for the
// import worker) and, in renderer/, `ui.ts` (pages, panels, hooks). Everything else in a domain's
// folder may change without telling anyone. Tests and testing helpers may reach further in to set
// up their state. A new domain adds its name here.
const DOMAINS = ['estates', 'committees', 'inspections', 'history', 'backup', 'campaigns', 'complaints', 'companies', 'search', 'dashboard'];
const PUBLIC_FILES = ['index', 'ui'];
const domainFolders = (name) => [`shared/${name}/**`, `renderer/${name}/**`];
const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];
function domainBoundary(others) {
  return {
    '@typescript-eslint/no-restricted-imports': ['error', {
      patterns: others.map((name) => ({
        group: [`**/${name}/**`, ...PUBLIC_FILES.map((file) => `!**/${name}/${file}`)],
        message: `Use ${name} through its public files (${name}/index.ts, renderer/${name}/ui.ts): the rest of its folder is internal.`,
      })),
    }],
  };
}
const domainRules = [
  ...DOMAINS.map((name) => ({
    files: domainFolders(name),
    ignores: testFiles,
    rules: domainBoundary(DOMAINS.filter((other) => other !== name)),
  })),
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts', 'cli/**/*.ts'],
    ignores: [...testFiles, ...DOMAINS.flatMap(domainFolders)],
    rules: domainBoundary(DOMAINS),
  },
];

export default tseslint.config(
  {
    ignores: ['node_modules/', '.vite/', 'out/', 'dist/', 'dist-web/', 'dist-bench/', 'release/', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.mts', 'forge.config.ts', 'tests/**/*.ts', 'cli/**/*.ts', 'bin/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The layer rule: shared/ runs in main, renderer, worker and CLI alike, so it may not
    // reach for Electron, Node or the DOM. (Its tsconfig also leaves out the DOM and Node
    // typings, so a stray `window` fails the typecheck as well.)
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'shared/ must stay free of Electron: put this in electron/.' },
          { name: 'electron-store', message: 'shared/ must stay free of Electron: put this in electron/.' },
          { name: 'dexie', message: 'shared/ holds pure domain code: the database lives in renderer/db.' },
          { name: 'react', message: 'shared/ holds pure domain code: UI lives in renderer/.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'shared/ must stay free of Node APIs.' })),
        ],
        patterns: [
          { group: ['node:*'], message: 'shared/ must stay free of Node APIs.' },
          { group: ['electron/*', '@electron/*'], message: 'shared/ must stay free of Electron.' },
          { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'shared/ may not import from an outer layer.' },
        ],
      }],
      'no-restricted-globals': ['error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'process', 'require', 'Buffer', '__dirname']
          .map((name) => ({ name, message: `shared/ must not touch the platform global ${name}.` })),
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // antd's maxLength cuts a paste without a word; textLimit() keeps it and the save refuses it.
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='maxLength']", message: 'Use {...textLimit(n)} (renderer/components/textLimit): maxLength silently cuts what the clerk pasted.' }],
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'The renderer reaches Electron only through the platform adapter.' },
          { name: 'electron-store', message: 'Settings are read through the platform adapter.' },
        ],
        patterns: [
          { group: ['node:*'], message: 'The renderer runs in a browser: no Node APIs.' },
          { group: ['**/electron/**'], message: 'The renderer may not import main-process code.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**'], message: 'Main-process code may not import the renderer.' }],
      }],
    },
  },
  ...domainRules,
);
