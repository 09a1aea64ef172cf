// Exactly one window shows the toast of a due break, and it is the window the
// person used last: three windows race their claims in every interleaving of
// their steps (read the store, claim, write the store), with the exclusive
// claim on disk modelled by a set that only one of them can add a name to.
import * as assert from 'node:assert/strict';
import { countActivity } from '../../src/core/clock/codingTime';
import { mergeFrom } from '../../src/core/clock/merge';
import { claimNotification, dueKey } from '../../src/core/clock/notificationClaim';
import type { ClockState } from '../../src/core/clock/state';
import { activeFor, MINUTE, newClock, SECOND, stored, T0, utcDay } from './support/clockHelpers';

type Step = 'read' | 'claim' | 'write';
const STEPS: readonly Step[] = ['read', 'claim', 'write'];

/** Every interleaving of three windows' three steps (each window's steps in order): 1680 of them. */
function interleavings(windows: number, steps: number): number[][] {
  const out: number[][] = [];
  const left = new Array<number>(windows).fill(steps);
  const walk = (order: number[]) => {
    if (order.length === windows * steps) {
      out.push([...order]);
      return;
    }
    for (let w = 0; w < windows; w++) {
      if (left[w] > 0) {
        left[w]--;
        order.push(w);
        walk(order);
        order.pop();
        left[w]++;
      }
    }
  };
  walk([]);
  return out;
}

/** Three windows; window 0 codes until the break is due; `prepare` then sets who saw what. */
function race(prepare: (clocks: ClockState[], now: number) => void): { shown: number[][]; now: number } {
  const shown: number[][] = [];
  let now = 0;
  for (const order of interleavings(3, STEPS.length)) {
    const clocks = ['window-a', 'window-b', 'window-c'].map((id) => newClock({ reminderStyle: 'notification' }, utcDay, id));
    const due = activeFor(clocks[0], T0, T0 + 30 * MINUTE, 10 * SECOND);
    now = due + 10 * SECOND;
    prepare(clocks, now);
    let store: unknown = stored(clocks[0]);
    const exclusive = new Set<string>();
    const done = [0, 0, 0];
    const showing: number[] = [];
    for (const w of order) {
      const clock = clocks[w];
      const step = STEPS[done[w]++];
      if (step === 'read') {
        mergeFrom(clock, store, now);
      } else if (step === 'claim') {
        if (claimNotification(clock, now)) {
          const key = dueKey(clock);
          if (!exclusive.has(key)) {
            exclusive.add(key);
            showing.push(w);
          }
        }
      } else {
        store = stored(clock);
      }
    }
    shown.push(showing);
  }
  return { shown, now };
}

describe('coding clock: one notification per due break, in the window used last', function () {
  it('every window has seen every other: only the window used last claims, in all 1680 interleavings', function () {
    const { shown } = race((clocks, now) => {
      countActivity(clocks[2], now - 2 * SECOND, 'focus'); // the person moved to window C
      const states = clocks.map((clock) => stored(clock));
      clocks.forEach((clock, i) => states.forEach((state, j) => i !== j && mergeFrom(clock, state, now)));
    });
    assert.equal(shown.length, 1680);
    assert.ok(shown.every((windows) => windows.length === 1 && windows[0] === 2), 'not always exactly window C');
  });

  it('windows that have not seen each other\'s latest writes: still exactly one toast in every interleaving', function () {
    const { shown } = race((clocks, now) => {
      // A and C both believe they were used last (neither has seen the other's latest activity).
      const dueState = stored(clocks[0]);
      mergeFrom(clocks[1], dueState, now);
      mergeFrom(clocks[2], dueState, now);
      countActivity(clocks[2], now - 2 * SECOND, 'focus');
      countActivity(clocks[1], now - 60 * SECOND, 'other'); // B was used before both
    });
    assert.ok(shown.every((windows) => windows.length === 1), `some interleavings showed ${JSON.stringify(shown.find((w) => w.length !== 1))}`);
    assert.ok(shown.every((windows) => windows[0] !== 1), 'B, used least recently, never shows it');
  });

  it('without the exclusive claim, stale windows could both show it (why the adapter needs one)', function () {
    const clocks = ['window-a', 'window-c'].map((id) => newClock({ reminderStyle: 'notification' }, utcDay, id));
    const due = activeFor(clocks[0], T0, T0 + 30 * MINUTE, 10 * SECOND);
    const now = due + 10 * SECOND;
    mergeFrom(clocks[1], stored(clocks[0]), now);
    countActivity(clocks[1], now - 2 * SECOND, 'focus');
    countActivity(clocks[0], now - SECOND, 'other');
    // Each claims before reading the other's write: both succeed in memory.
    assert.deepEqual(clocks.map((clock) => claimNotification(clock, now)), [true, true]);
    assert.equal(dueKey(clocks[0]), dueKey(clocks[1]), 'both name the same due break, so one exclusive claim settles it');
  });
});
