// 10,000 random sequences of input (seeded, so every run is the same), checked
// against what must hold whatever happens.
import * as assert from 'node:assert/strict';
import { countActivity } from '../../src/core/clock/codingTime';
import { setDebugging } from '../../src/core/clock/debugHold';
import { decidePause, reset, skip, snooze, take } from '../../src/core/clock/decisions';
import { nextChangeAt, viewAt } from '../../src/core/clock/display';
import { claimNotification } from '../../src/core/clock/notificationClaim';
import { restoreState } from '../../src/core/clock/sharedWrites';
import { newClockState } from '../../src/core/clock/state';
import { sameDisplay } from '../../src/core/clock/view';
import type { PauseUntil } from '../../src/core/clock/stored';
import { Settings } from '../../src/core/settings';
import { HOUR, MINUTE, prng, SECOND, settings, stored, T0, utcDay } from './support/clockHelpers';

type Op = 'edit' | 'other' | 'take' | 'skip' | 'snooze' | 'reset' | 'pause' | 'resume' | 'debug' | 'claim' | 'reload';

const OPS: [Op, number][] = [
  ['edit', 40], ['other', 30], ['take', 3], ['skip', 3], ['snooze', 5], ['reset', 2],
  ['pause', 4], ['resume', 3], ['debug', 4], ['claim', 4], ['reload', 2],
];
const TOTAL_WEIGHT = OPS.reduce((sum, [, weight]) => sum + weight, 0);

function pick(random: () => number): Op {
  let r = random() * TOTAL_WEIGHT;
  for (const [op, weight] of OPS) {
    r -= weight;
    if (r < 0) {
      return op;
    }
  }
  return 'edit';
}

function randomSettings(random: () => number): Settings {
  const idleSeconds = [15, 60, 120, 300][Math.floor(random() * 4)];
  return settings({
    intervalMinutes: 1 + Math.floor(random() * 4),
    idleSeconds,
    naturalBreakMinutes: Math.floor(idleSeconds / 60) + 1 + Math.floor(random() * 3),
    snoozeMinutes: 1 + Math.floor(random() * 3),
    quietWhileDebugging: random() < 0.7,
    reminderStyle: random() < 0.8 ? 'statusBar' : random() < 0.5 ? 'notification' : 'off',
  });
}

/** How much time passes before the next input: mostly seconds, sometimes minutes or hours. */
function randomStep(random: () => number, s: Settings): number {
  const r = random();
  if (r < 0.6) {
    return Math.floor(random() * 6 * SECOND);
  }
  if (r < 0.8) {
    return Math.floor(random() * s.idleSeconds * 1000 * 1.5);
  }
  if (r < 0.95) {
    return Math.floor(random() * s.naturalBreakMinutes * MINUTE * 2);
  }
  return Math.floor(random() * 12 * HOUR);
}

describe('coding clock: 10,000 random sequences', function () {
  this.timeout(20_000);

  it('keeps the invariants whatever the input', function () {
    for (let seed = 1; seed <= 10_000; seed++) {
      runSequence(seed);
    }
  });
});

