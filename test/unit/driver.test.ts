import * as assert from 'node:assert/strict';
import * as FakeTimers from '@sinonjs/fake-timers';
import { TYPING_WAIT_CAP_MS } from '../../src/core/clock/promptPolicy';
import { Clock } from '../../src/core/clock/clock';
import { WRITE_INTERVAL_MS } from '../../src/core/clock/sharedWrites';
import { ClockView } from '../../src/core/clock/view';
import { Settings } from '../../src/core/settings';
import { HOUR, MINUTE, prng, SECOND, settings, T0, utcDay } from './support/clockHelpers';
import { ModelWindow, SharedFile } from './support/sharedFile';

/** The shared store of several windows: keeps a JSON copy, tells the other windows about a write. */
class MemoryStore {
  state: unknown = undefined;
  writes = 0;
  readonly windows: Clock[] = [];
  read(): unknown {
    return this.state;
  }
  write(state: unknown): void {
    this.state = JSON.parse(JSON.stringify(state));
    this.writes++;
    for (const window of this.windows) {
      window.sync();
    }
  }
}

interface Window {
  driver: Clock;
  renders: ClockView[];
  logs: string[];
}

function openWindow(fake: FakeTimers.Clock, store: MemoryStore, overrides: Partial<Settings> = {}, writerId?: string): Window {
  const renders: ClockView[] = [];
  const logs: string[] = [];
  const driver = new Clock(settings(overrides), {
    now: () => fake.now,
    setTimer: (fn, ms) => fake.setTimeout(fn, ms),
    clearTimer: (handle) => fake.clearTimeout(handle as FakeTimers.TimerId),
    store,
    render: (view) => renders.push(view),
    log: (message) => logs.push(message),
    localDay: utcDay,
    writerId,
  });
  return { driver, renders, logs };
}

/** Calls `each` now and every `everyMs` until `durationMs` passed, letting fake time (and timers) run in between. */
function every(fake: FakeTimers.Clock, everyMs: number, durationMs: number, each: () => void): void {
  each();
  for (let elapsed = everyMs; elapsed <= durationMs; elapsed += everyMs) {
    fake.tick(everyMs);
    each();
  }
}

