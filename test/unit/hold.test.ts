import * as assert from 'node:assert/strict';
import * as hold from '../../src/core/hold';

const S = 1000;
const T0 = Date.UTC(2026, 0, 5, 10, 0);

/** Default routine: 30 s per hold, 2 rounds, 5 s switch. Total 4*30 + 3*5 = 135 s. */
function fresh(config: Partial<hold.HoldConfig> = {}): hold.HoldState {
  return hold.createHold({ holdSeconds: 30, rounds: 2, ...config });
}

describe('guided hold', function () {
  it('starts ready: left side, round 1, the whole hold to go, nothing done', function () {
    const p = hold.progress(fresh(), T0);
    assert.equal(p.phase, 'ready');
    assert.equal(p.side, 'left');
    assert.equal(p.round, 1);
    assert.equal(p.remainingSeconds, 30);
    assert.equal(p.fraction, 0);
    assert.equal(p.running, false);
    assert.equal(p.paused, false);
    assert.equal(hold.totalMs(fresh()), 135 * S);
  });

  it('alternates sides, left then right, for each round, with a switch cue between holds', function () {
    const s = hold.start(fresh(), T0);
    const at = (seconds: number) => hold.progress(s, T0 + seconds * S);
    const seen = [0, 10, 29.9, 30, 34.9, 35, 64.9, 65, 70, 100, 105, 134.9].map((t) => {
      const p = at(t);
      return `${t}:${p.phase}/${p.side}/${p.round}`;
    });
    assert.deepEqual(seen, [
      '0:hold/left/1', '10:hold/left/1', '29.9:hold/left/1',
      '30:switch/right/1', '34.9:switch/right/1',
      '35:hold/right/1', '64.9:hold/right/1',
      '65:switch/left/2',
      '70:hold/left/2',
      '100:switch/right/2',
      '105:hold/right/2', '134.9:hold/right/2',
    ]);
    assert.equal(at(135).phase, 'done');
    assert.equal(at(500).phase, 'done');
  });

  it('counts down each phase in whole seconds, rounding up', function () {
    const s = hold.start(fresh(), T0);
    assert.equal(hold.progress(s, T0).remainingSeconds, 30);
    assert.equal(hold.progress(s, T0 + 0.2 * S).remainingSeconds, 30);
    assert.equal(hold.progress(s, T0 + 1 * S).remainingSeconds, 29);
    assert.equal(hold.progress(s, T0 + 29.5 * S).remainingSeconds, 1);
    const sw = hold.progress(s, T0 + 31 * S);
    assert.equal(sw.phase, 'switch');
    assert.equal(sw.remainingSeconds, 4);
    assert.equal(sw.phaseMs, 5 * S);
  });

  it('one round is left, switch, right', function () {
    const s = hold.start(fresh({ holdSeconds: 10, rounds: 1 }), T0);
    assert.equal(hold.totalMs(s), 25 * S);
    assert.equal(hold.progress(s, T0 + 5 * S).side, 'left');
    assert.equal(hold.progress(s, T0 + 12 * S).phase, 'switch');
    assert.equal(hold.progress(s, T0 + 16 * S).side, 'right');
    assert.equal(hold.progress(s, T0 + 25 * S).phase, 'done');
  });

  it('the fraction counts hold time only: one side of one round is half', function () {
    const one = hold.start(fresh({ holdSeconds: 10, rounds: 1 }), T0);
    assert.equal(hold.progress(one, T0 + 5 * S).fraction, 0.25);
    assert.equal(hold.progress(one, T0 + 10 * S).fraction, 0.5);
    assert.equal(hold.progress(one, T0 + 13 * S).fraction, 0.5); // during the switch
    assert.equal(hold.progress(one, T0 + 20 * S).fraction, 0.75);
    assert.equal(hold.progress(one, T0 + 99 * S).fraction, 1);

    const two = hold.start(fresh(), T0);
    assert.equal(hold.progress(two, T0 + 30 * S).fraction, 0.25);
    assert.equal(hold.progress(two, T0 + 65 * S).fraction, 0.5);
    assert.ok(!hold.countsAsTaken(hold.progress(two, T0 + 64 * S).fraction));
    assert.ok(hold.countsAsTaken(hold.progress(two, T0 + 65 * S).fraction));
  });

  it('pause stops the clock and resume goes on from the same point', function () {
    let s = hold.start(fresh(), T0);
    s = hold.pause(s, T0 + 10 * S);
    const paused = hold.progress(s, T0 + 500 * S);
    assert.equal(paused.phase, 'hold');
    assert.equal(paused.paused, true);
    assert.equal(paused.running, false);
    assert.equal(paused.remainingSeconds, 20);
    assert.equal(hold.isRunning(s), false);

    s = hold.resume(s, T0 + 600 * S);
    assert.equal(hold.progress(s, T0 + 600 * S).remainingSeconds, 20);
    assert.equal(hold.progress(s, T0 + 615 * S).remainingSeconds, 5);
    assert.equal(hold.progress(s, T0 + 621 * S).phase, 'switch');
  });

  it('start resumes a paused routine, and pause or resume in the wrong state changes nothing', function () {
    const ready = fresh();
    assert.equal(hold.pause(ready, T0), ready);
    assert.equal(hold.resume(ready, T0), ready);
    const running = hold.start(ready, T0);
    assert.equal(hold.start(running, T0 + 5 * S), running);
    assert.equal(hold.resume(running, T0 + 5 * S), running);
    const paused = hold.pause(running, T0 + 5 * S);
    const again = hold.start(paused, T0 + 50 * S);
    assert.equal(hold.progress(again, T0 + 50 * S).remainingSeconds, 25);
  });

  it('restart runs from the beginning; start after the end runs a new routine', function () {
    let s = hold.start(fresh(), T0);
    s = hold.restart(s, T0 + 50 * S);
    let p = hold.progress(s, T0 + 50 * S);
    assert.equal(p.phase, 'hold');
    assert.equal(p.side, 'left');
    assert.equal(p.remainingSeconds, 30);
    assert.equal(p.running, true);

    s = hold.settle(s, T0 + 1000 * S);
    assert.equal(hold.progress(s, T0 + 1000 * S).phase, 'done');
    s = hold.start(s, T0 + 1001 * S);
    p = hold.progress(s, T0 + 1001 * S);
    assert.equal(p.phase, 'hold');
    assert.equal(p.fraction, 0);
    assert.equal(hold.progress(hold.reset(s), T0).phase, 'ready');
  });

  it('keeps true time across hide and show: serialized, restored later, it has moved on', function () {
    const s = hold.start(fresh(), T0);
    const saved = JSON.parse(JSON.stringify(s)) as unknown; // what setState/getState keep
    const restored = hold.restore(saved, { holdSeconds: 30, rounds: 2 });
    assert.deepEqual(restored, s);
    const p = hold.progress(restored, T0 + 40 * S); // shown again 40 s later
    assert.equal(p.phase, 'hold');
    assert.equal(p.side, 'right');
    assert.equal(p.remainingSeconds, 25);

    const paused = hold.pause(s, T0 + 12 * S);
    const back = hold.restore(JSON.parse(JSON.stringify(paused)), { holdSeconds: 30, rounds: 2 });
    assert.equal(hold.progress(back, T0 + 3600 * S).remainingSeconds, 18);
    assert.equal(hold.progress(back, T0 + 3600 * S).paused, true);
  });

  it('restores damaged or foreign state as a fresh routine', function () {
    const fallback = { holdSeconds: 20, rounds: 3 };
    const cases: unknown[] = [
      undefined, null, 42, 'state', [], {},
      { ...fresh(), holdSeconds: 'x' },
      { ...fresh(), rounds: 0 },
      { ...fresh(), rounds: 2.5 },
      { ...fresh(), switchSeconds: -1 },
      { ...fresh(), started: 'yes' },
      { ...fresh(), bankedMs: -5 },
      { ...fresh(), bankedMs: Number.NaN },
      { ...fresh(), runningSince: 'now' },
      { ...fresh(), runningSince: Number.POSITIVE_INFINITY },
      { ...fresh(), started: false, bankedMs: 10 },
    ];
    for (const raw of cases) {
      const s = hold.restore(raw, fallback);
      assert.deepEqual(s, hold.createHold(fallback), JSON.stringify(raw));
    }
  });

  it('a clock that goes back counts as no time, never negative', function () {
    let s = hold.start(fresh(), T0);
    assert.equal(hold.progress(s, T0 - 60 * S).remainingSeconds, 30);
    assert.equal(hold.elapsedMs(s, T0 - 60 * S), 0);
    s = hold.settle(s, T0 + 10 * S);
    s = hold.settle(s, T0 - 3600 * S); // jumped back an hour
    assert.equal(hold.progress(s, T0 - 3600 * S).remainingSeconds, 30);
    assert.equal(hold.progress(s, T0 - 3590 * S).remainingSeconds, 20);
  });

  it('settle stops the clock once done, so no timer needs to run', function () {
    let s = hold.start(fresh({ holdSeconds: 10, rounds: 1 }), T0);
    assert.equal(hold.settle(s, T0 + 5 * S), s);
    s = hold.settle(s, T0 + 60 * S);
    assert.equal(hold.isRunning(s), false);
    assert.equal(hold.progress(s, T0 + 99 * S).phase, 'done');
    assert.equal(hold.progress(s, T0 + 99 * S).running, false);
  });

  it('new settings apply when ready or done, not in the middle of a routine', function () {
    const ready = fresh();
    const changed = hold.reconfigure(ready, { holdSeconds: 45, rounds: 3 }, T0);
    assert.equal(changed.holdSeconds, 45);
    assert.equal(changed.rounds, 3);
    assert.equal(hold.reconfigure(ready, { holdSeconds: 30, rounds: 2 }, T0), ready);

    const running = hold.start(ready, T0);
    assert.equal(hold.reconfigure(running, { holdSeconds: 45, rounds: 3 }, T0 + 10 * S), running);
    const done = hold.settle(running, T0 + 999 * S);
    assert.equal(hold.reconfigure(done, { holdSeconds: 45, rounds: 3 }, T0 + 999 * S).holdSeconds, 45);
  });

  it('clamps odd config to sane values', function () {
    const s = hold.createHold({ holdSeconds: Number.NaN, rounds: 99, switchSeconds: -3 });
    assert.equal(s.holdSeconds, hold.DEFAULT_HOLD_SECONDS);
    assert.equal(s.rounds, 10);
    assert.equal(s.switchSeconds, 0);
    const noSwitch = hold.start(hold.createHold({ holdSeconds: 10, rounds: 1, switchSeconds: 0 }), T0);
    assert.equal(hold.progress(noSwitch, T0 + 10 * S).phase, 'hold');
    assert.equal(hold.progress(noSwitch, T0 + 10 * S).side, 'right');
  });

  describe('announcements', function () {
    const s = hold.start(fresh(), T0);
    const at = (seconds: number) => hold.progress(s, T0 + seconds * S);

    it('announce the start of each hold, halfway, the switch and the end', function () {
      assert.match(hold.announce(hold.progress(fresh(), T0), at(0)) ?? '', /^Left side, round 1 of 2\. Hold for 30 seconds\.$/);
      assert.match(hold.announce(at(14.9), at(15.1)) ?? '', /^Halfway\. 15 seconds left\.$/);
      assert.match(hold.announce(at(29.9), at(30.1)) ?? '', /^Switch sides\. Next: right side, round 1 of 2\.$/);
      assert.match(hold.announce(at(34.9), at(35.1)) ?? '', /^Right side, round 1 of 2\./);
      assert.match(hold.announce(at(134.9), at(135)) ?? '', /complete/);
    });

    it('say nothing on other ticks, nor on the first look after loading', function () {
      const ticks: Array<string | null> = [];
      for (let t = 0.25; t <= 140; t += 0.25) {
        const message = hold.announce(at(t - 0.25), at(t));
        if (message) {
          ticks.push(message);
        }
      }
      // 3 more hold starts (the first one follows 'ready'), 4 halfway marks, 3 switches, 1 end.
      assert.equal(ticks.length, 3 + 4 + 3 + 1);
      assert.equal(hold.announce(null, at(50)), null);
      assert.equal(hold.announce(at(135), at(136)), null);
    });
  });
});