function runSequence(seed: number): void {
  const random = prng(seed);
  const s = randomSettings(random);
  const idleMs = s.idleSeconds * 1000;
  const naturalMs = s.naturalBreakMinutes * MINUTE;
  let clock = newClockState({ settings: s, writerId: 'random', localDay: utcDay });
  let now = T0 + Math.floor(random() * 48 * HOUR);
  let wallElapsed = 0; // time that went forwards on the clock
  let lastActivity: number | null = null; // as the rules define it, kept independently
  let pause: PauseUntil | null = null;
  let previous = viewAt(clock, now);

  for (let step = 0; step < 30; step++) {
    const context = () => `seed ${seed}, step ${step}`;
    const dt = randomStep(random, s);
    const jumpBack = random() < 0.02 ? HOUR : 0; // the clock is set back an hour
    const next = now + dt - jumpBack;
    wallElapsed += Math.max(0, next - now);
    now = next;

    // Without input, nothing changes but the time-driven parts.
    const before = viewAt(clock, now);
    assert.equal(before.stretchMs, previous.stretchMs, `count changed without input: ${context()}`);
    assert.equal(before.due, previous.due, `due changed without input: ${context()}`);

    const gap = lastActivity === null ? Infinity : now - lastActivity;
    const op = pick(random);
    let skipped = false;
    switch (op) {
      case 'edit':
      case 'other':
        countActivity(clock, now, op);
        lastActivity = now;
        break;
      case 'take':
      case 'reset':
        (op === 'take' ? take : reset)(clock, now);
        lastActivity = now;
        break;
      case 'skip':
        // Only a due break can be skipped; otherwise nothing happens.
        skipped = skip(clock, now);
        if (skipped) {
          lastActivity = now;
        }
        break;
      case 'snooze':
        snooze(clock, now);
        break;
      case 'claim':
        claimNotification(clock, now);
        break;
      case 'pause':
        pause = random() < 0.3 ? 'resume' : now + Math.floor(random() * 3 * HOUR);
        decidePause(clock, now, pause);
        break;
      case 'resume':
        pause = null;
        decidePause(clock, now, null);
        break;
      case 'debug':
        setDebugging(clock, now, random() < 0.5);
        break;
      case 'reload':
        clock = restoreState(stored(clock), now, { settings: s, writerId: 'random', localDay: utcDay }).state;
        break;
    }
    if (gap >= naturalMs && op !== 'pause' && op !== 'resume' && op !== 'debug') {
      // A pending natural break was applied; the rules then count from here.
      lastActivity = op === 'edit' || op === 'other' || op === 'take' || (op === 'skip' && skipped) || op === 'reset' ? now : null;
    }

    const after = viewAt(clock, now);
    const days = Object.values(clock.ledger.all);
    const dayTotal = days.reduce((sum, day) => sum + day.codingMs, 0);
    assert.ok(after.stretchMs >= 0, `negative count: ${context()}`);
    assert.ok(after.stretchMs <= wallElapsed, `count ${after.stretchMs} above wall time ${wallElapsed}: ${context()}`);
    assert.ok(dayTotal <= wallElapsed, `history ${dayTotal} above wall time ${wallElapsed}: ${context()}`);
    assert.ok(days.every((day) => day.codingMs >= 0 && day.longestStretchMs >= 0), `negative history: ${context()}`);
    if ((op === 'edit' || op === 'other') && gap > idleMs) {
      assert.ok(after.stretchMs <= before.stretchMs, `grew after an idle gap: ${context()}`);
    }
    if (after.stretchMs < before.stretchMs) {
      assert.equal(after.stretchMs, 0, `decreased without a break: ${context()}`);
      assert.ok(op === 'take' || op === 'skip' || op === 'reset' || gap >= naturalMs, `decreased without a break: ${context()}`);
    }
    const paused: boolean = pause === 'resume' || (typeof pause === 'number' && now < pause);
    assert.equal(after.pausedUntil, paused ? pause : null, `pause state: ${context()}`);
    if (paused) {
      assert.equal(after.prompt, false, `prompt while paused: ${context()}`);
    }
    assert.ok(!after.prompt || after.due, `prompt without due: ${context()}`);
    assert.equal(after.due, after.stretchMs >= after.dueAtCodingMs, `due mark: ${context()}`);

    // The next change: nothing shown changes before it (idle and today aside, see nextChangeAt).
    const change = nextChangeAt(clock, now);
    const probe = change === null ? now + Math.floor(random() * 10 * HOUR) : change - 1;
    assert.ok(change === null || change > now, `next change not in the future: ${context()}`);
    const later = viewAt(clock, probe);
    const comparable = { ...later, idle: after.idle, today: after.today };
    assert.ok(sameDisplay(after, comparable), `changed before the next change: ${context()}`);
    if (change !== null) {
      assert.ok(!sameDisplay(after, { ...viewAt(clock, change), idle: after.idle, today: after.today })
        || nextChangeAt(clock, change) !== null, `nothing changed at the next change: ${context()}`);
    }
    previous = after;
  }
}