describe('clock driver: timers, writes and renders', function () {
  let fake: FakeTimers.Clock;
  let store: MemoryStore;

  beforeEach(function () {
    fake = FakeTimers.createClock(T0);
    store = new MemoryStore();
  });

  it('schedules no timer and writes nothing over an idle hour', function () {
    const { driver, renders } = openWindow(fake, store);
    const writes = driver.stats.writes;
    fake.tick(HOUR);
    assert.deepEqual([driver.stats.timersScheduled, driver.stats.writes - writes, renders.length], [0, 0, 1]);
    assert.equal(fake.countTimers(), 0);
  });

  it('schedules no timer during an idle hour after work', function () {
    const { driver } = openWindow(fake, store);
    every(fake, 2 * SECOND, 10 * MINUTE, () => driver.activity('edit'));
    const timers = driver.stats.timersScheduled;
    fake.tick(HOUR);
    assert.equal(driver.stats.timersScheduled, timers);
    assert.equal(fake.countTimers(), 0);
  });

  it('an active hour: at most 60 timers plus due moments, a write at most every 15 s plus changes, no render per keystroke', function () {
    const { driver, renders } = openWindow(fake, store);
    const writes = driver.stats.writes;
    let breaks = 0;
    let keystrokes = 0;
    every(fake, 2 * SECOND, HOUR, () => {
      driver.activity('edit');
      keystrokes++;
      if (driver.view().prompt) {
        driver.take();
        breaks++;
      }
    });
    assert.ok(breaks >= 1, 'the hour had a due break');
    assert.ok(driver.stats.timersScheduled <= 60 + 30 * breaks, `timers: ${driver.stats.timersScheduled}`);
    assert.ok(driver.stats.writes - writes <= HOUR / WRITE_INTERVAL_MS + 2 * breaks, `writes: ${driver.stats.writes - writes}`);
    assert.ok(renders.length <= 2 * 60 + 5 * breaks, `renders: ${renders.length} for ${keystrokes} keystrokes`);
  });

  it('never writes per keystroke', function () {
    const { driver } = openWindow(fake, store);
    const writes = driver.stats.writes;
    every(fake, 100, 10 * SECOND, () => driver.activity('edit'));
    assert.equal(driver.stats.writes - writes, 0);
    every(fake, 100, 10 * SECOND, () => driver.activity('edit'));
    assert.equal(driver.stats.writes - writes, 1, 'one lazy write once 15 s passed');
  });

  it('keeps one timer while typing holds the prompt, instead of re-arming it per keystroke', function () {
    const { driver } = openWindow(fake, store);
    every(fake, SECOND, 30 * MINUTE, () => driver.activity('edit'));
    const before = driver.stats.timersScheduled;
    every(fake, 200, TYPING_WAIT_CAP_MS, () => driver.activity('edit'));
    const during = driver.stats.timersScheduled - before;
    assert.ok(during <= TYPING_WAIT_CAP_MS / (5 * SECOND) + 1, `timers during the wait: ${during}`);
    assert.ok(fake.countTimers() <= 1);
  });

  it('shows the prompt by its timer once typing pauses, without further input', function () {
    const { driver, renders } = openWindow(fake, store);
    every(fake, SECOND, 30 * MINUTE + 10 * SECOND, () => driver.activity('edit'));
    assert.equal(renders[renders.length - 1].heldBy, 'typing');
    fake.tick(5 * SECOND);
    const last = renders[renders.length - 1];
    assert.deepEqual([last.prompt, last.heldBy], [true, null]);
    assert.equal(fake.countTimers(), 0);
  });

  it('ends a pause by its timer, and renders it', function () {
    const { driver, renders } = openWindow(fake, store);
    driver.pause(T0 + 30 * MINUTE);
    assert.equal(renders[renders.length - 1].pausedUntil, T0 + 30 * MINUTE);
    fake.tick(30 * MINUTE);
    assert.equal(renders[renders.length - 1].pausedUntil, null);
    assert.equal(driver.stats.timersScheduled, 1);
  });

  it('a pause until resumed needs no timer; resume clears a pending one', function () {
    const { driver } = openWindow(fake, store);
    driver.pause('resume');
    assert.equal(fake.countTimers(), 0);
    driver.pause(T0 + HOUR);
    assert.equal(fake.countTimers(), 1);
    driver.resume();
    assert.equal(fake.countTimers(), 0);
  });

  it('holds the prompt while debugging and shows it when debugging ends', function () {
    const { driver, renders } = openWindow(fake, store);
    driver.setDebugging(true);
    every(fake, 10 * SECOND, 31 * MINUTE, () => driver.activity('other'));
    assert.equal(renders[renders.length - 1].heldBy, 'debugging');
    driver.setDebugging(false);
    assert.equal(renders[renders.length - 1].prompt, true);
  });

  it('applies new settings at once', function () {
    const { driver, renders } = openWindow(fake, store);
    every(fake, 10 * SECOND, 15 * MINUTE, () => driver.activity('other'));
    driver.updateSettings(settings({ intervalMinutes: 10 }));
    assert.deepEqual([renders[renders.length - 1].due, renders[renders.length - 1].dueAtCodingMs], [true, 10 * MINUTE]);
  });

  it('a 10-hour sleep: no timer in between, and a natural break after it', function () {
    const { driver } = openWindow(fake, store);
    every(fake, 10 * SECOND, 20 * MINUTE, () => driver.activity('other'));
    const timers = driver.stats.timersScheduled;
    fake.jump(10 * HOUR);
    driver.activity('other');
    assert.equal(driver.stats.timersScheduled, timers);
    assert.deepEqual([driver.view().stretchMs, driver.view().today.natural], [0, 1]);
  });

  it('the clock going back an hour counts as no time, and writing goes on', function () {
    const { driver } = openWindow(fake, store);
    every(fake, 10 * SECOND, 10 * MINUTE, () => driver.activity('other'));
    const writes = driver.stats.writes;
    fake.setSystemTime(fake.now - HOUR);
    driver.activity('other');
    assert.equal(driver.view().stretchMs, 10 * MINUTE);
    every(fake, 10 * SECOND, 20 * SECOND, () => driver.activity('other'));
    assert.equal(driver.view().stretchMs, 10 * MINUTE + 20 * SECOND);
    assert.ok(driver.stats.writes > writes);
  });

  it('flush writes what is unwritten; dispose leaves no timer', function () {
    const { driver } = openWindow(fake, store);
    every(fake, SECOND, 5 * SECOND, () => driver.activity('other'));
    const writes = driver.stats.writes;
    driver.flush();
    assert.equal(driver.stats.writes, writes + 1);
    driver.flush();
    assert.equal(driver.stats.writes, writes + 1, 'nothing left to write');
    driver.pause(T0 + HOUR);
    driver.dispose();
    assert.equal(fake.countTimers(), 0);
  });
});

