import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The walls of the house. Every room may import only the rooms below it; an
// import that runs back up is a lint error that names the wall. From the
// bottom up:
// - the core (src/core): pure, the time passed in; no vscode, no Node
//   built-ins, nothing outside src/core. Inside it, each room imports only
//   the rooms listed before it.
// - the operating system's input time (src/system, Node only): the core, Node.
// - the page (src/webview): the core, and itself.
// - the adapters (src/vscode): the core; not the panel host, not the page.
// - the panel host (src/panel): the core and the adapters; not the page.
// - the wiring (src/app.ts, src/hosts: what differs between the extension
//   hosts) and the entries above everything.
const CORE_ROOMS = [
  { name: 'the core\'s leaves (the translator seam, the settings\' numbers, the schema builder, the units of time, error messages)', files: ['src/core/l10n.ts', 'src/core/limits.ts', 'src/core/schema.ts', 'src/core/time.ts', 'src/core/errors.ts'], imported: String.raw`(^|/)(l10n|limits|schema|time|errors)$` },
  { name: 'the day history (core/days)', files: ['src/core/days/**/*.ts'], imported: String.raw`(^|/)days/` },
  { name: 'the formats (core/format)', files: ['src/core/format/**/*.ts'], imported: String.raw`(^|/)format/` },
  { name: 'the break (core/break)', files: ['src/core/break/**/*.ts'], imported: String.raw`(^|/)break/` },
  { name: 'the settings and the good moments\' list', files: ['src/core/settings.ts', 'src/core/goodMomentSources.ts'], imported: String.raw`(^|/)(settings|goodMomentSources)$` },
  { name: 'the input time outside the editor (core/sitting)', files: ['src/core/sitting/**/*.ts'], imported: String.raw`(^|/)sitting/` },
  { name: 'the clock (core/clock)', files: ['src/core/clock/**/*.ts'], imported: String.raw`(^|/)clock/` },
  { name: 'the messages of the panel (core/protocol)', files: ['src/core/protocol/**/*.ts'], imported: String.raw`(^|/)protocol/` },
];

const OUTSIDE_CORE = String.raw`(^|/)(vscode|panel|webview|system|hosts)/|(^|/)(app|activation|extension|web)$`;
const WIRING = String.raw`(^|/)hosts/|(^|/)(app|activation|extension|web)$`;

const vscodeModule = (message) => ({ name: 'vscode', message });

function restricted(paths, patterns) {
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

const coreWalls = CORE_ROOMS.map((room, index) => ({
  files: room.files,
  rules: restricted([vscodeModule('The core stays pure: no vscode import.')], [
    { regex: '^node:', message: 'The core stays pure: no Node built-ins (the system adapters are in src/system).' },
    { regex: OUTSIDE_CORE, message: 'The core imports nothing outside src/core.' },
    ...CORE_ROOMS.slice(index + 1).map((upper) => ({
      regex: upper.imported,
      message: `${room.name} is below ${upper.name}: it may not import it.`,
    })),
  ]),
}));

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'out-*/**', 'node_modules/**', 'test/server/**', '.vscode-test/**', 'test-artifacts/**', 'media/build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      curly: 'error',
    },
  },
  ...coreWalls,
  {
    files: ['src/system/**/*.ts'],
    rules: restricted([vscodeModule('The system adapters run in Node without VS Code\'s API.')], [
      { regex: String.raw`(^|/)(vscode|panel|webview)/|` + WIRING, message: 'The system adapters import only the core.' },
    ]),
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: restricted([vscodeModule('The page runs in the webview: no vscode API there.')], [
      { regex: String.raw`(^|/)(vscode|panel|system)/|` + WIRING, message: 'The page imports only the core: not the adapters, the panel host or the wiring.' },
    ]),
  },
  {
    files: ['src/vscode/**/*.ts'],
    rules: restricted([], [
      { regex: String.raw`(^|/)(panel|webview)/|` + WIRING, message: 'The adapters do not import the panel host, the page or the wiring.' },
    ]),
  },
  {
    files: ['src/panel/**/*.ts'],
    rules: restricted([], [
      { regex: String.raw`(^|/)webview/|` + WIRING, message: 'The panel host does not import the page or the wiring.' },
    ]),
  },
  {
    files: ['**/*.mjs', 'media/**/*.js'],
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly', acquireVsCodeApi: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', Date: 'readonly' },
    },
  },
);
