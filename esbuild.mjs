// Bundles the extension into one file, dist/extension.js, and the break
// panel's script into media/build/panel.js.
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
const extension = {
  ...common,
  entryPoints: ['src/extension.ts'],
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  outfile: 'dist/extension.js',
  external: ['vscode'],
  sourcemap: !production,
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
  for (const options of [extension, webview]) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching src/ for changes');
} else {
  await Promise.all([esbuild.build(extension), esbuild.build(webview)]);
}
