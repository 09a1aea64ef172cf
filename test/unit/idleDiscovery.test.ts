// Discovery of the system input source: the candidates in order, each asked
// twice 3 s apart; a failing one or one that answers 0 twice is dropped with
// one log line and disposed. Pure: fake sources, the waiting recorded.
import * as assert from 'node:assert/strict';
import { discoverSource, DISCOVERY_GAP_MS } from '../../src/core/sitting/discovery';
import type { IdleSample, IdleSource } from '../../src/core/sitting/idleSource';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

interface FakeSource extends IdleSource {
  disposed: number;
}

/** A source whose answers are `answers` in turn (a number is an idle time, an Error a rejection); `events` records each call. */
function fake(name: string, answers: Array<number | Error>, events: string[]): FakeSource {
  let asked = 0;
  const source: FakeSource = {
    name,
    disposed: 0,
    sample(): Promise<IdleSample> {
      events.push(`sample ${name}`);
      const answer = answers[asked++];
      if (answer === undefined) {
        return Promise.reject(new Error('asked more often than expected'));
      }
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve({ idleMs: answer, at: T0 + asked });
    },
    dispose(): void {
      source.disposed++;
    },
  };
  return source;
}

function deps(events: string[], logs: string[]) {
  return {
    wait: (ms: number) => {
      events.push(`wait ${ms}`);
      return Promise.resolve();
    },
    log: (line: string) => logs.push(line),
  };
}

describe('idle discovery', function () {
  it('asks the first candidate twice, 3 s apart, and keeps it when it answers; the others are never asked', async function () {
    const events: string[] = [];
    const logs: string[] = [];
    const gnome = fake('gnome', [1500, 4500], events);
    const other = fake('xprintidle', [10, 20], events);
    const found = await discoverSource([gnome, other], deps(events, logs));
    assert.equal(found.source, gnome);
    assert.equal(DISCOVERY_GAP_MS, 3000);
    assert.deepEqual(events, ['sample gnome', 'wait 3000', 'sample gnome']);
    assert.deepEqual(logs, []);
    assert.equal(gnome.disposed, 0, 'the chosen source is not disposed');
  });

  it('drops a source that answers exactly 0 twice, with one log line, disposes it, and goes on', async function () {
    const events: string[] = [];
    const logs: string[] = [];
    const stuck = fake('gnome', [0, 0], events);
    const next = fake('freedesktop', [0, 2999], events);
    const found = await discoverSource([stuck, next], deps(events, logs));
    assert.equal(found.source, next, 'one 0 is fine: input may just have happened');
    assert.deepEqual(logs, ["System input source 'gnome' dropped: answered 0 twice"]);
    assert.equal(stuck.disposed, 1);
    assert.deepEqual(events, ['sample gnome', 'wait 3000', 'sample gnome', 'sample freedesktop', 'wait 3000', 'sample freedesktop']);
  });

  it('keeps a source whose second answer is 0 after a first that was not', async function () {
    const events: string[] = [];
    const found = await discoverSource([fake('xprintidle', [2500, 0], events)], deps(events, []));
    assert.equal(found.source?.name, 'xprintidle');
  });

  it('drops a source that rejects, at once (no second question), logging its reason', async function () {
    const events: string[] = [];
    const logs: string[] = [];
    const gnome = fake('gnome', [new Error('gdbus exited with code 1: Error connecting: Could not connect: No such file or directory')], events);
    const xprintidle = fake('xprintidle', [700, 3700], events);
    const found = await discoverSource([gnome, xprintidle], deps(events, logs));
    assert.equal(found.source, xprintidle);
    assert.deepEqual(logs, ["System input source 'gnome' dropped: gdbus exited with code 1: Error connecting: Could not connect: No such file or directory"]);
    assert.deepEqual(events.slice(0, 2), ['sample gnome', 'sample xprintidle']);
    assert.equal(gnome.disposed, 1);
  });

  it('drops a source whose second question fails, without logging the first answer', async function () {
    const events: string[] = [];
    const logs: string[] = [];
    const flaky = fake('freedesktop', [424242, new Error('gdbus gave no answer within 2000 ms')], events);
    const found = await discoverSource([flaky], deps(events, logs));
    assert.deepEqual(found, { source: null, reason: 'failed' });
    assert.deepEqual(logs, ["System input source 'freedesktop' dropped: gdbus gave no answer within 2000 ms"]);
    assert.ok(!logs.join('\n').includes('424242'), 'samples are never logged');
    assert.equal(flaky.disposed, 1);
  });

  it('drops a source that answers a negative or non-finite idle time', async function () {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const events: string[] = [];
      const logs: string[] = [];
      const source = fake('macos', [bad, 5], events);
      const found = await discoverSource([source], deps(events, logs));
      assert.deepEqual(found, { source: null, reason: 'failed' }, String(bad));
      assert.deepEqual(logs, ["System input source 'macos' dropped: not a usable idle time"], String(bad));
      assert.equal(source.disposed, 1);
    }
  });

  it('with every candidate dropped: no source, reason "failed", each disposed once, one log line each', async function () {
    const events: string[] = [];
    const logs: string[] = [];
    const all = [fake('gnome', [new Error('gdbus exited with code 1')], events), fake('freedesktop', [0, 0], events), fake('xprintidle', [Number.NaN], events)];
    const found = await discoverSource(all, deps(events, logs));
    assert.deepEqual(found, { source: null, reason: 'failed' });
    assert.deepEqual(all.map((s) => s.disposed), [1, 1, 1]);
    assert.deepEqual(logs.map((line) => /'(\w+)'/.exec(line)?.[1]), ['gnome', 'freedesktop', 'xprintidle']);
  });

  it('with no candidates: no source, nothing logged', async function () {
    const logs: string[] = [];
    assert.deepEqual(await discoverSource([], deps([], logs)), { source: null, reason: 'failed' });
    assert.deepEqual(logs, []);
  });
});
