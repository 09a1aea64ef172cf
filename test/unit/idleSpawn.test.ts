// The spawned system input sources (one program per sample), run for real
// with small Node programs standing in for gdbus, xprintidle and ioreg.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { parseXprintidle } from '../../src/core/sitting/idleOutputs';
import { SPAWN_TIMEOUT_MS, spawnSource, type SpawnFn, type SpawnSourceSpec } from '../../src/system/spawnSource';

const node = process.execPath;

/** A source running `node -e script`, with the spawned children kept for inspection. */
function nodeSource(script: string, extra: Partial<SpawnSourceSpec> = {}, now: () => number = Date.now) {
  const children: ChildProcess[] = [];
  const options: unknown[] = [];
  const spawnFn: SpawnFn = (command, args, opts) => {
    options.push(opts);
    const child = spawn(command, args, opts);
    children.push(child);
    return child;
  };
  const source = spawnSource({ name: 'xprintidle', command: node, args: ['-e', script], parse: parseXprintidle, env: process.env, ...extra }, { spawn: spawnFn, now });
  return { source, children, options };
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.signalCode ?? child.exitCode);
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}

describe('idle spawned source', function () {
  this.timeout(10_000);

  it('runs the program once per sample, without a shell, and reads its answer', async function () {
    const { source, children, options } = nodeSource("process.stdout.write('1234\\n')");
    const before = Date.now();
    const sample = await source.sample();
    assert.equal(sample.idleMs, 1234);
    assert.ok(sample.at >= before && sample.at <= Date.now());
    await source.sample();
    assert.equal(children.length, 2, 'one spawn per sample');
    assert.deepEqual(options[0], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'], shell: false, windowsHide: true });
    assert.equal(source.name, 'xprintidle');
  });

  it('takes `at` when the output is complete, before parsing it', async function () {
    const events: string[] = [];
    const { source } = nodeSource("process.stdout.write('5\\n')", { parse: (text) => (events.push('parse'), parseXprintidle(text)) }, () => (events.push('now'), 42));
    assert.deepEqual(await source.sample(), { idleMs: 5, at: 42 });
    assert.deepEqual(events, ['now', 'parse']);
  });

  it('passes arguments as they are (no shell expands them) and runs with the given environment', async function () {
    const script = "process.stdout.write(process.argv[1] === '$HOME;*|`x`' ? '1\\n' : '2\\n')";
    const literal = spawnSource({ name: 'xprintidle', command: node, args: ['-e', script, '$HOME;*|`x`'], parse: parseXprintidle, env: process.env });
    assert.equal((await literal.sample()).idleMs, 1);
    const withEnv = nodeSource("process.stdout.write(process.env.IDLE_TEST_VALUE + '\\n')", { env: { IDLE_TEST_VALUE: '77' } });
    assert.equal((await withEnv.source.sample()).idleMs, 77);
  });

  it('rejects with the exit code and the first line of the error output', async function () {
    const { source } = nodeSource("process.stderr.write('\\n  Error connecting: Could not connect  \\nmore\\n'); process.exit(4)");
    await assert.rejects(source.sample(), { message: 'node exited with code 4: Error connecting: Could not connect' });
  });

  it('rejects output it cannot read, without repeating the output', async function () {
    const { source } = nodeSource("process.stdout.write('12 345678\\n')");
    await assert.rejects(source.sample(), (error: Error) => /printed no idle time it could read \(10 bytes\)/.test(error.message) && !error.message.includes('345678'));
  });

  it('rejects a program that cannot start', async function () {
    const source = spawnSource({ name: 'gnome', command: 'no-such-program-for-idle-tests', args: [], parse: parseXprintidle, env: process.env });
    await assert.rejects(source.sample(), /^Error: no-such-program-for-idle-tests could not start: .*ENOENT/);
  });

  it('rejects after 2 s without an answer and kills the program', async function () {
    const { source, children } = nodeSource('setTimeout(() => {}, 20000)');
    const started = Date.now();
    await assert.rejects(source.sample(), { message: `node gave no answer within ${SPAWN_TIMEOUT_MS} ms` });
    const took = Date.now() - started;
    assert.ok(took >= SPAWN_TIMEOUT_MS - 50 && took < SPAWN_TIMEOUT_MS + 1500, `took ${took} ms`);
    assert.equal(await exited(children[0]), 'SIGTERM');
  });

  it('kills with SIGKILL a program that ignores SIGTERM', async function () {
    const { source, children } = nodeSource("process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)");
    await assert.rejects(source.sample(), /no answer within/);
    assert.equal(await exited(children[0]), 'SIGKILL');
  });

  it('stops reading a program that prints far more than an answer', async function () {
    const { source, children } = nodeSource("process.stdout.write('1'.repeat(1024 * 1024)); setTimeout(() => {}, 20000)");
    await assert.rejects(source.sample(), /printed more than \d+ bytes/);
    assert.equal(await exited(children[0]), 'SIGTERM');
  });
});