describe('clock driver: stored state and windows', function () {
  let fake: FakeTimers.Clock;
  let store: MemoryStore;

  beforeEach(function () {
    fake = FakeTimers.createClock(T0);
    store = new MemoryStore();
  });

  function twoWindows(overrides: Partial<Settings> = {}) {
    const a = openWindow(fake, store, overrides, 'window-a');
    const b = openWindow(fake, store, overrides, 'window-b');
    store.windows.push(a.driver, b.driver);
    return { a, b };
  }

  it('survives a reload: the count comes back and the gap of the reload counts', function () {
    const first = openWindow(fake, store);
    every(fake, 10 * SECOND, 10 * MINUTE, () => first.driver.activity('other'));
    first.driver.flush();
    first.driver.dispose();
    fake.tick(20 * SECOND);
    const second = openWindow(fake, store);
    assert.equal(second.renders[0].stretchMs, 10 * MINUTE);
    second.driver.activity('other');
    assert.equal(second.driver.view().stretchMs, 10 * MINUTE + 20 * SECOND);
  });

  it('replaces a corrupt stored state at once, keeping the good days, and logs it', function () {
    store.state = { version: 1, codingMs: 'x', days: { '2026-01-04': { codingMs: 42 * MINUTE, taken: 2 }, bad: 1 } };
    const { driver, logs } = openWindow(fake, store);
    assert.ok(logs.some((line) => line.includes('codingMs')), logs.join('\n'));
    assert.equal(driver.stats.writes, 1);
    const state = store.state as { codingMs: number; days: Record<string, { taken: number }> };
    assert.equal(state.codingMs, 0);
    assert.deepEqual(Object.keys(state.days), ['2026-01-04']);
    assert.equal(state.days['2026-01-04'].taken, 2);
  });

  it('replaces a state of an unknown version, and logs it', function () {
    store.state = { version: 99, whatever: true };
    const { logs } = openWindow(fake, store);
    assert.equal(logs.length, 1);
    assert.equal((store.state as { version: number }).version, 1);
  });

  it('counts activity in two windows at the same time once', function () {
    const { a, b } = twoWindows();
    every(fake, 5 * SECOND, 20 * MINUTE, () => {
      a.driver.activity('edit');
      fake.tick(SECOND);
      b.driver.activity('other');
    });
    a.driver.flush();
    b.driver.sync();
    const elapsed = fake.now - T0;
    for (const window of [a, b]) {
      const view = window.driver.view();
      assert.ok(view.stretchMs <= elapsed, `${view.stretchMs} > ${elapsed}`);
      assert.ok(view.stretchMs >= elapsed - 20 * SECOND, `${view.stretchMs} much less than ${elapsed}`);
      assert.ok(view.today.codingMs <= elapsed);
    }
  });

  it('carries the count from one window to the next as the person moves', function () {
    const { a, b } = twoWindows();
    every(fake, 5 * SECOND, 10 * MINUTE, () => a.driver.activity('edit'));
    fake.tick(3 * SECOND);
    every(fake, 5 * SECOND, 10 * MINUTE, () => b.driver.activity('edit'));
    assert.ok(b.driver.view().stretchMs >= 20 * MINUTE - 5 * SECOND, String(b.driver.view().stretchMs));
  });

  it('a break taken in one window clears the prompt in the other', function () {
    const { a, b } = twoWindows();
    every(fake, 5 * SECOND, 30 * MINUTE, () => a.driver.activity('other'));
    assert.equal(b.renders[b.renders.length - 1].prompt, true, 'due is written at once');
    a.driver.take();
    const last = b.renders[b.renders.length - 1];
    assert.deepEqual([last.prompt, last.stretchMs, last.today.taken], [false, 0, 1]);
  });

  it('a pause in one window applies in the other', function () {
    const { a, b } = twoWindows();
    a.driver.pause(T0 + HOUR);
    assert.equal(b.renders[b.renders.length - 1].pausedUntil, T0 + HOUR);
    b.driver.resume();
    assert.equal(a.renders[a.renders.length - 1].pausedUntil, null);
  });

  it('lets only one window claim the notification of a due break', function () {
    const { a, b } = twoWindows({ reminderStyle: 'notification' });
    every(fake, 5 * SECOND, 30 * MINUTE, () => {
      a.driver.activity('other');
      b.driver.activity('other');
    });
    assert.deepEqual([b.driver.claimNotification(), a.driver.claimNotification(), b.driver.claimNotification()], [true, false, false]);
  });

  it('lets one window claim even without being told of the write (it reads the store first)', function () {
    const a = openWindow(fake, store, {}, 'window-a');
    const b = openWindow(fake, store, {}, 'window-b'); // no sync() calls from the store
    every(fake, 5 * SECOND, 30 * MINUTE, () => {
      a.driver.activity('other');
      b.driver.activity('other');
    });
    assert.equal(a.driver.claimNotification(), true);
    assert.equal(b.driver.claimNotification(), false);
  });

  it('loses no decision when two windows write at the same moment and one write replaces the other', function () {
    const { a, b } = twoWindows();
    every(fake, 5 * SECOND, 31 * MINUTE, () => a.driver.activity('other'));
    assert.equal(b.renders[b.renders.length - 1].due, true);
    // Both decide before hearing of the other: a takes the break, b pauses.
    // The store keeps only the last write (b's), which lacks a's break.
    store.windows.length = 0;
    const before = store.state;
    a.driver.take();
    store.state = before; // b does not see a's write in time...
    b.driver.pause(T0 + 3 * HOUR); // ...and b's write replaces it
    assert.equal(b.driver.view().today.taken, 0);
    // Now a hears of b's write: it merges, sees the store lacks its break, and writes the union.
    store.windows.push(a.driver, b.driver);
    const writes = store.writes;
    a.driver.sync();
    for (const window of [a, b]) {
      const view = window.driver.view();
      assert.equal(view.today.taken, 1, 'the break taken in a was lost');
      assert.equal(view.pausedUntil, T0 + 3 * HOUR, 'the pause decided in b was lost');
      assert.equal(view.stretchMs, 0);
    }
    // It settles: one write back, and no echo after it.
    assert.equal(store.writes, writes + 1);
    a.driver.sync();
    b.driver.sync();
    assert.equal(store.writes, writes + 1);
  });
});

