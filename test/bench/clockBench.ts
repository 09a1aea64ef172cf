// Figures of the coding clock, in simulated time (fake timers): how many
// activity events the core handles per second, and how many timers and storage
// writes an idle and an active hour cost.
import { performance } from 'node:perf_hooks';
import * as FakeTimers from '@sinonjs/fake-timers';
import { Clock } from '../../src/core/clock/clock';
import { DEFAULTS } from '../../src/core/settings';
import { HOUR, MINUTE, SECOND } from '../../src/core/time';
import { prng } from '../unit/support/clockHelpers';

/** A Monday, 09:00 UTC: the simulated working day starts here. */
export const START = Date.UTC(2026, 0, 5, 9, 0);

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A driver on fake time with an in-memory store. */
export function simulatedWindow(fake: FakeTimers.Clock): Clock {
  let state: unknown;
  return new Clock(DEFAULTS, {
    now: () => fake.now,
    setTimer: (fn, ms) => fake.setTimeout(fn, ms),
    clearTimer: (handle) => fake.clearTimeout(handle as FakeTimers.TimerId),
    store: { read: () => state, write: (next) => { state = next; } },
    render: () => undefined,
    log: () => undefined,
    localDay: utcDay,
    writerId: 'bench',
  });
}

/**
 * Hours of work with default settings: bursts of typing (a key every 150-400
 * ms for 5-40 s), pauses to read or think (2-60 s), now and then a cursor move
 * or a scroll; when the prompt shows, a 3-minute break is taken. The seed
 * picks the sequence, so a run is repeatable and several runs differ.
 * Returns the number of activity events.
 */
export function activeHours(fake: FakeTimers.Clock, driver: Clock, hours: number, seed = 7): number {
  const random = prng(seed);
  let events = 0;
  const end = fake.now + hours * HOUR;
  while (fake.now < end) {
    const burstEnd = fake.now + 5 * SECOND + random() * 35 * SECOND;
    while (fake.now < burstEnd) {
      fake.tick(150 + Math.floor(random() * 250));
      driver.activity(random() < 0.9 ? 'edit' : 'other');
      events++;
    }
    fake.tick(2 * SECOND + Math.floor(random() * 58 * SECOND));
    driver.activity('other');
    events++;
    if (driver.view().prompt) {
      driver.take();
      fake.tick(3 * MINUTE);
    }
  }
  return events;
}

export interface ClockFigures {
  /** Activity events the driver handles per second (wall time, one thread). */
  eventsPerSecond: number;
  /** Timers scheduled in an hour without activity (target 0). */
  timersPerIdleHour: number;
  /** Timers scheduled per hour of bursty work (target at most 60 plus due moments). */
  timersPerActiveHour: number;
  /** Writes of the shared state per hour of bursty work. */
  writesPerActiveHour: number;
}

/** The clock's figures; `seed` picks the simulated working hours (default: the same every time). */
export function clockFigures(seed = 7): ClockFigures {
  // Events per second: a long run of activity through the driver (store check, clock, write policy, timer policy).
  const events = 500_000;
  const fast = FakeTimers.createClock(START);
  const busy = simulatedWindow(fast);
  const started = performance.now();
  for (let i = 0; i < events; i++) {
    fast.now += 200; // time moves on without running timers: only the handling is measured
    busy.activity(i % 8 === 0 ? 'other' : 'edit');
    if (i % 9000 === 0) {
      busy.take();
    }
  }
  const eventsPerSecond = Math.round(events / ((performance.now() - started) / 1000));

  // An idle hour, after some work.
  const idleClock = FakeTimers.createClock(START);
  const idle = simulatedWindow(idleClock);
  for (let i = 0; i < 100; i++) {
    idleClock.tick(SECOND);
    idle.activity('edit');
  }
  const idleTimersBefore = idle.stats.timersScheduled;
  idleClock.tick(HOUR);
  const timersPerIdleHour = idle.stats.timersScheduled - idleTimersBefore;

  // Active hours: the mean of a working day's morning, so due breaks fall both mid-typing and in pauses.
  const hours = 4;
  const activeClock = FakeTimers.createClock(START);
  const active = simulatedWindow(activeClock);
  const writesBefore = active.stats.writes;
  activeHours(activeClock, active, hours, seed);
  return {
    eventsPerSecond,
    timersPerIdleHour,
    timersPerActiveHour: Math.round(active.stats.timersScheduled / hours),
    writesPerActiveHour: Math.round((active.stats.writes - writesBefore) / hours),
  };
}
