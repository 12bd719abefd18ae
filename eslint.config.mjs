// Lint: TypeScript rules plus the zone boundaries (shared/contract, shared/core, shared/node, electron, renderer).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'zlib', 'child_process', 'worker_threads', 'http', 'https', 'net', 'crypto', 'stream']

const zone = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
})

const insecureWebPreferences = ['webSecurity', 'allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures', 'nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames'].map(
  (name) => ({ selector: `Property[key.name='${name}'][value.value=true]`, message: `${name} must never be enabled.` }),
)

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'bench-data/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...insecureWebPreferences],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  zone(['shared/contract/**'], ['electron', ...nodeBuiltins, 'react', 'react-dom', '**/core/**', '**/node/**', '@shared/core/**', '@shared/node/**'], 'shared/contract is pure types and constants.'),
  zone(['shared/core/**', 'shared/synth/**'], ['electron', ...nodeBuiltins, 'react', 'react-dom', '@shared/node/**', '**/node/**', '**/renderer/**'], 'shared/core is Electron-, DOM- and I/O-free: inject I/O from the caller.'),
  zone(['shared/node/**', 'scripts/**'], ['electron', 'react', 'react-dom', '**/renderer/**', '**/electron/**'], 'Node adapters and scripts never reach Electron or the renderer.'),
  zone(['electron/main/**'], ['react', 'react-dom', '**/renderer/**'], 'The main process never imports renderer code.'),
  zone(['electron/preload/**'], [...nodeBuiltins, '@shared/core/**', '@shared/node/**', '**/core/**', '**/node/**', 'react'], 'The sandboxed preload imports only electron and shared/contract.'),
  // shared/core/policy resolves paths for the app:// handler: node:path (pure string logic) is the one Node import allowed there.
  zone(['shared/core/policy/**'], ['electron', 'react', 'react-dom', 'node:*', '!node:path', ...nodeBuiltins.filter((m) => m !== 'node:*' && m !== 'path')], 'shared/core/policy may use node:path only.'),
  // CommonJS bootstraps (worker entries that must register a loader first) use require by nature.
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Tests may read fixtures from disk; the code under test still may not.
  { files: ['**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', ...nodeBuiltins, '@shared/core/**', '@shared/node/**', '**/shared/core/**', '**/shared/node/**'], message: 'The renderer never parses and never touches Node or Electron.' }] }],
    },
  },
  // Dev tools beside the renderer run in Node (serving the build for screenshots); they are not part of the bundle.
  { files: ['renderer/dev/**'], languageOptions: { globals: { ...globals.node } }, rules: { 'no-restricted-imports': 'off' } },
)
