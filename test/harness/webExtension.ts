// The extension as the browser's web-worker extension host runs it, staged
// for the tests: the offline VS Code server runs an extension under
// development in that host only when its manifest has a `browser` entry, no
// `main` and no `extensionKind` (with either, it picks the remote's Node
// host; vscode.dev has no remote, so there the browser entry is used). So a copy of the built
// extension is made whose manifest keeps only `browser`; with it, the
// integration suite bundled for the browser (as @vscode/test-web does: that
// host cannot load Node modules, and resolves no `require` but `vscode`).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './server';

export interface StagedWebExtension {
  /** The staged extension folder (extensionDevelopmentPath). */
  dir: string;
  /** The suite's bundle inside it (extensionTestsPath); absent when not asked for. */
  suite?: string;
}

/** Copies what the .vsix ships (.vscodeignore) but the Node bundles, from `from`; the manifest without `main`. */
export function stageWebExtension(into: string, from = repoRoot): string {
  const dir = path.join(into, 'web-extension');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const shipped = fs.readFileSync(path.join(from, '.vscodeignore'), 'utf8').split('\n')
    .filter((line) => line.startsWith('!')).map((line) => line.slice(1).trim());
  for (const entry of shipped) {
    if (entry.startsWith('dist/') && !entry.startsWith('dist/web/')) {
      continue; // the Node bundles
    }
    for (const file of expand(from, entry)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.copyFileSync(path.join(from, file), path.join(dir, file));
    }
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(from, 'package.json'), 'utf8'));
  if (!manifest.browser || !fs.existsSync(path.join(dir, manifest.browser))) {
    throw new Error('The browser bundle is missing: run `npm run build` first.');
  }
  delete manifest.main;
  // With a remote beside it (this server), extensionKind would place the extension in the remote's Node host.
  delete manifest.extensionKind;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** The files a `.vscodeignore` line names: a path, or a simple `*` pattern in one folder. */
function expand(from: string, entry: string): string[] {
  if (!entry.includes('*')) {
    return fs.existsSync(path.join(from, entry)) ? [entry] : [];
  }
  const folder = path.posix.dirname(entry);
  const pattern = new RegExp(`^${path.posix.basename(entry).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  const full = path.join(from, folder);
  return fs.existsSync(full)
    ? fs.readdirSync(full).filter((name) => pattern.test(name)).map((name) => path.posix.join(folder, name))
    : [];
}

/** Bundles test/integration/*.test.ts for the browser host, into the staged folder. */
export async function bundleWebSuite(dir: string, grep: string | undefined): Promise<string> {
  const testDir = path.join(repoRoot, 'test', 'integration');
  const files = fs.readdirSync(testDir).filter((name) => name.endsWith('.test.ts')).sort();
  const contents = `import { runSuite } from '../web/runner';
export function run() {
  return runSuite(${JSON.stringify(grep ?? '')} || undefined, () => {
${files.map((file) => `    require('./${file.replace(/\.ts$/, '')}');`).join('\n')}
  });
}
`;
  const outfile = path.join(dir, 'test', 'web-suite.js');
  await esbuild.build({
    stdin: { contents, resolveDir: testDir, sourcefile: 'web-suite.ts', loader: 'ts' },
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    outfile,
    logLevel: 'warning',
    // Node's modules are required only by tests that run in the Node host alone.
    external: ['vscode', 'node:fs', 'node:path', 'node:child_process'],
    alias: { 'node:assert/strict': path.join(repoRoot, 'test', 'web', 'assertStrict.ts') },
    inject: [path.join(repoRoot, 'test', 'web', 'nodeGlobals.ts')],
    // Lets the suite check that it runs in the host it was bundled for.
    define: { POSTURE_BREAKS_WEB_SUITE: 'true' },
  });
  return outfile;
}
