// The production build the benchmark measures, frozen in a folder of its own:
// the bundle is built, then the files the .vsix ships are copied at once, so a
// rebuild in the working tree during the benchmark (a watch task, a test run)
// cannot change what is measured. The .vsix is packaged from that copy.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../harness/server';

export interface Snapshot {
  /** A copy of the extension as it ships (manifest, docs, bundle, media/). */
  dir: string;
  /** publisher.name */
  id: string;
  /** dist/extension.js: what activation loads and parses. */
  bundleBytes: number;
  /** dist/app.js: the rest of the extension, loaded just after activation (the panel's code included, evaluated when a panel first opens). */
  appCodeBytes: number;
  /** dist/web/extension.js: the browser build, one bundle (the browser host loads no second file). */
  webBundleBytes: number;
  panelScriptBytes: number;
  /** The packaged .vsix. */
  vsix: string;
  vsixBytes: number;
}

/** Files and folders the .vsix can ship (.vscodeignore picks among them). */
const SHIPPED = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'dist/extension.js', 'dist/app.js', 'dist/web/extension.js', 'media'];

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  // Their output is progress: stderr keeps stdout for the figures.
  process.stderr.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed (exit ${result.status})`);
  }
}

/** The vsce command line of `npm run package`, so the .vsix is made the same way. */
function vsceFlags(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const script: string = manifest.scripts?.package ?? '';
  const match = /vsce package([^&;|]*)/.exec(script);
  const flags = match ? match[1].trim().split(/\s+/).filter(Boolean) : [];
  return flags.length ? flags : ['--no-dependencies', '--allow-missing-repository'];
}

/** Packages the folder with the project's vsce into `out`. */
export function packageVsix(dir: string, out: string, flags: string[] = vsceFlags()): number {
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  run(process.execPath, [vsce, 'package', ...flags, '--out', out], dir);
  return fs.statSync(out).size;
}

export function buildSnapshot(workDir: string, log: (message: string) => void): Snapshot {
  log('building the production bundle');
  run(process.execPath, ['esbuild.mjs', '--production'], repoRoot);
  const dir = path.join(workDir, 'extension');
  const translations = fs.readdirSync(repoRoot).filter((name) => /^package\.nls(\..+)?\.json$/.test(name));
  for (const entry of [...SHIPPED, ...translations, 'l10n']) {
    const from = path.join(repoRoot, entry);
    if (fs.existsSync(from)) {
      fs.cpSync(from, path.join(dir, entry), { recursive: true });
    }
  }
  const bundle = fs.readFileSync(path.join(dir, 'dist', 'extension.js'));
  const appCode = fs.readFileSync(path.join(dir, 'dist', 'app.js'));
  const webBundle = fs.readFileSync(path.join(dir, 'dist', 'web', 'extension.js'));
  const panelScript = fs.readFileSync(path.join(dir, 'media', 'build', 'panel.js'));
  if (/sourceMappingURL=/.test(`${bundle}${appCode}${webBundle}${panelScript}`)) {
    throw new Error('The bundle was rebuilt for development while it was being copied: run the benchmark again.');
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  log('packaging the .vsix');
  const vsix = path.join(workDir, `${manifest.name}-${manifest.version}.vsix`);
  const vsixBytes = packageVsix(dir, vsix);
  return {
    dir,
    id: `${manifest.publisher}.${manifest.name}`,
    bundleBytes: bundle.length,
    appCodeBytes: appCode.length,
    webBundleBytes: webBundle.length,
    panelScriptBytes: panelScript.length,
    vsix,
    vsixBytes,
  };
}