describe('clock driver: work that moves between windows', function () {
  // Each window reads the other's writes only when its file watcher fires, and
  // writes on its own cadence (at once on focus and other shared changes, else
  // at most every WRITE_INTERVAL_MS), so at a handover the window reached may
  // not yet know the last seconds the window left counted. The adapter writes
  // them when a window loses focus, and reads the file again when one gains
  // focus, before counting it.
  it('counts an hour of work handed between two windows as the hour, within a second, at every handover and in both windows', function () {
    const fake = FakeTimers.createClock(T0);
    const watcherDelayMs = SECOND;
    const file = new SharedFile(fake, watcherDelayMs);
    // A long interval, so no break ends the stretch; no gap reaches idleSeconds, so every gap is coding time.
    const overrides = { intervalMinutes: 240 };
    const windows = [new ModelWindow(fake, file, 'window-a', overrides), new ModelWindow(fake, file, 'window-b', overrides)];
    const random = prng(20260105);
    const between = (low: number, high: number) => Math.round(low + random() * (high - low));
    const idleMs = settings(overrides).idleSeconds * SECOND;
    const counted = (window: ModelWindow) => window.driver.view().stretchMs;
    const at = () => `+${((fake.now - T0) / SECOND).toFixed(1)} s`;
    let current = 0;
    windows[current].focus();
    const start = fake.now;
    let lastActivity = start;
    let handovers = 0;
    for (;;) {
      // Typing in the window in use, a key every 0.3 to 2.5 s: for a few seconds, or every fourth time for up to a minute.
      const long = handovers % 4 === 3;
      const turnEnds = fake.now + (long ? between(20, 60) : between(2, 12)) * SECOND;
      while (fake.now < turnEnds) {
        fake.tick(between(300, 2500));
        windows[current].activity('edit');
        lastActivity = fake.now;
      }
      if (fake.now >= T0 + HOUR) {
        break;
      }
      const left = counted(windows[current]);
      windows[current].blur();
      current = 1 - current;
      // Then straight to the other window, or after a long turn a look at another application first:
      // a thinking pause, within idleSeconds, so it counts whichever window the person comes back to.
      const away = long ? between(idleMs - 30 * SECOND, idleMs - 5 * SECOND) : between(300, 1500);
      fake.tick(away);
      windows[current].focus();
      lastActivity = fake.now;
      handovers++;
      const reached = counted(windows[current]);
      assert.ok(Math.abs(reached - (left + away)) <= SECOND,
        `handover ${handovers} at ${at()} after ${away / SECOND} s away: the window left had counted ${left / SECOND} s, `
        + `the window reached counts ${reached / SECOND} s (expected ${(left + away) / SECOND} s)`);
    }
    windows[current].blur(); // the person leaves; the other window reads that write when its watcher fires
    fake.tick(2 * watcherDelayMs);
    assert.ok(handovers > 60, `${handovers} handovers`);
    const worked = lastActivity - start;
    windows.forEach((window, index) => {
      const ms = counted(window);
      assert.ok(Math.abs(ms - worked) <= SECOND, `window ${'ab'[index]} counted ${ms / SECOND} s of ${worked / SECOND} s (${handovers} handovers)`);
    });
  });
});

describe('clock driver: gaining focus', function () {
  it('renders, so a due break\'s unclaimed notification can be offered in the window the person came to', function () {
    const fake = FakeTimers.createClock(T0);
    const store = new MemoryStore();
    const a = openWindow(fake, store, { reminderStyle: 'notification' }, 'window-a');
    every(fake, 10 * SECOND, 31 * MINUTE, () => a.driver.activity('other'));
    const rendersBefore = a.renders.length;
    fake.tick(SECOND);
    a.driver.activity('focus');
    assert.equal(a.renders.length, rendersBefore + 1, 'no render on focus');
    assert.equal(a.renders[a.renders.length - 1].prompt, true);
  });
});
