// Bundles the extension. For the Node extension host: dist/extension.js (what
// activation loads: it only schedules the start) and dist/app.js (the rest,
// loaded just after activation, with the break panel's code evaluated when a
// panel first opens: one bundle, so one copy of every core module). For the
// browser's web-worker extension host, which resolves no `require` but
// `vscode`: dist/web/extension.js, one bundle with both (each part still
// evaluated on first use). And the panel page's script, media/build/panel.js.
// --production minifies and drops source maps (what the .vsix ships);
// --watch rebuilds on change (used by the F5 launch configuration).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
};

// The extension, run by VS Code's extension host.
const node = {
  ...common,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  sourcemap: !production,
};
const extension = {
  ...node,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  // The rest loads after activation.
  external: ['vscode', './app.js'],
};
const app = {
  ...node,
  entryPoints: ['src/hosts/node.ts'],
  outfile: 'dist/app.js',
  external: ['vscode'],
};
// The extension for the browser's web-worker extension host: no Node built-ins.
const web = {
  ...common,
  format: 'cjs',
  platform: 'browser',
  target: 'es2022',
  sourcemap: !production,
  entryPoints: ['src/web.ts'],
  outfile: 'dist/web/extension.js',
  external: ['vscode'],
};

// The break panel's script, run inside the webview (loaded from media/).
// Inline source maps in development, so no stray .map file gets packaged.
const webview = {
  ...common,
  entryPoints: ['src/webview/main.ts'],
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  outfile: 'media/build/panel.js',
  sourcemap: production ? false : 'inline',
};

if (watch) {
  for (const options of [extension, app, web, webview]) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching src/ for changes');
} else {
  await Promise.all([extension, app, web, webview].map((options) => esbuild.build(options)));
}
