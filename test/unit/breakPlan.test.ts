import * as assert from 'node:assert/strict';
import { LENGTHS } from '../../src/core/break/lengths';
import { buildPlan, fill, type BreakPlan, type PlanOptions } from '../../src/core/break/plan';
import * as run from '../../src/core/break/run';
import { cues } from '../../src/core/break/texts';
import { EXERCISES } from '../../src/core/break/exercises';
import { formatSpan } from '../../src/core/format/durations';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const S = 1000;

function plan(options: Partial<PlanOptions> = {}): BreakPlan {
  return buildPlan(EXERCISES, { length: 'full', variant: 'standing', holdSeconds: 30, rounds: 2, ...options });
}

/** The segments as "kind:side:round/rep:seconds", for readable comparisons. */
function outline(p: BreakPlan): string[] {
  return p.parts.flatMap((part) => part.segments.map((s) =>
    `${part.exercise.id}:${s.kind}${s.side ? `:${s.side}` : ''}${s.round ? `:r${s.round}` : ''}${s.rep ? `:#${s.rep}` : ''}:${s.ms / S}`));
}

describe('the break plan', function () {
  it('full: the stretch (all rounds on the left, then the right), the squeeze, the walk', function () {
    assert.deepEqual(outline(plan()), [
      'standing:setup:left:5',
      'standing:hold:left:r1:30', 'standing:release:left:r2:5', 'standing:hold:left:r2:30',
      'standing:switch:right:r1:5',
      'standing:hold:right:r1:30', 'standing:release:right:r2:5', 'standing:hold:right:r2:30',
      'squeeze:setup:5',
      ...Array.from({ length: 8 }, (_, i) => [`squeeze:on:#${i + 1}:5`, ...(i < 7 ? [`squeeze:off:#${i + 1}:3`] : [])]).flat(),
      'walk:walk:60',
    ]);
  });

  it('the side switch is long enough for the variant: 5 s standing, at least 10 s kneeling', function () {
    const switchOf = (p: BreakPlan) => p.parts[0].segments.filter((s) => s.kind === 'switch');
    assert.deepEqual(switchOf(plan()).map((s) => s.ms), [5 * S]);
    const kneeling = switchOf(plan({ variant: 'kneeling' }));
    assert.equal(kneeling.length, 1);
    assert.ok(kneeling[0].ms >= 10 * S, `${kneeling[0].ms} ms`);
  });

  it('getting down onto the cushion before the first kneeling side takes at least 15 s; standing, 5 s', function () {
    const setupOf = (p: BreakPlan) => p.parts[0].segments[0];
    assert.equal(setupOf(plan()).kind, 'setup');
    assert.equal(setupOf(plan()).ms, 5 * S);
    assert.equal(setupOf(plan({ variant: 'kneeling' })).kind, 'setup');
    assert.ok(setupOf(plan({ variant: 'kneeling' })).ms >= 15 * S, `${setupOf(plan({ variant: 'kneeling' })).ms} ms`);
  });

  it('full is about four minutes at the defaults, for either stretch', function () {
    for (const variant of ['standing', 'kneeling']) {
      const total = plan({ variant }).totalMs;
      assert.ok(total >= 3.5 * 60 * S && total <= 5 * 60 * S, `${variant}: ${formatSpan(total)}`);
    }
  });

  it('stretch: the stretch alone, with holdSeconds and rounds from the settings', function () {
    const p = plan({ length: 'stretch', holdSeconds: 45, rounds: 3 });
    assert.deepEqual(p.parts.map((part) => part.exercise.id), ['standing']);
    const holds = p.parts[0].segments.filter((s) => s.kind === 'hold');
    assert.deepEqual(holds.map((s) => `${s.side}${s.round}:${s.ms / S}`), ['left1:45', 'left2:45', 'left3:45', 'right1:45', 'right2:45', 'right3:45']);
  });

  it('quick: about a minute, one round per side and four squeezes, no walk', function () {
    const p = plan({ length: 'quick' });
    assert.deepEqual(p.parts.map((part) => part.exercise.id), ['standing', 'squeeze']);
    const holds = p.parts[0].segments.filter((s) => s.kind === 'hold');
    assert.deepEqual(holds.map((s) => s.side), ['left', 'right']);
    assert.equal(p.parts[1].segments.filter((s) => s.kind === 'on').length, 4);
    assert.ok(p.totalMs >= 45 * S && p.totalMs <= 90 * S, formatSpan(p.totalMs));
    // A shorter hold setting is kept; the quick break never holds longer than its own cap.
    assert.ok(holds.every((s) => s.ms === Math.min(30, LENGTHS.quick.maxHoldSeconds ?? 30) * S));
    assert.ok(plan({ length: 'quick', holdSeconds: 10 }).parts[0].segments.filter((s) => s.kind === 'hold').every((s) => s.ms === 10 * S));
  });

  it('the durations shown are the durations run: parts and segments add up, with no gaps', function () {
    for (const length of ['full', 'stretch', 'quick'] as const) {
      for (const variant of ['standing', 'kneeling']) {
        const p = plan({ length, variant });
        let at = 0;
        for (const part of p.parts) {
          assert.equal(part.startMs, at);
          for (const segment of part.segments) {
            assert.equal(segment.startMs, at, `${length}/${variant}: segment starts where the last ended`);
            at += segment.ms;
          }
          assert.equal(part.ms, at - part.startMs);
        }
        assert.equal(p.totalMs, at);
        // Run it: at exactly totalMs the break is done, a moment before it is not.
        const r = run.start(run.createRun(), p, T0);
        assert.equal(run.progress(r, p, T0 + p.totalMs - 1).phase, 'running');
        assert.equal(run.progress(r, p, T0 + p.totalMs).phase, 'done');
      }
    }
  });

  it('bad options fall back safely: the settings clamp policy, a known length and stretch', function () {
    const p = buildPlan(EXERCISES, { length: 'marathon' as never, variant: 'handstand', holdSeconds: 9999, rounds: Number.NaN });
    assert.deepEqual(p.options, { length: 'full', variant: 'standing', holdSeconds: 120, rounds: 2 });
    assert.equal(buildPlan(EXERCISES, { holdSeconds: 1 }).options.holdSeconds, 10);
  });

  it('fills the placeholders of the exercise texts from the timing', function () {
    const squeeze = plan().parts[1];
    const steps = squeeze.exercise.steps.map((step) => fill(step, squeeze.values)).join(' ');
    assert.match(steps, /5 seconds/);
    assert.match(steps, /3 seconds/);
    assert.match(steps, /8 squeezes in all/);
    const quick = plan({ length: 'quick' }).parts[1];
    assert.match(quick.exercise.steps.map((step) => fill(step, quick.values)).join(' '), /4 squeezes in all/);
    const walk = plan().parts[2];
    assert.match(walk.exercise.steps.map((step) => fill(step, walk.values)).join(' '), /after 1 min\b/);
    assert.doesNotMatch(JSON.stringify(plan().parts.map((part) => part.exercise.steps.map((s) => fill(s, part.values)))), /\{[a-z]+\}/i);
  });
});

describe('going through a break', function () {
  const p = plan();
  const at = (ms: number) => T0 + ms;

  it('ready: part 1, nothing done; Start runs it from the beginning', function () {
    const ready = run.progress(run.createRun(), p, T0);
    assert.equal(ready.phase, 'ready');
    assert.equal(ready.partIndex, 0);
    assert.equal(ready.segment?.kind, 'setup');
    assert.equal(ready.fraction, 0);
    const r = run.start(run.createRun(), p, T0);
    assert.equal(r.id, T0);
    const p1 = run.progress(r, p, at(6 * S));
    assert.equal(p1.phase, 'running');
    assert.equal(p1.segment?.kind, 'hold');
    assert.equal(p1.segment?.side, 'left');
    assert.equal(p1.remainingSeconds, 29);
  });

  it('pause stops the clock and resume goes on from the same point', function () {
    let r = run.start(run.createRun(), p, T0);
    r = run.pause(r, p, at(10 * S));
    assert.equal(run.progress(r, p, at(500 * S)).positionMs, 10 * S);
    assert.equal(run.progress(r, p, at(500 * S)).phase, 'paused');
    r = run.start(r, p, at(500 * S)); // Start on a paused break resumes it
    assert.equal(run.progress(r, p, at(505 * S)).positionMs, 15 * S);
    assert.equal(r.id, T0, 'the same break');
  });

  it('skipping a part goes on with the next at once; a skipped part counts as not done', function () {
    let r = run.start(run.createRun(), p, T0);
    r = run.skipPart(r, p, at(20 * S));
    const next = run.progress(r, p, at(20 * S));
    assert.equal(next.partIndex, 1);
    assert.equal(next.segment?.kind, 'setup');
    assert.equal(next.positionMs, p.parts[1].startMs);
    assert.equal(next.doneMs, 0, 'the 20 s of the skipped stretch do not count');
    assert.deepEqual(r.skipped, [0]);
    const later = run.progress(r, p, at(30 * S));
    assert.equal(later.doneMs, 10 * S);
    assert.ok(Math.abs(later.fraction - 10 * S / p.totalMs) < 1e-9);
  });

  it('skipping before Start starts the break at the next part; skipping while paused stays paused', function () {
    const r = run.skipPart(run.createRun(), p, T0);
    assert.equal(run.progress(r, p, T0).phase, 'running');
    assert.equal(run.progress(r, p, T0).partIndex, 1);
    let q = run.pause(run.start(run.createRun(), p, T0), p, at(3 * S));
    q = run.skipPart(q, p, at(9 * S));
    const pr = run.progress(q, p, at(99 * S));
    assert.equal(pr.phase, 'paused');
    assert.equal(pr.partIndex, 1);
  });

  it('skipping the last part ends the break', function () {
    let r = run.start(run.createRun(), p, T0);
    r = run.skipPart(r, p, at(1 * S));
    r = run.skipPart(r, p, at(2 * S));
    r = run.skipPart(r, p, at(3 * S));
    const end = run.progress(r, p, at(3 * S));
    assert.equal(end.phase, 'done');
    assert.equal(end.doneMs, 0);
    assert.equal(run.countsAsTaken(end.fraction), false);
    assert.equal(run.isRunning(r), false, 'no clock runs once done');
  });

  it('half the planned time done counts as taken; less does not', function () {
    const r = run.start(run.createRun(), p, T0);
    assert.equal(run.countsAsTaken(run.progress(r, p, at(p.totalMs / 2 - 1)).fraction), false);
    assert.equal(run.countsAsTaken(run.progress(r, p, at(p.totalMs / 2)).fraction), true);
  });

  it('a clock that goes back counts as no time; settle stops a finished break', function () {
    let r = run.start(run.createRun(), p, at(100 * S));
    r = run.settle(r, p, at(40 * S));
    assert.equal(run.progress(r, p, at(40 * S)).positionMs, 0);
    assert.equal(run.progress(r, p, at(50 * S)).positionMs, 10 * S);
    r = run.settle(r, p, at(40 * S + p.totalMs + 1));
    assert.equal(r.runningSince, null);
    assert.equal(r.bankedMs, p.totalMs);
  });

  it('keeps true time across a reload: saved as JSON, restored later, it has moved on', function () {
    const r = run.start(run.createRun(), p, T0);
    const restored = run.restoreRun(JSON.parse(JSON.stringify(r)), p);
    assert.equal(run.progress(restored, p, at(70 * S)).positionMs, 70 * S);
  });

  it('restores damaged or foreign state as a fresh break', function () {
    const bad: unknown[] = [
      null, 'x', [], {}, { id: -1, bankedMs: 0, runningSince: null, skipped: [] },
      { id: T0, bankedMs: p.totalMs + 1, runningSince: null, skipped: [] },
      { id: T0, bankedMs: 0, runningSince: 'now', skipped: [] },
      { id: T0, bankedMs: 0, runningSince: null, skipped: [7] },
      { id: T0, bankedMs: 0, runningSince: null, skipped: [1, 0] },
      { id: 0, bankedMs: 5, runningSince: null, skipped: [] },
    ];
    for (const raw of bad) {
      assert.deepEqual(run.restoreRun(raw, p), run.createRun(), JSON.stringify(raw));
    }
  });
});

describe('the guidance: what is said and heard at each moment', function () {
  const p = plan();
  const all = run.moments(p, cues());
  const find = (ms: number) => all.filter((m) => m.atMs === ms);

  it('one moment at the start of every segment, and one at the end', function () {
    const segments = p.parts.flatMap((part) => part.segments);
    assert.equal(all.length, segments.length + 1);
    assert.equal(all[all.length - 1].atMs, p.totalMs);
    assert.equal(all[all.length - 1].cue, 'partEnd');
  });

  it('sounds: hold start and end, the side switch, each squeeze on and off, the end of each part', function () {
    const stretch = p.parts[0].segments;
    const cueAt = (ms: number) => find(ms).map((m) => m.cue);
    assert.deepEqual(cueAt(0), [null], 'getting into position is said, not sounded');
    assert.deepEqual(cueAt(stretch[1].startMs), ['start']);
    assert.deepEqual(cueAt(stretch[2].startMs), ['stop']);
    assert.deepEqual(cueAt(stretch[4].startMs), ['switch']);
    assert.deepEqual(cueAt(p.parts[1].startMs), ['partEnd'], 'the stretch is over');
    const squeeze = p.parts[1].segments;
    assert.deepEqual(cueAt(squeeze[1].startMs), ['on']);
    assert.deepEqual(cueAt(squeeze[2].startMs), ['off']);
    assert.deepEqual(cueAt(p.parts[2].startMs), ['partEnd'], 'the squeezes are over, the walk begins');
    assert.deepEqual(cueAt(p.totalMs), ['partEnd']);
  });

  it('the words name the side the figure shows, and the switch says how (standing, kneeling)', function () {
    const stretch = p.parts[0];
    const texts = all.filter((m) => m.atMs < p.parts[1].startMs).map((m) => m.text);
    assert.match(texts[0], /Left side: left leg back/);
    assert.match(texts[1], /^Left side, round 1 of 2: hold for 30 seconds\.$/);
    assert.match(texts[4], /^Switch sides: step the other leg back\. Right side: right leg back\.$/);
    assert.equal(stretch.segments[4].side, 'right');
    const kneeling = plan({ variant: 'kneeling' });
    const kneelingSwitch = run.moments(kneeling, cues()).find((m) => /Switch sides/.test(m.text));
    assert.match(kneelingSwitch?.text ?? '', /use the desk or a sturdy chair to get up/);
    assert.match(kneelingSwitch?.text ?? '', /Right side: right knee down/);
  });

  it('plays the latest sound just passed, none when muted, none when noticed late', function () {
    const squeezeOn = p.parts[1].segments[1].startMs;
    const passed = run.momentsBetween(all, squeezeOn - 250, squeezeOn + 10);
    assert.deepEqual(passed.map((m) => m.cue), ['on']);
    assert.equal(run.cueToPlay(passed, squeezeOn + 10, false), 'on');
    assert.equal(run.cueToPlay(passed, squeezeOn + 10, true), null);
    assert.equal(run.cueToPlay(passed, squeezeOn + run.LATE_CUE_MS + 1, false), null);
    // A long gap (the page was asleep): many moments passed, at most the latest is played.
    const many = run.momentsBetween(all, 0, p.parts[1].startMs + 1);
    assert.ok(many.length > 5);
    assert.equal(run.cueToPlay(many, p.parts[1].startMs + 1, false), 'partEnd');
  });

  it('from the very start (before position 0) the first moment is included, and only once', function () {
    assert.equal(run.momentsBetween(all, -1, 0).length, 1);
    assert.equal(run.momentsBetween(all, 0, 0).length, 0);
  });
});
